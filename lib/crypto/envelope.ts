import { z } from 'zod';

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

/** An iteration count Lantern accepts in a stored passphrase record. */
export const KdfIterations = z
  .number()
  .int()
  .refine((count) => count >= iterationFloor.value && count <= MAX_ITERATIONS, {
    message: `Expected from ${MIN_ITERATIONS} to ${MAX_ITERATIONS} iterations`,
  });

export const SALT_BYTES = 16;
export const IV_BYTES = 12;
/** AES-GCM's authentication tag, appended to every ciphertext. */
export const TAG_BYTES = 16;

const Base64 = z.base64();

/** Bytes sealed with a key: a fresh IV and the AES-GCM ciphertext with its tag, both base64. */
export const Sealed = z.object({ iv: Base64, data: Base64 });
export type Sealed = z.infer<typeof Sealed>;

/**
 * The one envelope for everything Lantern protects: backups, share and feedback files, the locked
 * journal. Plain JSON, so a file can be told apart and its version read before any decryption.
 */
export const Envelope = z.object({
  format: z.literal(ENVELOPE_FORMAT),
  version: z.literal(ENVELOPE_VERSION),
  kdf: z.object({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z.number().int().positive(),
    salt: Base64,
  }),
  cipher: z.object({ name: z.literal('AES-GCM'), iv: Base64 }),
  /** A known constant sealed under its own IV: it opens only with the right key. */
  check: Sealed,
  data: Base64,
});
export type Envelope = z.infer<typeof Envelope>;

/** True for an envelope this version of Lantern can open (before any passphrase is tried). */
export function isEnvelope(value: unknown): value is Envelope {
  return Envelope.safeParse(value).success;
}

/** True for anything claiming to be an envelope, including one from a newer Lantern. */
export function looksLikeEnvelope(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { format?: unknown }).format === ENVELOPE_FORMAT;
}
