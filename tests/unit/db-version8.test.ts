import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { loadPreferences } from '../../lib/settings/repository';
import { CLEAR_FIELDS, finishResealing, isSealed, loadVault, readVault, unlockJournal } from '../../lib/vault';
import { freshDbPerTest, readTables, writeAndClose } from './fixtures/db';
import { aStoredEntry } from './fixtures/entries';
import { sealAsVersion5, VERSION5_STORES, version5Vault } from './fixtures/version5';

/** Version 7's schema, frozen as it shipped: the last version keeping the person's details in `preferences`. */
function openAsVersion7(name: string): Dexie {
  const old = new Dexie(name);
  old.version(7).stores({ ...VERSION5_STORES, syncDocs: 'id, [table+key]', syncMeta: 'key' });

  return old;
}

const db = freshDbPerTest();
const T = 1_763_600_000_000;
const PASSPHRASE = 'correct horse battery';
const entry = aStoredEntry({ title: 'Chaired the rota meeting', body: 'Kept to time.', role: 'Rota lead' });
const person = {
  roles: ['Consultant anaesthetist', 'Educational supervisor'],
  appraisalDate: '2027-03-01',
  revalidationDate: '2029-09-30',
  cpdTarget: 40,
  activeFramework: 'mlcf',
};
const device = { theme: 'dark', fontSize: 'large', welcomed: true, autoLockMinutes: 5, lastBackupAt: T };

/** One record in every table, as version 7 held them. */
const V7_RECORDS: Record<string, unknown[]> = {
  entries: [entry],
  revisions: [{ id: 'rev-1', entryId: entry.id, savedAt: T, title: 'Rota', body: 'First draft', reason: 'session' }],
  settings: [
    { key: 'mentee-id', value: 'mentee-7' },
    { key: 'preferences', value: { ...device, ...person } },
  ],
  assessments: [{ id: 'a1', frameworkId: 'mlcf', takenAt: T, takenOn: '2026-11-20', ratings: {} }],
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

describe('a journal made by version 7 opened by version 8', () => {
  it('finds every record intact, the person’s details moved to a setting of their own', async () => {
    const old = openAsVersion7(db().name);
    await writeAndClose(old, V7_RECORDS);

    await db().open();
    expect(db().verno).toBe(11);
    const { settings, ...rest } = V7_RECORDS;
    expect(await readTables(db(), rest)).toEqual(rest);
    expect(await db().settings.toArray()).toEqual([
      { key: 'mentee-id', value: 'mentee-7' },
      { key: 'person', value: person },
      { key: 'preferences', value: device },
    ]);
    expect(await loadPreferences()).toEqual({ ...device, ...person });
  });

  it('with a passphrase, leaves the details readable only with it, sealing them at the next unlock', async () => {
    const old = openAsVersion7(db().name);
    const vault = await version5Vault(PASSPHRASE, 1000);
    await old.table('settings').bulkPut([
      { key: 'vault', value: vault.value },
      { key: 'preferences', value: { ...device, ...person } },
    ]);
    await old.table('entries').put(sealAsVersion5(entry, CLEAR_FIELDS.entries ?? [], vault));
    old.close();

    await loadVault(db());
    // Locked: the page still has its theme and lock timeout, and nothing of the person.
    expect(await loadPreferences()).toMatchObject({ theme: 'dark', autoLockMinutes: 5, roles: [] });
    await unlockJournal(db(), PASSPHRASE);
    await finishResealing(db());

    expect(await loadPreferences()).toEqual({ ...device, ...person });
    expect(await db().entries.get(entry.id)).toEqual(entry);
    expect(await readVault(db())).toMatchObject({ version: 3, resealing: false });
    const raw = new Dexie(db().name);
    await raw.open();
    const stored = await raw.table('settings').get('person');
    raw.close();
    expect(isSealed(stored)).toBe(true);
    expect(JSON.stringify(stored)).not.toContain('anaesthetist');
  });
});
