import { z } from 'zod';
import { AppraisalNote } from '../appraisal-notes/schema';
import { Assessment } from '../assessments/schema';
import { withSortedKind } from '../db-kind-split';
import { Entry, Revision } from '../entries/schema';
import { Goal } from '../goals/schema';
import { newId } from '../ids';
import { Feedback, MenteeRecord, MentorComment, SuggestedGoal } from '../mentoring/records';
import { SettingRecord } from '../settings/records';
import { BackupAttachment, encodeAttachment } from './attachments';
import type { StoredRecord } from './records';

/**
 * How an imported record meets the one already here in "merge" mode ("replace" needs no rule).
 * - `newer-wins`: matched by key; the later `updatedAt` is kept. With `keepLoserAsRevision`, the
 *   other side is kept whole (every field) as a "conflict" revision, so a doctor who writes on a
 *   work and a home computer loses nothing.
 * - `same-content`: for records saved on several computers without a shared key (revisions): a
 *   record equal in everything but its key is already here; any other is added, with a new random
 *   key if its own is taken here.
 * - `keep-local`: this computer's record stays; only keys missing here are added. Preferences are
 *   per computer: merging a journal in should not change this browser's theme. Records that never
 *   change once made (self-assessment snapshots, attachments) use it too.
 */
export type MergeRule = 'newer-wins' | 'same-content' | 'keep-local';

export interface BackupTableSpec {
  /** One record as written in the file; parsing gives the record as stored. */
  schema: z.ZodType;
  /** The primary key's field. */
  key: string;
  /** How a message names one record: "Entry 12 (id 3f2a…)". */
  label: string;
  /** How the doctor is told a number of them, one and many: "1 entry", "2 entries". */
  nouns: readonly [one: string, many: string];
  /** A field whose text helps the doctor tell which record a message means: "Attachment 2 “ECG.pdf” (id …)". */
  nameField?: string;
  merge: MergeRule;
  keepLoserAsRevision?: boolean;
  /**
   * For records JSON cannot hold as stored (Blobs): the record as written in the file, which
   * `schema` reads back into the stored record. Records without it are written as they are.
   */
  encode?: (record: StoredRecord) => Promise<unknown>;
  /** For a table added after the first backups: files made before it was added lack it, and read as empty. */
  addedLater?: true;
}

/**
 * A revision as written in a backup. Files made before database version 6 hold numbered revisions;
 * each gets a random string id as it is read, as the database upgrade gave those it held.
 */
const BackupRevision = Revision.extend({
  id: z.union([z.string().min(1), z.number().int().nonnegative()]).optional(),
}).transform(
  (revision): Revision => ({
    ...revision,
    id: typeof revision.id === 'string' ? revision.id : newId(),
  }),
);

/**
 * An entry as written in a backup. Files made before database version 9 hold compliments and
 * complaints as one kind; each is sorted as it is read, as the database upgrade sorted those it held.
 */
const BackupEntry = Entry.transform(withSortedKind);

/**
 * Every table a backup holds, in the order they are written. A new table is added here and nowhere
 * else: it is exported, validated, counted, merged and restored from this entry. A table holding
 * Blobs needs an `encode` for export and a schema that reads the encoded record back (see
 * attachments.ts); the import compares Blobs by their bytes.
 */
export const BACKUP_TABLES = {
  entries: {
    schema: BackupEntry,
    key: 'id',
    label: 'Entry',
    nouns: ['entry', 'entries'],
    merge: 'newer-wins',
    keepLoserAsRevision: true,
  },
  revisions: {
    schema: BackupRevision,
    key: 'id',
    label: 'Revision',
    nouns: ['earlier version', 'earlier versions'],
    merge: 'same-content',
  },
  settings: {
    schema: SettingRecord,
    key: 'key',
    label: 'Setting',
    nouns: ['setting', 'settings'],
    merge: 'keep-local',
  },
  // Snapshots are never edited and have random ids: one with the same id is the same snapshot.
  assessments: {
    schema: Assessment,
    key: 'id',
    label: 'Self-assessment',
    nouns: ['self-assessment', 'self-assessments'],
    merge: 'keep-local',
  },
  // Goals are edited: the newer edit wins, like entries.
  goals: { schema: Goal, key: 'id', label: 'Goal', nouns: ['goal', 'goals'], merge: 'newer-wins' },
  // Files are never edited once added and have random ids: one with the same id is the same file.
  attachments: {
    schema: BackupAttachment,
    key: 'id',
    label: 'Attachment',
    nouns: ['attachment', 'attachments'],
    nameField: 'name',
    merge: 'keep-local',
    encode: encodeAttachment,
  },
  // Mentor side. A mentee's record holds their latest shared summary: the later one wins, as when a
  // newer bundle is opened. Comments are edited: the newer edit wins. Suggestions are never edited.
  mentees: {
    schema: MenteeRecord,
    key: 'menteeId',
    label: 'Mentee',
    nouns: ['mentee', 'mentees'],
    merge: 'newer-wins',
  },
  mentorComments: {
    schema: MentorComment,
    key: 'id',
    label: 'Mentor comment',
    nouns: ['mentor comment', 'mentor comments'],
    merge: 'newer-wins',
  },
  suggestedGoals: {
    schema: SuggestedGoal,
    key: 'id',
    label: 'Suggested goal',
    nouns: ['suggested goal', 'suggested goals'],
    nameField: 'title',
    merge: 'keep-local',
  },
  // Mentee side: feedback changes when turned into a goal or entry, so the newer change wins.
  feedback: {
    schema: Feedback,
    key: 'id',
    label: 'Feedback',
    nouns: ['feedback note', 'feedback notes'],
    nameField: 'fromName',
    merge: 'newer-wins',
  },
  // The doctor's reflections on the appraisal summary (database version 10): edited, so the newer wins.
  appraisalNotes: {
    schema: AppraisalNote,
    key: 'id',
    label: 'Appraisal reflection',
    nouns: ['appraisal reflection', 'appraisal reflections'],
    merge: 'newer-wins',
    addedLater: true,
  },
} as const satisfies Record<string, BackupTableSpec>;

export type BackupTableName = keyof typeof BACKUP_TABLES;
export const BACKUP_TABLE_NAMES = Object.keys(BACKUP_TABLES) as BackupTableName[];

export function isBackupTableName(name: unknown): name is BackupTableName {
  return typeof name === 'string' && Object.hasOwn(BACKUP_TABLES, name);
}

type TablesShape = { [Name in BackupTableName]: z.ZodArray<(typeof BACKUP_TABLES)[Name]['schema']> };
const tablesShape = Object.fromEntries(
  BACKUP_TABLE_NAMES.map((name) => {
    const spec: BackupTableSpec = BACKUP_TABLES[name];
    const records = z.array(spec.schema);
    return [name, spec.addedLater ? records.default([]) : records];
  }),
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
/** A backup as read: every record as stored (attachments hold their Blobs). */
export type Backup = z.infer<typeof Backup>;
export type BackupTables = Backup['tables'];
/** A backup as written in the file (attachments hold their bytes as base64). */
export type BackupFile = z.input<typeof Backup>;

/** How many records of each table a backup holds. */
export type BackupCounts = Record<BackupTableName, number>;

export function countRecords(tables: Record<BackupTableName, readonly unknown[]>): BackupCounts {
  const counts = {} as BackupCounts;
  for (const name of BACKUP_TABLE_NAMES) counts[name] = tables[name].length;
  return counts;
}
