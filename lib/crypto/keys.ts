import { base64ToBytes, bytesToBase64 } from './base64';
import { IV_BYTES, PBKDF2_ITERATIONS, TAG_BYTES } from './constants';
import type { Sealed } from './envelope';
import { DamagedFileError, EmptyPassphraseError } from './errors';

/** The constant sealed in every key check. Changing it would make every existing file unopenable. */
const KEY_CHECK_TEXT = 'lantern-key-check-v1';

const encoder = new TextEncoder();
// `fatal` turns bytes that are not UTF-8 into an error rather than replacement characters.
const decoder = new TextDecoder('utf-8', { fatal: true });

function subtle(): SubtleCrypto {
  return globalThis.crypto.subtle;
}

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return globalThis.crypto.getRandomValues(new Uint8Array(length));
}

/**
 * The AES-GCM 256 key for a passphrase. The passphrase is NFC-normalised first, so "é" typed as one
 * character on one computer and as e + accent on another opens the same file.
 */
export async function deriveKey(
  passphrase: string,
  salt: Uint8Array,
  iterations: number = PBKDF2_ITERATIONS,
): Promise<CryptoKey> {
  if (passphrase.length === 0) throw new EmptyPassphraseError();
  if (!Number.isSafeInteger(iterations) || iterations < 1) throw new RangeError(`Invalid iterations: ${iterations}`);
  const material = await subtle().importKey('raw', encoder.encode(passphrase.normalize('NFC')), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: new Uint8Array(salt), iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** Seals bytes (or a string as UTF-8) under a fresh random IV. */
export async function encryptWithKey(key: CryptoKey, content: Uint8Array | string): Promise<Sealed> {
  const plain = typeof content === 'string' ? encoder.encode(content) : new Uint8Array(content);
  const iv = randomBytes(IV_BYTES);
  const data = new Uint8Array(await subtle().encrypt({ name: 'AES-GCM', iv }, key, plain));
  return { iv: bytesToBase64(iv), data: bytesToBase64(data) };
}

/** Opens sealed bytes; anything changed, cut short or sealed with another key is a DamagedFileError. */
export async function decryptWithKey(key: CryptoKey, sealed: Sealed): Promise<Uint8Array<ArrayBuffer>> {
  const iv = base64ToBytes(sealed.iv);
  const data = base64ToBytes(sealed.data);
  if (iv.length !== IV_BYTES || data.length < TAG_BYTES) throw new DamagedFileError();
  try {
    return new Uint8Array(await subtle().decrypt({ name: 'AES-GCM', iv }, key, data));
  } catch {
    // AES-GCM reports every failure as one OperationError; what it means here is "not authentic".
    throw new DamagedFileError();
  }
}

export async function decryptTextWithKey(key: CryptoKey, sealed: Sealed): Promise<string> {
  const bytes = await decryptWithKey(key, sealed);
  try {
    return decoder.decode(bytes);
  } catch {
    throw new DamagedFileError();
  }
}

/** A block that only this key opens: stored beside the data to tell a wrong passphrase from damage. */
export function createKeyCheck(key: CryptoKey): Promise<Sealed> {
  return encryptWithKey(key, KEY_CHECK_TEXT);
}

/** True when the key opens the check block to the expected constant. */
export async function verifyKey(key: CryptoKey, check: Sealed): Promise<boolean> {
  try {
    return (await decryptTextWithKey(key, check)) === KEY_CHECK_TEXT;
  } catch (error) {
    if (error instanceof DamagedFileError) return false;
    throw error;
  }
}
