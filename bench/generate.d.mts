/** Synthetic journal entries (see generate.mjs): ~250 words each, deterministic for a seed. */
export function generateEntries(count: number, seed?: number): Record<string, unknown>[];
