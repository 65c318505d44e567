import { z } from 'zod';
import { createKeyCheck, decryptWithKey, deriveKey, encryptWithKey, randomBytes, Sealed, verifyKey } from '../crypto';
import { base64ToBytes, bytesToBase64 } from '../crypto/base64';
import { MAX_ITERATIONS, MIN_ITERATIONS, PBKDF2_ITERATIONS, SALT_BYTES } from '../crypto/envelope';

/** The one document on the server that is not a sealed record: the journal's key, wrapped. */
export const KEY_DOC_ID = 'lantern-sync-key';
const DATA_KEY_BYTES = 32;

/**
 * The journal's sync key as the server keeps it: a random data key wrapped by a key made from the
 * sync passphrase (PBKDF2-SHA-256, as every Lantern envelope), with a check block that tells a wrong
 * passphrase apart from damage. `keyId` names the data key so a device can tell a server whose
 * journal was set up again (a new key) from its own.
 */
export const KeyDocument = z.object({
  format: z.literal('lantern-sync-key'),
  version: z.literal(1),
  keyId: z.string().min(1),
  kdf: z.object({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z.number().int().min(1).max(MAX_ITERATIONS),
    salt: z.base64(),
  }),
  check: Sealed,
  wrapped: Sealed,
  changedAt: z.number().int().nonnegative(),
});
export type KeyDocument = z.infer<typeof KeyDocument>;

/** The passphrase does not open the key document. */
export class WrongSyncPassphraseError extends Error {
  override name = 'WrongSyncPassphraseError';
  constructor() {
    super("That sync passphrase doesn't open the journal on this server. Use the one you chose on your first device.");
  }
}

export function newDataKey(): { keyId: string; dataKey: Uint8Array } {
  return { keyId: crypto.randomUUID(), dataKey: randomBytes(DATA_KEY_BYTES) };
}

/** Wraps the data key under the passphrase into a key document. */
export async function wrapDataKey(
  passphrase: string,
  keyId: string,
  dataKey: Uint8Array,
  iterations = PBKDF2_ITERATIONS,
): Promise<KeyDocument> {
  const salt = randomBytes(SALT_BYTES);
  const key = await deriveKey(passphrase, salt, iterations);
  return {
    format: 'lantern-sync-key',
    version: 1,
    keyId,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: bytesToBase64(salt) },
    check: await createKeyCheck(key),
    wrapped: await encryptWithKey(key, dataKey),
    changedAt: Date.now(),
  };
}

/**
 * The data key, opened with the passphrase. A wrong passphrase is a WrongSyncPassphraseError; a
 * document that is not a key document (or is damaged) throws the DamagedFileError of lib/crypto.
 * `minIterations` is a seam for tests, which use few iterations.
 */
export async function unwrapDataKey(doc: KeyDocument, passphrase: string, minIterations = MIN_ITERATIONS) {
  if (doc.kdf.iterations < minIterations) throw new WrongSyncPassphraseError();
  const key = await deriveKey(passphrase, base64ToBytes(doc.kdf.salt), doc.kdf.iterations);
  if (!(await verifyKey(key, doc.check))) throw new WrongSyncPassphraseError();
  return decryptWithKey(key, doc.wrapped);
}

/** The keys sealing, naming and fingerprinting documents, all derived from the one data key. */
export interface SyncKeys {
  /** AES-GCM: seals each document, with its id as associated data. */
  seal: CryptoKey;
  /** HMAC-SHA-256: document ids from (table, record key). */
  ids: CryptoKey;
  /** HMAC-SHA-256: fingerprints of plaintext, to tell what changed since the last sync. */
  hashes: CryptoKey;
}

const encoder = new TextEncoder();

/** HKDF from the data key, one label per use, so no key is used for two purposes. */
export async function deriveSyncKeys(dataKey: Uint8Array): Promise<SyncKeys> {
  const base = await crypto.subtle.importKey('raw', new Uint8Array(dataKey), 'HKDF', false, ['deriveKey']);
  const params = (label: string) => ({
    name: 'HKDF',
    hash: 'SHA-256',
    salt: new Uint8Array(32),
    info: encoder.encode(`lantern-sync-${label}-v1`),
  });
  const hmac = { name: 'HMAC', hash: 'SHA-256', length: 256 };
  const [seal, ids, hashes] = await Promise.all([
    crypto.subtle.deriveKey(params('seal'), base, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']),
    crypto.subtle.deriveKey(params('ids'), base, hmac, false, ['sign']),
    crypto.subtle.deriveKey(params('hashes'), base, hmac, false, ['sign']),
  ]);
  return { seal, ids, hashes };
}
