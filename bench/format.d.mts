export function format(value: number, unit: 'ms' | 's' | 'ratio' | 'MB' | 'kB'): string;
