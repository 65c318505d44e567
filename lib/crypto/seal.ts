import { base64ToBytes, bytesToBase64 } from './base64';
import { ENVELOPE_FORMAT, ENVELOPE_VERSION, SALT_BYTES } from './constants';
import type { Envelope } from './envelope';
import { DamagedFileError, EmptyPassphraseError, WrongPassphraseError } from './errors';
import { createKeyCheck, decryptWithKey, deriveKey, encryptWithKey, randomBytes, verifyKey } from './keys';

/*
 * Sealing and opening an envelope whose shape is already known good, without zod: text.ts checks a
 * file's envelope first; the mentor's page (lib/mentoring/page) checks its own, which it carries.
 */

/** @internal Shared with `text.ts` and the mentor's page; product code calls `encryptText`. */
export async function sealContent(
  content: string | Uint8Array,
  passphrase: string,
  iterations: number,
): Promise<Envelope> {
  const salt = randomBytes(SALT_BYTES);
  const key = await deriveKey(passphrase, salt, iterations);
  const check = await createKeyCheck(key);
  const { iv, data } = await encryptWithKey(key, content);
  return {
    format: ENVELOPE_FORMAT,
    version: ENVELOPE_VERSION,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: bytesToBase64(salt) },
    cipher: { name: 'AES-GCM', iv },
    check,
    data,
  };
}

/**
 * The key a passphrase makes for a checked envelope, once its key check opens. A wrong passphrase
 * and a changed file are told apart: if the check fails but the data opens, the file was edited.
 */
export async function keyForEnvelope(envelope: Envelope, passphrase: string): Promise<CryptoKey> {
  if (passphrase.length === 0) throw new EmptyPassphraseError();
  const key = await deriveKey(passphrase, base64ToBytes(envelope.kdf.salt), envelope.kdf.iterations);
  if (!(await verifyKey(key, envelope.check))) {
    const opens = await decryptWithKey(key, envelopeData(envelope)).then(
      () => true,
      () => false,
    );
    throw opens ? new DamagedFileError() : new WrongPassphraseError();
  }
  return key;
}

/** The sealed content of an envelope, as `decryptWithKey` takes it. */
export function envelopeData(envelope: Envelope): { iv: string; data: string } {
  return { iv: envelope.cipher.iv, data: envelope.data };
}
