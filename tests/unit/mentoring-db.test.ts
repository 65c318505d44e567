import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyImport, BACKUP_TABLE_NAMES, exportBackup, readBackup } from '../../lib/backup';
import { LanternDB, setDb } from '../../lib/db';
import { Entry } from '../../lib/entries/schema';
import { FRAMEWORKS } from '../../lib/frameworks';
import { Goal } from '../../lib/goals/schema';
import {
  addMentorComment,
  createFeedbackFile,
  createShareBundle,
  getMenteeId,
  importFeedback,
  openBundle,
  readFeedbackFile,
  suggestGoal,
} from '../../lib/mentoring';
import { buildSummary } from '../../lib/summary';
import { PERIOD } from './fixtures/journal-year';

/** The schema exactly as version 4 shipped it (lib/db.ts versions 1–4), frozen here. */
function openAsVersion4(name: string): Dexie {
  const old = new Dexie(name);
  old.version(1).stores({
    entries: 'id, [occurredOn+createdAt], updatedAt, deletedAt, kind, *tags, *competencies',
    revisions: '++id, entryId, [entryId+savedAt]',
    settings: 'key',
  });
  old.version(2).stores({ assessments: 'id, frameworkId, takenAt' });
  old.version(3).stores({ attachments: 'id, entryId, addedAt' });
  old.version(4).stores({ goals: 'id, status, targetDate, sourceEntryId' });
  return old;
}

const NOW = new Date(2026, 10, 22, 9, 30).getTime();
const anEntry = Entry.parse({
  id: 'entry-from-v4',
  title: 'Written with version 4',
  body: 'Handover',
  occurredOn: '2026-06-01',
  createdAt: NOW,
  updatedAt: NOW,
  learningPoints: ['Use SBAR'],
});
const aGoal = Goal.parse({ id: 'goal-from-v4', title: 'Run a QI project', createdAt: NOW, updatedAt: NOW });
const V4_RECORDS = {
  entries: [anEntry],
  revisions: [{ id: 1, entryId: anEntry.id, savedAt: NOW, title: 'Earlier', body: 'Draft', reason: 'session' }],
  settings: [{ key: 'preferences', value: { theme: 'dark' } }],
  assessments: [{ id: 'a1', frameworkId: 'mlcf', takenAt: NOW, takenOn: '2026-11-22', ratings: { 'mlcf.1.1': 3 } }],
  attachments: [{ id: 'f1', entryId: anEntry.id, name: 'note.txt', type: 'text/plain', size: 2, addedAt: NOW }],
  goals: [aGoal],
};

let name: string;
let db: LanternDB;

beforeEach(() => {
  name = `test-${crypto.randomUUID()}`;
  db = new LanternDB(name);
  setDb(db);
});

afterEach(async () => {
  await db.delete();
});

async function tables(): Promise<Record<string, unknown[]>> {
  const lists = await Promise.all(BACKUP_TABLE_NAMES.map((table) => db.table(table).toArray()));
  return Object.fromEntries(BACKUP_TABLE_NAMES.map((table, i) => [table, lists[i] ?? []]));
}

describe('version 5 (mentoring)', () => {
  it('opens a database made by version 4 with every record intact and empty mentoring tables', async () => {
    const old = openAsVersion4(name);
    await old.open();
    for (const [table, records] of Object.entries(V4_RECORDS)) await old.table(table).bulkPut(records);
    old.close();

    await db.open();
    expect(db.verno).toBe(11);
    // Version 6 gave revisions string ids (db-version6.test.ts); everything else is as it was.
    const { revisions, ...rest } = V4_RECORDS;
    for (const [table, records] of Object.entries(rest)) expect(await db.table(table).toArray()).toEqual(records);
    expect(await db.revisions.toArray()).toEqual(
      revisions.map((revision) => ({ ...revision, id: expect.any(String) })),
    );
    for (const table of ['mentees', 'mentorComments', 'suggestedGoals', 'feedback']) {
      expect(await db.table(table).count()).toBe(0);
    }
  });

  it('backs up and restores every mentoring table exactly, and merging it in again changes nothing', async () => {
    const summary = buildSummary([anEntry], [aGoal], FRAMEWORKS, PERIOD, { defaultInclusion: 'full' });
    const menteeId = await getMenteeId();
    await openBundle(createShareBundle(summary, { menteeId, displayName: 'Siân', now: NOW }), NOW);
    await addMentorComment(menteeId, { kind: 'entry', id: anEntry.id }, 'Good.', NOW);
    await suggestGoal(menteeId, { title: 'Teach it', competencies: [], note: 'Soon.' }, NOW);
    const feedback = await readFeedbackFile((await createFeedbackFile(menteeId, 'Dr Patel', undefined, NOW)).text);
    if (!feedback.ok) throw new Error(feedback.error.message);
    await importFeedback(feedback.file, NOW);
    const before = await tables();

    const read = await readBackup((await exportBackup({ now: NOW })).text);
    if (!read.ok) throw new Error(read.error.message);
    expect(read.counts).toMatchObject({ mentees: 1, mentorComments: 1, suggestedGoals: 1, feedback: 2 });
    await Promise.all(BACKUP_TABLE_NAMES.map((table) => db.table(table).clear()));
    await applyImport(read.backup, 'replace');
    expect(await tables()).toEqual(before);
    const again = await applyImport(read.backup, 'merge');
    for (const table of ['mentees', 'mentorComments', 'suggestedGoals', 'feedback'] as const) {
      expect(again.tables[table]).toEqual({ add: 0, update: 0, unchanged: before[table]?.length, delete: 0 });
    }
  });
});
