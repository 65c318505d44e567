import { base64ToBytes } from './base64';
import {
  ENVELOPE_VERSION,
  Envelope,
  IV_BYTES,
  looksLikeEnvelope,
  MAX_ITERATIONS,
  MIN_ITERATIONS,
  PBKDF2_ITERATIONS,
  SALT_BYTES,
  TAG_BYTES,
} from './envelope';
import { DamagedFileError, EmptyPassphraseError, KeyCostError, UnsupportedVersionError } from './errors';
import { decryptTextWithKey } from './keys';
import { envelopeData, keyForEnvelope, sealContent } from './seal';

/** Encrypts text under a passphrase into the one Lantern envelope. */
export function encryptText(plaintext: string, passphrase: string): Promise<Envelope> {
  return sealText(plaintext, passphrase, PBKDF2_ITERATIONS);
}

/**
 * Opens an envelope. Throws WrongPassphraseError, DamagedFileError, KeyCostError or
 * UnsupportedVersionError (all CryptoErrors) and nothing else for anything a file can contain.
 */
export function decryptText(envelope: unknown, passphrase: string): Promise<string> {
  return openText(envelope, passphrase, MIN_ITERATIONS);
}

/** @internal Shared with `testing.ts`; product code calls `decryptText`. */
export async function openText(value: unknown, passphrase: string, minIterations: number): Promise<string> {
  if (passphrase.length === 0) throw new EmptyPassphraseError();
  const envelope = readEnvelope(value, minIterations);
  return decryptTextWithKey(await keyForEnvelope(envelope, passphrase), envelopeData(envelope));
}

/** @internal Shared with `testing.ts`; product code calls `encryptText`. */
export function sealText(plaintext: string, passphrase: string, iterations: number): Promise<Envelope> {
  return sealContent(plaintext, passphrase, iterations);
}

/**
 * Checks everything that can be checked without the passphrase (shape, version, sizes), so a file
 * from a newer Lantern or a damaged one is told as such before anyone is asked for a passphrase.
 */
export function checkEnvelope(value: unknown): Envelope {
  return readEnvelope(value, MIN_ITERATIONS);
}

function readEnvelope(value: unknown, minIterations: number): Envelope {
  if (!looksLikeEnvelope(value)) throw new DamagedFileError();
  const version = (value as { version?: unknown }).version;
  if (typeof version === 'number' && version > ENVELOPE_VERSION) throw new UnsupportedVersionError();
  const parsed = Envelope.safeParse(value);
  if (!parsed.success) throw new DamagedFileError();
  const envelope = parsed.data;
  const lengthsFit =
    base64ToBytes(envelope.kdf.salt).length === SALT_BYTES &&
    base64ToBytes(envelope.cipher.iv).length === IV_BYTES &&
    base64ToBytes(envelope.check.iv).length === IV_BYTES &&
    base64ToBytes(envelope.check.data).length >= TAG_BYTES &&
    base64ToBytes(envelope.data).length >= TAG_BYTES;
  if (!lengthsFit) throw new DamagedFileError();
  const { iterations } = envelope.kdf;
  if (iterations < minIterations || iterations > MAX_ITERATIONS)
    throw new KeyCostError(iterations, MIN_ITERATIONS, MAX_ITERATIONS);
  return envelope;
}
