import { PROMPTS_FROM_000 } from './from-000';
import { PROMPTS_FROM_001 } from './from-001';
import { PROMPTS_FROM_002 } from './from-002';
import { PROMPTS_FROM_003 } from './from-003';
import { PROMPTS_FROM_004 } from './from-004';
import type { Prompt } from './schema';

/** Every reflective prompt Lantern ships, grouped by the seed document it was written from. */
export const PROMPTS: readonly Prompt[] = [
  ...PROMPTS_FROM_000,
  ...PROMPTS_FROM_001,
  ...PROMPTS_FROM_002,
  ...PROMPTS_FROM_003,
  ...PROMPTS_FROM_004,
];

/** The distinct themes, in the order they first appear. */
export const PROMPT_THEMES: readonly string[] = [...new Set(PROMPTS.map((prompt) => prompt.theme))];

export function promptById(id: string): Prompt | undefined {
  return PROMPTS.find((prompt) => prompt.id === id);
}

/** FNV-1a, then a murmur3-style finaliser: neighbouring dates ('…-22', '…-23') land far apart. */
function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/**
 * The prompt for a local calendar date such as '2026-11-22'. It hashes the date string, so it is the same all
 * day on every device and usually changes at local midnight, with no state to store.
 */
export function promptOfTheDay(localIsoDate: string): Prompt {
  const prompt = PROMPTS[hashString(localIsoDate) % PROMPTS.length];
  if (!prompt) throw new Error('Lantern ships no prompts, so there is no prompt of the day.');
  return prompt;
}
