export const START: string;
export const END: string;
export function readmeTable(results: unknown): string;
export function withReadmeTable(readme: string, results: unknown): string;
export function readmeSection(readme: string): string | undefined;
