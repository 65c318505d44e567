import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { wellbeingFor } from '../../lib/appraisal-notes/repository';
import { applyImport, readBackup } from '../../lib/backup';
import { freshDbPerTest, readTables, writeAndClose } from './fixtures/db';
import { aStoredEntry } from './fixtures/entries';
import { VERSION5_STORES } from './fixtures/version5';

/** Version 10's schema, frozen as it shipped: the last before the wellbeing reflection's export choice. */
function openAsVersion10(name: string): Dexie {
  const old = new Dexie(name);
  old.version(10).stores({
    ...VERSION5_STORES,
    syncDocs: 'id, [table+key]',
    syncMeta: 'key',
    appraisalNotes: 'id, periodEnd',
  });
  return old;
}

const db = freshDbPerTest();
const T = 1_763_600_000_000;
const YEAR = '2026-03-31';

const V10_RECORDS: Record<string, unknown[]> = {
  entries: [aStoredEntry({ id: 'e1', title: 'Teaching the FY1s' })],
  settings: [{ key: 'person', value: { roles: ['Consultant anaesthetist'], probityDeclaredOn: '2026-01-04' } }],
  appraisalNotes: [
    { id: `${YEAR}:cpd`, periodEnd: YEAR, sectionId: 'cpd', text: 'Too little on leadership.', updatedAt: T },
    // Written before the choice existed: it stays private.
    { id: `${YEAR}:health-wellbeing`, periodEnd: YEAR, sectionId: 'health-wellbeing', text: 'Tired.', updatedAt: T },
    { id: '2027-03-31:cpd', periodEnd: '2027-03-31', sectionId: 'cpd', sealed: 'ciphertext', updatedAt: T },
  ],
};

describe('a journal made by version 10 opened by version 11', () => {
  it('finds every record intact, and a wellbeing reflection written before stays out of exports', async () => {
    const old = openAsVersion10(db().name);
    await writeAndClose(old, V10_RECORDS);

    await db().open();
    expect(db().verno).toBe(11);
    expect(await readTables(db(), V10_RECORDS)).toEqual(V10_RECORDS);
    expect(await wellbeingFor(YEAR)).toEqual({ text: 'Tired.', includeInExports: false });
  });
});

describe('a backup file written by version 10', () => {
  it('still imports its reflections, the wellbeing one left out of exports', async () => {
    const empty = { revisions: [], settings: [], assessments: [], goals: [], attachments: [] };
    const mentoring = { mentees: [], mentorComments: [], suggestedGoals: [], feedback: [] };
    const file = {
      format: 'lantern-backup',
      version: 1,
      exportedAt: T,
      app: { name: 'Lantern', schemaVersion: 10 },
      tables: { entries: [], ...empty, ...mentoring, appraisalNotes: V10_RECORDS.appraisalNotes?.slice(0, 2) },
    };
    const read = await readBackup(JSON.stringify(file));
    if (!read.ok) throw new Error(read.error.message);
    await applyImport(read.backup, 'replace');
    expect(await wellbeingFor(YEAR)).toEqual({ text: 'Tired.', includeInExports: false });
  });
});
