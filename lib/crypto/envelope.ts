import { z } from 'zod';
import { ENVELOPE_FORMAT, ENVELOPE_VERSION, iterationFloor, MAX_ITERATIONS, MIN_ITERATIONS } from './constants';

export {
  ENVELOPE_FORMAT,
  ENVELOPE_VERSION,
  IV_BYTES,
  iterationFloor,
  MAX_ITERATIONS,
  MIN_ITERATIONS,
  PBKDF2_ITERATIONS,
  SALT_BYTES,
  TAG_BYTES,
} from './constants';

/** An iteration count Lantern accepts in a stored passphrase record. */
export const KdfIterations = z
  .number()
  .int()
  .refine((count) => count >= iterationFloor.value && count <= MAX_ITERATIONS, {
    message: `Expected from ${MIN_ITERATIONS} to ${MAX_ITERATIONS} iterations`,
  });

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
