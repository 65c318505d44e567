import { base64ToBytes, bytesToBase64 } from './base64';
import {
  ENVELOPE_FORMAT,
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
import {
  DamagedFileError,
  EmptyPassphraseError,
  KeyCostError,
  UnsupportedVersionError,
  WrongPassphraseError,
} from './errors';
import { createKeyCheck, decryptTextWithKey, deriveKey, encryptWithKey, randomBytes, verifyKey } from './keys';

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

/** @internal Shared with `testing.ts`; product code calls `encryptText`. */
export async function sealText(plaintext: string, passphrase: string, iterations: number): Promise<Envelope> {
  const salt = randomBytes(SALT_BYTES);
  const key = await deriveKey(passphrase, salt, iterations);
  const check = await createKeyCheck(key);
  const { iv, data } = await encryptWithKey(key, plaintext);
  return {
    format: ENVELOPE_FORMAT,
    version: ENVELOPE_VERSION,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: bytesToBase64(salt) },
    cipher: { name: 'AES-GCM', iv },
    check,
    data,
  };
}

/** @internal Shared with `testing.ts`; product code calls `decryptText`. */
export async function openText(value: unknown, passphrase: string, minIterations: number): Promise<string> {
  if (passphrase.length === 0) throw new EmptyPassphraseError();
  const envelope = readEnvelope(value, minIterations);
  const key = await deriveKey(passphrase, base64ToBytes(envelope.kdf.salt), envelope.kdf.iterations);
  const data = { iv: envelope.cipher.iv, data: envelope.data };
  if (!(await verifyKey(key, envelope.check))) {
    // The check block failed: either the key is wrong, or the check block itself was changed. If
    // the data still opens, the key is right and the file was edited.
    const opens = await decryptTextWithKey(key, data).then(
      () => true,
      () => false,
    );
    throw opens ? new DamagedFileError() : new WrongPassphraseError();
  }
  return decryptTextWithKey(key, data);
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
