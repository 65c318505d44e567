/*
 * The envelope's fixed numbers, apart from its schema (envelope.ts) so that code which must stay small
 * (the mentor's page, lib/mentoring/page) can seal and open envelopes without zod.
 */

export const ENVELOPE_FORMAT = 'lantern-envelope';
export const ENVELOPE_VERSION = 1;

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256; about a quarter of a second on a laptop. */
export const PBKDF2_ITERATIONS = 600_000;
/**
 * Files may ask for other counts. Below the floor a passphrase would be quick to guess; above the
 * ceiling opening the file would take many seconds (a file could ask for hours). Outside them a
 * file was not made by Lantern as it is, and is refused saying so.
 */
export const MIN_ITERATIONS = 100_000;
export const MAX_ITERATIONS = 5_000_000;

/**
 * The floor in force for the journal's own passphrase record: MIN_ITERATIONS, lowered only by
 * tests (testing.ts) so that they can set passphrases quickly.
 */
export const iterationFloor = { value: MIN_ITERATIONS };

export const SALT_BYTES = 16;
export const IV_BYTES = 12;
/** AES-GCM's authentication tag, appended to every ciphertext. */
export const TAG_BYTES = 16;
