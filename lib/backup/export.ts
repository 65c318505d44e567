import { encryptText } from '../crypto';
import { localIsoDate } from '../dates';
import { getDb } from '../db';
import { readAllTables } from './store';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type Backup,
  type BackupCounts,
  type BackupTables,
  countRecords,
} from './tables';

export interface ExportOptions {
  /** When given, the file is the backup sealed in the crypto envelope. An empty one is refused. */
  passphrase?: string;
  now?: number;
}

export interface ExportResult {
  filename: string;
  text: string;
  counts: BackupCounts;
}

/**
 * The whole journal as one file, read in one transaction so it is a consistent snapshot. Records go
 * out as stored, unvalidated: a backup must never fail because of one odd record; the import says
 * what is wrong with it instead.
 */
export async function exportBackup(options: ExportOptions = {}): Promise<ExportResult> {
  const now = options.now ?? Date.now();
  const db = getDb();
  // Dexie's tables hold what their repositories validated; the cast names that shape.
  const tables = (await readAllTables(db)) as unknown as BackupTables;
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now,
    app: { name: 'Lantern', schemaVersion: db.verno },
    tables,
  };
  // Indented, so an unprotected backup is readable: it is the doctor's own data, in the open.
  const json = JSON.stringify(backup, null, 2);
  const text = options.passphrase === undefined ? json : JSON.stringify(await encryptText(json, options.passphrase));
  return { filename: `lantern-backup-${localIsoDate(new Date(now))}.json`, text, counts: countRecords(tables) };
}
