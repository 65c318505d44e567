import { encryptText } from '../crypto';
import { localIsoDate } from '../dates';
import { getDb } from '../db';
import { digestOf } from './digest';
import type { CurrentTables } from './merge';
import { readAllTables } from './store';
import {
  BACKUP_FORMAT,
  BACKUP_TABLE_NAMES,
  BACKUP_TABLES,
  BACKUP_VERSION,
  type BackupCounts,
  type BackupFile,
  type BackupTableSpec,
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
 * what is wrong with it instead. Attachments' files go as base64, read after the transaction (reading
 * a Blob is not a Dexie call); they never change once added, so the snapshot still holds.
 */
export async function exportBackup(options: ExportOptions = {}): Promise<ExportResult> {
  const now = options.now ?? Date.now();
  const db = getDb();
  const stored = await readAllTables(db);
  // Dexie's tables hold what their repositories validated; the cast names that shape.
  const tables = (await encodeTables(stored)) as unknown as BackupFile['tables'];
  const backup: BackupFile = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now,
    app: { name: 'Lantern', schemaVersion: db.verno },
    tables,
  };
  // Indented, so an unprotected backup is readable: it is the doctor's own data, in the open. It
  // carries a digest so damage is told as damage; a protected one is sealed, which already tells.
  const text =
    options.passphrase === undefined
      ? JSON.stringify({ ...backup, digest: await digestOf(backup) }, null, 2)
      : JSON.stringify(await encryptText(JSON.stringify(backup, null, 2), options.passphrase));
  return { filename: `lantern-backup-${localIsoDate(new Date(now))}.json`, text, counts: countRecords(stored) };
}

/** Each table as written in the file: records a table `encode`s (Blobs) one at a time, to spare memory. */
async function encodeTables(stored: CurrentTables): Promise<Record<string, unknown[]>> {
  const tables: Record<string, unknown[]> = {};
  for (const name of BACKUP_TABLE_NAMES) {
    const { encode }: BackupTableSpec = BACKUP_TABLES[name];
    if (!encode) {
      tables[name] = stored[name];
      continue;
    }
    const encoded: unknown[] = [];
    for (const record of stored[name]) encoded.push(await encode(record));
    tables[name] = encoded;
  }
  return tables;
}
