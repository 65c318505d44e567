import { DamagedFileError } from '../crypto/errors';
import type { LanternDB } from '../db';
import { VAULT_KEY, VAULT_VERSION, VaultRecord } from './schema';

/*
 * What a page needs at start: whether the journal has a passphrase. Kept apart from the
 * cryptography (vault.ts), which loads only when a passphrase is set, used or changed.
 */

/** The journal's passphrase details, or undefined when it has none. */
export async function readVault(db: LanternDB): Promise<VaultRecord | undefined> {
  const record = await db.settings.get(VAULT_KEY);
  if (!record) return undefined;
  const parsed = VaultRecord.safeParse(record.value);
  if (!parsed.success) throw new DamagedFileError();
  return parsed.data;
}

/**
 * Whether records still need re-sealing once unlocked: a passphrase set, changed or removed part
 * way, or a journal sealed by an earlier version (before records were bound to their table and id,
 * or before the person's settings were sealed).
 */
export function needsResealing(vault: VaultRecord): boolean {
  return vault.resealing || vault.version < VAULT_VERSION;
}

/** Run when a page opens, before anything is read: a journal with a passphrase starts locked. */
export async function loadVault(db: LanternDB): Promise<VaultRecord | undefined> {
  const vault = await readVault(db);
  db.keyring.enabled = vault !== undefined;
  db.keyring.acceptsUnbound = vault === undefined || needsResealing(vault);
  if (!vault) db.keyring.forget();
  return vault;
}

/** Forgets the keys: nothing the journal holds can be read or written until it is unlocked. */
export function lockJournal(db: LanternDB): void {
  db.keyring.forget();
}
