// One home for dates: calendar arithmetic on `YYYY-MM-DD`, the product's display forms, and periods.
export * from './calendar';
export * from './format';
export * from './periods';
