import { z } from 'zod';
import { Assessment } from '../assessments/schema';
import { Entry, Revision } from '../entries/schema';
import { SettingRecord } from '../settings/schema';

/**
 * How an imported record meets the one already here in "merge" mode ("replace" needs no rule).
 * - `newer-wins`: matched by key; the later `updatedAt` is kept. With `keepLoserAsRevision`, the
 *   other side's text is kept as a "conflict" revision, so a doctor who writes on a work and a home
 *   computer loses nothing.
 * - `same-content`: for records whose keys are generated on each computer (revision 7 here is not
 *   revision 7 there): a record equal in everything but its key is already here; any other is added.
 * - `keep-local`: this computer's record stays; only keys missing here are added. Preferences are
 *   per computer: merging a journal in should not change this browser's theme. Records that never
 *   change once made (self-assessment snapshots) use it too.
 */
export type MergeRule = 'newer-wins' | 'same-content' | 'keep-local';

export interface BackupTableSpec {
  /** One record as written in the file; parsing gives the record as stored. */
  schema: z.ZodType;
  /** The primary key's field. */
  key: string;
  /** How a message names one record: "Entry 12 (id 3f2a…)". */
  label: string;
  merge: MergeRule;
  keepLoserAsRevision?: boolean;
}

/**
 * Every table a backup holds, in the order they are written. A new table is added here and nowhere
 * else: it is exported, validated, counted, merged and restored from this entry. A table holding
 * Blobs (attachments) will need a schema that reads base64 into a Blob and an encoder for export.
 */
export const BACKUP_TABLES = {
  entries: { schema: Entry, key: 'id', label: 'Entry', merge: 'newer-wins', keepLoserAsRevision: true },
  revisions: { schema: Revision, key: 'id', label: 'Revision', merge: 'same-content' },
  settings: { schema: SettingRecord, key: 'key', label: 'Setting', merge: 'keep-local' },
  // Snapshots are never edited and have random ids: one with the same id is the same snapshot.
  assessments: { schema: Assessment, key: 'id', label: 'Self-assessment', merge: 'keep-local' },
} as const satisfies Record<string, BackupTableSpec>;

export type BackupTableName = keyof typeof BACKUP_TABLES;
export const BACKUP_TABLE_NAMES = Object.keys(BACKUP_TABLES) as BackupTableName[];

export function isBackupTableName(name: unknown): name is BackupTableName {
  return typeof name === 'string' && Object.hasOwn(BACKUP_TABLES, name);
}

type TablesShape = { [Name in BackupTableName]: z.ZodArray<(typeof BACKUP_TABLES)[Name]['schema']> };
const tablesShape = Object.fromEntries(
  BACKUP_TABLE_NAMES.map((name) => [name, z.array(BACKUP_TABLES[name].schema)]),
) as TablesShape;

export const BACKUP_FORMAT = 'lantern-backup';
export const BACKUP_VERSION = 1;

/** A whole backup file, before any passphrase protection. */
export const Backup = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  /** When the backup was made, in ms since the epoch. */
  exportedAt: z.number().int().nonnegative(),
  app: z.object({
    name: z.literal('Lantern'),
    /** The database version (`db.verno`) the records were read from. */
    schemaVersion: z.number().int().positive(),
  }),
  tables: z.object(tablesShape),
});
export type Backup = z.infer<typeof Backup>;
export type BackupTables = Backup['tables'];

/** How many records of each table a backup holds. */
export type BackupCounts = Record<BackupTableName, number>;

export function countRecords(tables: BackupTables): BackupCounts {
  const counts = {} as BackupCounts;
  for (const name of BACKUP_TABLE_NAMES) counts[name] = tables[name].length;
  return counts;
}
