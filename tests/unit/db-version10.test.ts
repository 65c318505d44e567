import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { applyImport, readBackup } from '../../lib/backup';
import { freshDbPerTest, readTables, writeAndClose } from './fixtures/db';
import { aStoredEntry } from './fixtures/entries';
import { VERSION5_STORES } from './fixtures/version5';

/** Version 9's schema, frozen as it shipped: the last without the appraisal reflections. */
function openAsVersion9(name: string): Dexie {
  const old = new Dexie(name);
  old.version(9).stores({ ...VERSION5_STORES, syncDocs: 'id, [table+key]', syncMeta: 'key' });
  return old;
}

const db = freshDbPerTest();
const T = 1_763_600_000_000;

/** One record in every table, as version 9 held them. */
const V9_RECORDS: Record<string, unknown[]> = {
  entries: [
    aStoredEntry({ id: 'e1', kind: 'complaint', title: 'Complaint about a cancelled operation' }),
    {
      id: 'e2',
      kind: 'reflection',
      occurredOn: '2026-11-20',
      createdAt: T,
      updatedAt: T,
      competencies: [],
      sealed: 'ciphertext',
    },
  ],
  revisions: [{ id: 'rev-1', entryId: 'e1', savedAt: T, title: 'Complaint', body: 'Draft', reason: 'session' }],
  settings: [
    { key: 'person', value: { roles: ['Consultant anaesthetist'] } },
    { key: 'preferences', value: { theme: 'dark' } },
  ],
  assessments: [{ id: 'a1', frameworkId: 'mlcf', takenAt: T, takenOn: '2026-11-20', ratings: {} }],
  attachments: [{ id: 'f1', entryId: 'e1', name: 'letter.pdf', type: 'application/pdf', size: 3, addedAt: T }],
  goals: [{ id: 'g1', title: 'Lead a QI project', competencies: [], status: 'planned', createdAt: T, updatedAt: T }],
  mentees: [{ menteeId: 'm1', displayName: 'Siân', receivedAt: T, updatedAt: T }],
  mentorComments: [
    { id: 'c1', menteeId: 'm1', target: { kind: 'summary' }, text: 'Good.', createdAt: T, updatedAt: T },
  ],
  suggestedGoals: [{ id: 's1', menteeId: 'm1', title: 'Teach it', competencies: [], createdAt: T }],
  feedback: [{ id: 'f1', target: { kind: 'summary' }, text: 'Thanks', receivedAt: T, updatedAt: T }],
  syncDocs: [{ id: 'entries:e1', table: 'entries', key: 'e1', rev: '1-a' }],
  syncMeta: [{ key: 'config', value: { url: 'https://couch.example/journal' } }],
};

describe('a journal made by version 9 opened by version 10', () => {
  it('finds every record intact and an empty table for the appraisal reflections', async () => {
    const old = openAsVersion9(db().name);
    await writeAndClose(old, V9_RECORDS);

    await db().open();
    expect(db().verno).toBe(11);
    expect(await readTables(db(), V9_RECORDS)).toEqual(V9_RECORDS);
    expect(await db().appraisalNotes.count()).toBe(0);
  });
});

describe('a backup file written by version 9, without the appraisal reflections', () => {
  it('still imports, with no reflections', async () => {
    const empty = { revisions: [], settings: [], assessments: [], goals: [], attachments: [] };
    const mentoring = { mentees: [], mentorComments: [], suggestedGoals: [], feedback: [] };
    const file = {
      format: 'lantern-backup',
      version: 1,
      exportedAt: T,
      app: { name: 'Lantern', schemaVersion: 9 },
      tables: { entries: [aStoredEntry({ id: 'e1', title: 'Teaching session' })], ...empty, ...mentoring },
    };
    const read = await readBackup(JSON.stringify(file));
    if (!read.ok) throw new Error(read.error.message);
    expect(read.counts.appraisalNotes).toBe(0);
    await applyImport(read.backup, 'replace');
    expect((await db().entries.toArray()).map((entry) => entry.id)).toEqual(['e1']);
  });
});
