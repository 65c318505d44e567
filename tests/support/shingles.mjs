import { createHash } from 'node:crypto';

/** Words in a run: the copy check flags any run of this many words shared with a source article. */
export const RUN_LENGTH = 8;

/** Lower-case words with punctuation and apostrophes dropped, so "Don’t," and "dont" compare equal. */
export function words(text) {
  return text
    .toLowerCase()
    .replace(/['’‘]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Every run of `length` consecutive words in the text. */
export function runsOf(text, length = RUN_LENGTH) {
  const w = words(text);
  return Array.from({ length: Math.max(0, w.length - length + 1) }, (_, i) => w.slice(i, i + length).join(' '));
}

/**
 * A run as kept in the fingerprint: the first 12 hex digits of its SHA-256 (48 bits, so a chance
 * match between a prompt's run and one of a few thousand article runs is about one in ten billion).
 * The articles' words are not in the repository, only these digests.
 */
export function runDigest(run) {
  return createHash('sha256').update(run).digest('hex').slice(0, 12);
}
