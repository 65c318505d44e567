import type { LanternDB } from '../db';
import type { CurrentTables } from './merge';
import type { StoredRecord } from './records';
import { BACKUP_TABLE_NAMES } from './tables';

/** The Dexie tables a backup covers, for a transaction's scope. */
export function backupTables(db: LanternDB) {
  return BACKUP_TABLE_NAMES.map((name) => db.table<StoredRecord>(name));
}

/** Every backup table as stored, read in one transaction (or as part of the caller's). */
export function readAllTables(db: LanternDB): Promise<CurrentTables> {
  return db.transaction('r', backupTables(db), async () => {
    const lists = await Promise.all(BACKUP_TABLE_NAMES.map((name) => db.table<StoredRecord>(name).toArray()));
    const current = {} as CurrentTables;
    for (const [i, name] of BACKUP_TABLE_NAMES.entries()) current[name] = lists[i] ?? [];
    return current;
  });
}
