import Dexie, { type EntityTable } from 'dexie';
import type { AppraisalNote } from './appraisal-notes/schema';
import type { Assessment } from './assessments/schema';
import type { Attachment } from './attachments/schema';
import { splitComplimentsAndComplaints } from './db-kind-split';
import { movePersonDetails } from './db-person-details';
import { giveRevisionsStringIds, stringIdForNewRevision } from './db-revision-ids';
import type { Entry, Revision } from './entries/schema';
import type { Goal } from './goals/schema';
import type { Feedback, MenteeRecord, MentorComment, SuggestedGoal } from './mentoring/records';
import type { SettingRecord } from './settings/schema';
import type { SyncDocRecord, SyncMetaRecord } from './sync/schema';
import { Keyring } from './vault/keyring';
import { vaultMiddleware } from './vault/middleware';

export const DB_NAME = 'lantern';

/** Tables that describe this device's sync, never the journal: never in a backup (see lib/sync/schema.ts). */
export const DEVICE_ONLY_TABLES = ['syncDocs', 'syncMeta'] as const;

/**
 * The one database. Versions are only ever added: each keeps its schema (and its `upgrade()` when
 * it has one) so that a database made by any earlier release opens and migrates in order.
 */
export class LanternDB extends Dexie {
  entries!: EntityTable<Entry, 'id'>;
  revisions!: EntityTable<Revision, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  assessments!: EntityTable<Assessment, 'id'>;
  attachments!: EntityTable<Attachment, 'id'>;
  goals!: EntityTable<Goal, 'id'>;
  mentees!: EntityTable<MenteeRecord, 'menteeId'>;
  mentorComments!: EntityTable<MentorComment, 'id'>;
  suggestedGoals!: EntityTable<SuggestedGoal, 'id'>;
  feedback!: EntityTable<Feedback, 'id'>;
  appraisalNotes!: EntityTable<AppraisalNote, 'id'>;
  /** Sync's own bookkeeping on this device (see lib/sync/schema.ts); never in a backup. */
  syncDocs!: EntityTable<SyncDocRecord, 'id'>;
  syncMeta!: EntityTable<SyncMetaRecord, 'key'>;
  /** The keys of a journal with a passphrase, held by this page only (see lib/vault). */
  readonly keyring = new Keyring();

  constructor(name = DB_NAME) {
    super(name);
    this.use(vaultMiddleware(this.keyring));
    this.version(1).stores({
      // [occurredOn+createdAt] orders the journal newest first without loading every entry.
      entries: 'id, [occurredOn+createdAt], updatedAt, deletedAt, kind, *tags, *competencies',
      revisions: '++id, entryId, [entryId+savedAt]',
      settings: 'key',
    });
    // 2: self-assessment snapshots (a new table; nothing to migrate).
    this.version(2).stores({
      assessments: 'id, frameworkId, takenAt',
    });
    // 3: files kept with entries, as Blobs (a new table; nothing to migrate).
    this.version(3).stores({
      attachments: 'id, entryId, addedAt',
    });
    // 4: the personal development plan (a new table; nothing to migrate).
    this.version(4).stores({
      goals: 'id, status, targetDate, sourceEntryId',
    });
    // 5: mentoring (new tables; nothing to migrate). A mentor's side keeps each mentee's latest shared
    // summary, their comments and suggested goals; a mentee's side keeps the feedback it imported.
    this.version(5).stores({
      mentees: 'menteeId, receivedAt',
      mentorComments: 'id, menteeId',
      suggestedGoals: 'id, menteeId',
      feedback: 'id, receivedAt, target.id',
    });
    // 6: revisions get random string ids in place of auto-incremented numbers (see db-revision-ids.ts).
    this.version(6).stores({}).upgrade(giveRevisionsStringIds);
    // 7: sync's bookkeeping (new tables; nothing to migrate).
    this.version(7).stores({
      syncDocs: 'id, [table+key]',
      syncMeta: 'key',
    });
    // 8: the person's details move from the `preferences` setting to a `person` setting, sealed with a
    // passphrase (see lib/db-person-details.ts).
    this.version(8).stores({}).upgrade(movePersonDetails);
    // 9: compliments and complaints become two kinds; entries whose words say which are sorted (see
    // lib/db-kind-split.ts).
    this.version(9).stores({}).upgrade(splitComplimentsAndComplaints);
    // 10: the doctor's reflections on the appraisal summary's sections, per appraisal year (a new
    // table; nothing to migrate).
    this.version(10).stores({
      appraisalNotes: 'id, periodEnd',
    });
    // 11: the health and wellbeing reflection, an appraisal note, may carry `includeInExports` (absent
    // means left out). No index and no record changes; the version keeps a backup holding the choice
    // from being read, and the choice dropped, by an older Lantern.
    this.version(11).stores({});
    // After the last version: declaring a version makes the tables anew, dropping hooks set before it.
    this.revisions.hook('creating', stringIdForNewRevision);
  }
}

let shared: LanternDB | undefined;

/** The database the app uses. Tests make their own with `new LanternDB(name)`. */
export function getDb(): LanternDB {
  shared ??= new LanternDB();
  return shared;
}

/** For tests: use this database as the shared one. */
export function setDb(db: LanternDB): void {
  shared = db;
}
