export const RUN_LENGTH: number;
export function words(text: string): string[];
export function runsOf(text: string, length?: number): string[];
export function runDigest(run: string): string;
