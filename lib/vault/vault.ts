import { createKeyCheck, decryptWithKey, deriveKey, encryptWithKey, randomBytes, verifyKey } from '../crypto';
import { base64ToBytes, bytesToBase64 } from '../crypto/base64';
import { PBKDF2_ITERATIONS, SALT_BYTES } from '../crypto/envelope';
import type { LanternDB } from '../db';
import { newId } from '../ids';
import { PassphraseChoiceError, WrongJournalPassphraseError } from './errors';
import { SEALED_SETTINGS, SEALED_TABLES } from './records';
import { resealAll } from './reseal';
import { MIN_PASSPHRASE_LENGTH, VAULT_KEY, VAULT_VERSION, type VaultRecord } from './schema';
import { loadVault, needsResealing, readVault } from './state';

/** Reports re-sealing progress: records done out of all records. */
export type Progress = (done: number, total: number) => void;

export interface VaultOptions {
  onProgress?: Progress;
  /** For tests: fewer PBKDF2 iterations than the 600,000 every real passphrase gets. */
  iterations?: number;
}

const DATA_KEY_BYTES = 32;

/** Why a new passphrase will not do, in words for the form; undefined when it will. */
export function passphraseProblem(passphrase: string, confirmation?: string): string | undefined {
  if (passphrase.trim().length === 0) return 'Enter a passphrase.';
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH)
    return `Use at least ${MIN_PASSPHRASE_LENGTH} characters; a short phrase of three or four words is easy to remember and hard to guess.`;
  if (confirmation !== undefined && confirmation !== passphrase) return 'The two passphrases are not the same.';
  return undefined;
}

/** Gives the journal a passphrase and seals every record with a new data key. */
export async function setPassphrase(db: LanternDB, passphrase: string, options: VaultOptions = {}): Promise<void> {
  const problem = passphraseProblem(passphrase);
  if (problem) throw new PassphraseChoiceError(problem);
  const dataKey = randomBytes(DATA_KEY_BYTES);
  const keyId = newId();
  const vault = await wrapKeys(passphrase, new Map([[keyId, dataKey]]), keyId, options.iterations);
  await db.keyring.prepare();
  await db.transaction('rw', db.settings, async () => {
    if (await db.settings.get(VAULT_KEY))
      throw new PassphraseChoiceError(
        'This journal already has a passphrase. Use Privacy: Change Passphrase… instead.',
      );
    await db.settings.put({ key: VAULT_KEY, value: vault });
  });
  db.keyring.enabled = true;
  db.keyring.acceptsUnbound = true;
  db.keyring.hold(new Map([[keyId, dataKey]]), keyId);
  await finishResealing(db, options.onProgress);
}

/**
 * Opens the journal with its passphrase: the page holds the data keys until it locks or closes.
 * Returns the passphrase details; when `needsResealing` says so, call `finishResealing` next.
 */
export async function unlockJournal(db: LanternDB, passphrase: string): Promise<VaultRecord | undefined> {
  const vault = await loadVault(db);
  if (!vault) return undefined;
  const keys = await openKeys(vault, passphrase);
  await db.keyring.prepare();
  db.keyring.enabled = true;
  db.keyring.hold(keys, vault.writeKeyId);
  return vault;
}

/**
 * For a forgotten passphrase: deletes every sealed record (the person's details among the settings
 * too) and the passphrase, in one transaction, leaving an empty journal without one. The other
 * preferences (theme, font size…) stay. Nothing can bring the records back
 * except a backup.
 */
export async function eraseJournal(db: LanternDB): Promise<void> {
  const tables = SEALED_TABLES.map((name) => db.table(name));
  await db.transaction('rw', [...tables, db.settings], async () => {
    for (const table of tables) await table.clear();
    await db.settings.bulkDelete([...SEALED_SETTINGS, VAULT_KEY]);
  });
  db.keyring.forget();
  db.keyring.enabled = false;
}

/**
 * A new passphrase, and a new data key every record is re-sealed with. One write switches from
 * the old passphrase to the new: until it lands the old one opens everything; after, the new one
 * opens the old data key and the new one both, until re-sealing ends and the old key is dropped.
 */
export async function changePassphrase(
  db: LanternDB,
  current: string,
  next: string,
  options: VaultOptions = {},
): Promise<void> {
  const problem = passphraseProblem(next);
  if (problem) throw new PassphraseChoiceError(problem);
  const vault = await requireVault(db);
  const keys = await openKeys(vault, current);
  const keyId = newId();
  keys.set(keyId, randomBytes(DATA_KEY_BYTES));
  const changed = await wrapKeys(next, keys, keyId, options.iterations);
  await db.keyring.prepare();
  await replaceVault(db, vault, changed);
  db.keyring.acceptsUnbound = true;
  db.keyring.hold(keys, keyId);
  await finishResealing(db, options.onProgress);
}

/** Takes the passphrase away: every record goes back in the clear, then the details are deleted. */
export async function removePassphrase(db: LanternDB, current: string, options: VaultOptions = {}): Promise<void> {
  const vault = await requireVault(db);
  const keys = await openKeys(vault, current);
  await db.keyring.prepare();
  await replaceVault(db, vault, { ...vault, writeKeyId: null, resealing: true, changedAt: Date.now() });
  db.keyring.acceptsUnbound = true;
  db.keyring.hold(keys, null);
  await finishResealing(db, options.onProgress);
}

/**
 * Re-seals every record with the write key, bound to its table and id (or opens them all, when
 * removing the passphrase), then drops the keys no record needs. Safe to run again at any point:
 * each batch is read and rewritten in one transaction, so an edit made meanwhile is never
 * overwritten by an older copy, and records already re-sealed are skipped.
 */
export async function finishResealing(db: LanternDB, onProgress?: Progress): Promise<void> {
  const vault = await readVault(db);
  if (!vault || !needsResealing(vault) || !db.keyring.unlocked) return;
  const finished = await resealAll(db, onProgress);
  if (!finished) return;
  const done = await db.transaction('rw', db.settings, async () => {
    const latest = await readVault(db);
    // Changed again meanwhile (another window): that change finishes its own re-sealing.
    if (!latest || latest.changedAt !== vault.changedAt) return false;
    if (latest.writeKeyId === null) await db.settings.delete(VAULT_KEY);
    else {
      const keys = latest.keys.filter((key) => key.id === latest.writeKeyId);
      await db.settings.put({ key: VAULT_KEY, value: { ...latest, version: VAULT_VERSION, keys, resealing: false } });
    }
    return true;
  });
  if (!done) return;
  if (vault.writeKeyId === null) {
    db.keyring.forget();
    db.keyring.enabled = false;
  } else {
    db.keyring.retain([vault.writeKeyId]);
    db.keyring.acceptsUnbound = false;
  }
}

async function requireVault(db: LanternDB): Promise<VaultRecord> {
  const vault = await readVault(db);
  if (!vault) throw new PassphraseChoiceError('This journal has no passphrase. Use Privacy: Set Passphrase… first.');
  return vault;
}

/** Writes new passphrase details in place of `previous`, unless another window changed them first. */
async function replaceVault(db: LanternDB, previous: VaultRecord, next: VaultRecord): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const latest = await readVault(db);
    if (!latest || latest.changedAt !== previous.changedAt)
      throw new PassphraseChoiceError(
        'The passphrase was changed in another window. Close this one and try again there.',
      );
    await db.settings.put({ key: VAULT_KEY, value: next });
  });
}

/** The data keys, opened with the passphrase; a wrong passphrase is told apart from damage. */
async function openKeys(vault: VaultRecord, passphrase: string): Promise<Map<string, Uint8Array>> {
  if (passphrase.length === 0) throw new WrongJournalPassphraseError();
  const key = await deriveKey(passphrase, base64ToBytes(vault.kdf.salt), vault.kdf.iterations);
  if (!(await verifyKey(key, vault.check))) throw new WrongJournalPassphraseError();
  const keys = new Map<string, Uint8Array>();
  for (const { id, wrapped } of vault.keys) keys.set(id, await decryptWithKey(key, wrapped));
  return keys;
}

/** New passphrase details holding these data keys, all wrapped under a key from `passphrase`. */
async function wrapKeys(
  passphrase: string,
  keys: ReadonlyMap<string, Uint8Array>,
  writeKeyId: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<VaultRecord> {
  const salt = randomBytes(SALT_BYTES);
  const key = await deriveKey(passphrase, salt, iterations);
  const wrapped = [];
  for (const [id, dataKey] of keys) wrapped.push({ id, wrapped: await encryptWithKey(key, dataKey) });
  return {
    version: VAULT_VERSION,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: bytesToBase64(salt) },
    check: await createKeyCheck(key),
    keys: wrapped,
    writeKeyId,
    resealing: true,
    changedAt: Date.now(),
  };
}
