export function format(value: number, unit: 'ms' | 'ratio' | 'MB' | 'kB'): string;
