import { describe, expect, it } from 'vitest';
import { listRevisions, restoreRevision } from '../../lib/entries/revisions';
import { Entry, Revision } from '../../lib/entries/schema';
import { CLEAR_FIELDS, loadVault, unlockJournal } from '../../lib/vault';
import { freshDbPerTest } from './fixtures/db';
import { openAsVersion5, sealAsVersion5, version5Vault } from './fixtures/version5';

const db = freshDbPerTest();
const T = 1_763_600_000_000;
const PASSPHRASE = 'correct horse battery';

const handover = Entry.parse({
  id: 'handover',
  title: 'A difficult handover',
  body: 'Used SBAR with the night team.',
  occurredOn: '2026-11-20',
  createdAt: T,
  updatedAt: T + 3,
  tags: ['handover'],
});
const clinic = Entry.parse({ ...handover, id: 'clinic', title: 'Clinic', body: 'Ran late.' });

/** Three numbered revisions, as version 5 gave them (no ids: IndexedDB numbered them 1, 2, 3). */
const numbered = [
  { entryId: 'handover', savedAt: T, title: 'A handover', body: 'First draft', reason: 'session' },
  { entryId: 'handover', savedAt: T + 1, title: 'A difficult handover', body: 'Second draft', reason: 'interval' },
  { entryId: 'clinic', savedAt: T + 2, title: 'Clinic', body: 'Ran very late', reason: 'conflict' },
] as const;

function withoutIds(revisions: readonly Revision[]): unknown[] {
  return revisions.map(({ id: _id, ...rest }) => rest).sort((a, b) => a.savedAt - b.savedAt);
}

describe('a journal made by version 5 opened by version 6', () => {
  it('gives every numbered revision a random string id, keeping its content and its entry', async () => {
    const old = openAsVersion5(db().name);
    await old.table('entries').bulkPut([handover, clinic]);
    expect(await old.table('revisions').bulkAdd([...numbered], { allKeys: true })).toEqual([1, 2, 3]);
    old.close();

    const revisions = await db().revisions.toArray();
    expect(db().verno).toBe(11);
    expect(withoutIds(revisions)).toEqual(numbered);
    expect(revisions.every((revision) => Revision.safeParse(revision).success)).toBe(true);
    expect(new Set(revisions.map((revision) => revision.id)).size).toBe(3);
    expect(await db().entries.get('handover')).toEqual(handover);
    expect((await listRevisions('handover')).map((revision) => revision.body)).toEqual(['Second draft', 'First draft']);

    const [latest] = await listRevisions('clinic');
    const restored = await restoreRevision('clinic', latest?.id ?? '', T + 10);
    expect(restored.body).toBe('Ran very late');
    expect((await db().revisions.toArray()).every((revision) => typeof revision.id === 'string')).toBe(true);
  });

  it('keeps sealed revisions sealed and openable with the passphrase, under their new ids', async () => {
    const old = openAsVersion5(db().name);
    const vault = await version5Vault(PASSPHRASE, 1000);
    await old.table('settings').put({ key: 'vault', value: vault.value });
    await old.table('entries').put(sealAsVersion5(handover, CLEAR_FIELDS.entries ?? [], vault));
    for (const revision of numbered)
      await old.table('revisions').add(sealAsVersion5(revision, CLEAR_FIELDS.revisions ?? [], vault));
    old.close();

    await loadVault(db());
    await unlockJournal(db(), PASSPHRASE);
    const revisions = await db().revisions.toArray();
    expect(withoutIds(revisions)).toEqual(numbered);
    expect(revisions.every((revision) => typeof revision.id === 'string')).toBe(true);
    expect(await db().entries.get('handover')).toEqual(handover);
  });
});
