import { base64ToBytes, bytesToBase64 } from './base64';
import { ENVELOPE_FORMAT, ENVELOPE_VERSION, SALT_BYTES } from './constants';
import type { Envelope } from './envelope';
import { DamagedFileError, EmptyPassphraseError, WrongPassphraseError } from './errors';
import { createKeyCheck, decryptTextWithKey, deriveKey, encryptWithKey, randomBytes, verifyKey } from './keys';

/*
 * Sealing and opening an envelope whose shape is already known good, without zod: text.ts checks a
 * file's envelope first; the mentor's page (lib/mentoring/page) checks its own, which it carries.
 */

/** @internal Shared with `text.ts`, `testing.ts` and the mentor's page; product code calls `encryptText`. */
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

/**
 * Opens a checked envelope: its text, and the key that opened it (the mentor's page seals its drafts
 * with it). A wrong passphrase and a changed file are told apart by the key check.
 */
export async function openCheckedEnvelope(
  envelope: Envelope,
  passphrase: string,
): Promise<{ text: string; key: CryptoKey }> {
  if (passphrase.length === 0) throw new EmptyPassphraseError();
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
  return { text: await decryptTextWithKey(key, data), key };
}
