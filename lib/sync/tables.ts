import type { z } from 'zod';
import { BACKUP_TABLES, type BackupTableName } from '../backup/tables';
import { CLEAR_FIELDS } from '../vault/records';

/**
 * What syncs. Every table of the doctor's own records (the tables the lockable journal seals) and,
 * from the settings, only the fields that belong to the person rather than to this browser: the
 * theme, font size, lock timeout, welcome, backup dates and the passphrase's record stay here.
 */
export const SYNCED_TABLES = Object.keys(CLEAR_FIELDS) as SyncedTable[];
export type SyncedTable = Exclude<BackupTableName, 'settings'>;

/** The one list of the person's settings that travel between devices. */
export const PERSON_SETTINGS = ['roles', 'appraisalDate', 'revalidationDate', 'cpdTarget'] as const;

/** The person's settings travel as one record of this (table, key), taken from the preferences. */
export const PERSON_TABLE = 'settings';
export const PERSON_KEY = 'person';

/** A table name a synced document may name. */
export type SyncTable = SyncedTable | typeof PERSON_TABLE;

export function isSyncTable(name: unknown): name is SyncTable {
  return name === PERSON_TABLE || (typeof name === 'string' && (SYNCED_TABLES as string[]).includes(name));
}

/** The zod schema a record of this table must pass before it is written here. */
export function schemaFor(table: SyncedTable): z.ZodType {
  return BACKUP_TABLES[table].schema;
}

/** The primary key's field of a synced table. */
export function keyFieldOf(table: SyncedTable): string {
  return BACKUP_TABLES[table].key;
}
