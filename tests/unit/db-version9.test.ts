import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { applyImport, readBackup } from '../../lib/backup';
import { freshDbPerTest, readTables, writeAndClose } from './fixtures/db';
import { aStoredEntry } from './fixtures/entries';
import { VERSION5_STORES } from './fixtures/version5';

/** Version 8's schema, frozen as it shipped: the last with compliments and complaints as one kind. */
function openAsVersion8(name: string): Dexie {
  const old = new Dexie(name);
  old.version(8).stores({ ...VERSION5_STORES, syncDocs: 'id, [table+key]', syncMeta: 'key' });
  return old;
}

const db = freshDbPerTest();
const T = 1_763_600_000_000;
const joint = { kind: 'compliment-complaint' as const };
const complaint = aStoredEntry({ ...joint, id: 'cc-1', title: 'Complaint about a cancelled operation' });
const compliment = aStoredEntry({ ...joint, id: 'cc-2', title: 'Card from the recovery team', body: 'Thank you all.' });
const unclear = aStoredEntry({ ...joint, id: 'cc-3', title: 'Letter from a relative' });
const both = aStoredEntry({ ...joint, id: 'cc-4', title: 'Complained at first, thanked us later' });
const sealed = { id: 'cc-5', kind: 'compliment-complaint', occurredOn: '2026-11-20', createdAt: T, updatedAt: T };
const other = aStoredEntry({ id: 'ref-1', kind: 'reflection', title: 'A complaint I overheard' });

/** One record in every table, as version 8 held them. */
const V8_RECORDS: Record<string, unknown[]> = {
  entries: [complaint, compliment, unclear, both, { ...sealed, competencies: [], sealed: 'ciphertext' }, other],
  revisions: [{ id: 'rev-1', entryId: 'cc-1', savedAt: T, title: 'Complaint', body: 'Draft', reason: 'session' }],
  settings: [
    { key: 'person', value: { roles: ['Consultant anaesthetist'] } },
    { key: 'preferences', value: { theme: 'dark' } },
  ],
  assessments: [{ id: 'a1', frameworkId: 'mlcf', takenAt: T, takenOn: '2026-11-20', ratings: {} }],
  attachments: [{ id: 'f1', entryId: 'cc-1', name: 'letter.pdf', type: 'application/pdf', size: 3, addedAt: T }],
  goals: [{ id: 'g1', title: 'Lead a QI project', competencies: [], status: 'active', createdAt: T, updatedAt: T }],
  mentees: [{ menteeId: 'm1', displayName: 'Siân', receivedAt: T, updatedAt: T }],
  mentorComments: [
    { id: 'c1', menteeId: 'm1', target: { kind: 'summary' }, text: 'Good.', createdAt: T, updatedAt: T },
  ],
  suggestedGoals: [{ id: 's1', menteeId: 'm1', title: 'Teach it', competencies: [], createdAt: T }],
  feedback: [{ id: 'f1', target: { kind: 'summary' }, text: 'Thanks', receivedAt: T, updatedAt: T }],
  syncDocs: [{ id: 'entries:e1', table: 'entries', key: 'e1', rev: '1-a' }],
  syncMeta: [{ key: 'config', value: { url: 'https://couch.example/journal' } }],
};

const kinds = (records: readonly { id: string; kind: string }[]) =>
  Object.fromEntries(records.map((record) => [record.id, record.kind]));

describe('a journal made by version 8 opened by version 9', () => {
  it('finds every record intact, with compliments and complaints sorted where their words say which', async () => {
    const old = openAsVersion8(db().name);
    await writeAndClose(old, V8_RECORDS);

    await db().open();
    expect(db().verno).toBe(11);
    const { entries, ...rest } = V8_RECORDS;
    expect(await readTables(db(), rest)).toEqual(rest);
    const after = await db().table('entries').toArray();
    expect(kinds(after)).toEqual({
      'cc-1': 'complaint',
      'cc-2': 'compliment',
      'cc-3': 'compliment-complaint',
      'cc-4': 'compliment-complaint',
      'cc-5': 'compliment-complaint',
      'ref-1': 'reflection',
    });
    // Nothing but the kind changed.
    const withoutKind = (records: unknown[]) => records.map((record) => ({ ...(record as object), kind: undefined }));
    expect(withoutKind(after)).toEqual(withoutKind(entries ?? []));
  });
});

describe('a backup file written by version 8', () => {
  it('still imports, its compliments and complaints sorted as the upgrade sorts them', async () => {
    const file = {
      format: 'lantern-backup',
      version: 1,
      exportedAt: T,
      app: { name: 'Lantern', schemaVersion: 8 },
      tables: {
        entries: [complaint, compliment, unclear],
        revisions: [],
        settings: [],
        assessments: [],
        goals: [],
        attachments: [],
        mentees: [],
        mentorComments: [],
        suggestedGoals: [],
        feedback: [],
      },
    };
    const read = await readBackup(JSON.stringify(file));
    if (!read.ok) throw new Error(read.error.message);
    await applyImport(read.backup, 'replace');
    expect(kinds(await db().entries.toArray())).toEqual({
      'cc-1': 'complaint',
      'cc-2': 'compliment',
      'cc-3': 'compliment-complaint',
    });
  });
});
