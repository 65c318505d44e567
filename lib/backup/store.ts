import Dexie from 'dexie';
import type { LanternDB } from '../db';
import { MAX_REVISIONS } from '../entries/revisions';
import { VAULT_KEY } from '../vault/schema';
import type { CurrentTables, ImportMode, SameBytes } from './merge';
import { holdsBlob, keyOf, type RecordKey, type StoredRecord, sameBlobBytes, sameRecord } from './records';
import { BACKUP_TABLE_NAMES, BACKUP_TABLES, type BackupTableSpec, type BackupTables } from './tables';

/** The Dexie tables a backup covers, for a transaction's scope. */
export function backupTables(db: LanternDB) {
  return BACKUP_TABLE_NAMES.map((name) => db.table<StoredRecord>(name));
}

/**
 * Settings that belong to this browser's copy of the journal, never to a backup: the passphrase's
 * details. A backup holds the journal opened; restoring one keeps this browser's passphrase.
 */
const LOCAL_ONLY_SETTINGS: readonly unknown[] = [VAULT_KEY];

/** The tables without this browser's own settings (see LOCAL_ONLY_SETTINGS). */
export function withoutLocalOnly<T extends { settings: readonly { key?: unknown }[] }>(tables: T): T {
  const settings = tables.settings.filter((record) => !LOCAL_ONLY_SETTINGS.includes(record.key));
  return { ...tables, settings: settings as unknown as T['settings'] };
}

/** Every backup table as stored, read in one transaction (or as part of the caller's). */
export function readAllTables(db: LanternDB): Promise<CurrentTables> {
  return db.transaction('r', backupTables(db), async () => {
    const lists = await Promise.all(BACKUP_TABLE_NAMES.map((name) => db.table<StoredRecord>(name).toArray()));
    const current = {} as CurrentTables;
    for (const [i, name] of BACKUP_TABLE_NAMES.entries()) current[name] = lists[i] ?? [];
    return withoutLocalOnly(current);
  });
}

/** Empties a table for a replacing import, keeping this browser's own settings. */
export async function clearForImport(db: LanternDB, name: string): Promise<void> {
  const table = db.table<StoredRecord>(name);
  if (name === 'settings')
    await table
      .where('key')
      .noneOf(LOCAL_ONLY_SETTINGS as string[])
      .delete();
  else await table.clear();
}

/**
 * Which of the backup's Blob-holding records (attachments) are byte for byte the record with the same
 * key here, for `planWrites`. Reading a Blob is not a Dexie call, so this must not run inside the
 * import's transaction: it runs just before it. Only records equal in every other field (same size)
 * have their bytes read, one pair at a time. A merge keeps this computer's record of a `keep-local`
 * table whatever the bytes, so those are not read then.
 */
export async function findSameBytes(db: LanternDB, incoming: BackupTables, mode: ImportMode): Promise<SameBytes> {
  const found: SameBytes = {};
  for (const name of BACKUP_TABLE_NAMES) {
    const { key, merge }: BackupTableSpec = BACKUP_TABLES[name];
    if (mode === 'merge' && merge === 'keep-local') continue;
    const keyed = (incoming[name] as StoredRecord[]).flatMap((record) => {
      const value = keyOf(record, key);
      return value !== undefined && holdsBlob(record) ? [{ record, key: value }] : [];
    });
    if (keyed.length === 0) continue;
    const here = await db.table<StoredRecord, RecordKey>(name).bulkGet(keyed.map((item) => item.key));
    const same = new Set<RecordKey>();
    for (const [i, { record, key: value }] of keyed.entries()) {
      const local = here[i];
      if (local && sameRecord(record, local) && (await sameBlobBytes(record, local))) same.add(value);
    }
    found[name] = same;
  }
  return found;
}

/**
 * Keeps the last MAX_REVISIONS of each entry the import brought revisions for, dropping the oldest,
 * as saving a revision does. Dexie calls only, so it runs inside the import's transaction.
 */
export async function pruneRevisions(db: LanternDB, added: readonly StoredRecord[]): Promise<void> {
  const entryIds = new Set(
    added.flatMap((revision) => (typeof revision.entryId === 'string' ? [revision.entryId] : [])),
  );
  await Promise.all(
    [...entryIds].map(async (entryId) => {
      const ids = await db.revisions
        .where('[entryId+savedAt]')
        .between([entryId, Dexie.minKey], [entryId, Dexie.maxKey], true, true)
        .primaryKeys();
      if (ids.length > MAX_REVISIONS) await db.revisions.bulkDelete(ids.slice(0, ids.length - MAX_REVISIONS));
    }),
  );
}
