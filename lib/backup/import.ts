import { getDb } from '../db';
import { withPersonDetailsApart } from '../settings/person-record';
import { readRecordBlobs } from '../vault/blob-bytes';
import { type ImportMode, type ImportPlan, planWrites } from './merge';
import { checkBackup } from './read';
import type { StoredRecord } from './records';
import { backupTables, clearForImport, findSameBytes, pruneRevisions, readAllTables, withoutLocalOnly } from './store';
import { BACKUP_TABLE_NAMES, type Backup } from './tables';

/** What importing would change, for the doctor to confirm. Reads only. */
export async function planImport(backup: Backup, mode: ImportMode): Promise<ImportPlan> {
  const valid = validate(backup);
  const db = getDb();
  const sameBytes = await findSameBytes(db, valid.tables, mode);
  return planWrites(valid.tables, await readAllTables(db), mode, sameBytes).plan;
}

/**
 * Imports a backup in one transaction over every backup table: if anything fails part way, the
 * database is exactly as it was and the error (a storage error, such as a full disk) is rethrown.
 * The plan is worked out again inside the transaction, so it matches the data it changes.
 * Entries then keep their last MAX_REVISIONS revisions, in the same transaction. Returns what was done.
 */
export async function applyImport(backup: Backup, mode: ImportMode): Promise<ImportPlan> {
  const valid = validate(backup);
  const db = getDb();
  // Comparing attachments means reading their Blobs, which is not a Dexie call and so cannot be
  // awaited inside the transaction. Attachments never change once added, so what is found here
  // still holds inside it; one added or deleted meanwhile is planned from what the transaction reads.
  const sameBytes = await findSameBytes(db, valid.tables, mode);
  // With a passphrase, files are sealed inside the transaction, which cannot wait to read them.
  if (db.keyring.enabled) for (const record of valid.tables.attachments) await readRecordBlobs(record);
  return db.transaction('rw', backupTables(db), async () => {
    // planWrites is pure and synchronous: nothing but Dexie is awaited inside the transaction.
    const { plan, writes } = planWrites(valid.tables, await readAllTables(db), mode, sameBytes);
    for (const name of BACKUP_TABLE_NAMES) {
      const table = db.table<StoredRecord>(name);
      const { clear, put } = writes[name];
      if (clear) await clearForImport(db, name);
      if (put.length > 0) await table.bulkPut(put);
    }
    await pruneRevisions(db, writes.revisions.put);
    return plan;
  });
}

/** The backup as `readBackup` checked it, checked again: callers may hold one built elsewhere. */
function validate(backup: Backup): Backup {
  const result = checkBackup(backup, false);
  if (!result.ok) throw new Error(`Nothing was imported: ${result.error.message}`);
  const tables = withoutLocalOnly(result.backup.tables);
  return { ...result.backup, tables: { ...tables, settings: withPersonDetailsApart(tables.settings) } };
}
