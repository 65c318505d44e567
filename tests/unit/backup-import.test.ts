import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyImport, planImport, readBackup } from '../../lib/backup';
import { LanternDB, setDb } from '../../lib/db';
import {
  anEntry,
  aRevision,
  backupOf,
  changes,
  NOW,
  openFailingDb,
  readableTables,
  snapshot,
} from './fixtures/backup-import';

let db: LanternDB;

beforeEach(() => {
  db = openFailingDb();
  setDb(db);
});

afterEach(async () => {
  await db.delete();
});

describe('merging a backup from another computer', () => {
  it('adds what is missing here and leaves the rest of this journal alone', async () => {
    const work = anEntry({ title: 'Written at work' });
    const backup = await backupOf(db, () => db.entries.put(work));
    const home = anEntry({ title: 'Written at home' });
    await db.entries.put(home);

    const before = await snapshot(db);
    const plan = await planImport(backup, 'merge');
    expect(plan.tables.entries).toEqual(changes(1, 0, 0));
    expect(await snapshot(db)).toEqual(before);
    expect(await applyImport(backup, 'merge')).toEqual(plan);
    expect(await db.entries.toArray()).toEqual(expect.arrayContaining([work, home]));
    expect(await db.entries.count()).toBe(2);
  });

  it.each([
    ['the backup is newer', NOW + 20, NOW + 10, 'work', 'home'],
    ['this computer is newer', NOW + 10, NOW + 20, 'home', 'work'],
  ])(
    'keeps the newer text when %s, and the other as a conflict revision',
    async (_, workTime, homeTime, kept, lost) => {
      const id = 'shared-entry';
      const backup = await backupOf(db, () => db.entries.put(anEntry({ id, body: 'work', updatedAt: workTime })));
      await db.entries.put(anEntry({ id, body: 'home', updatedAt: homeTime }));

      const plan = await applyImport(backup, 'merge');
      expect(plan.keptAsRevision).toBe(1);
      expect(plan.tables.entries).toEqual(kept === 'work' ? changes(0, 1, 0) : changes(0, 0, 1));
      expect((await db.entries.get(id))?.body).toBe(kept);
      expect(await db.revisions.toArray()).toEqual([
        expect.objectContaining({ entryId: id, body: lost, reason: 'conflict', savedAt: Math.min(workTime, homeTime) }),
      ]);
    },
  );

  it('keeps the losing version whole when only its details differ, not its text', async () => {
    const id = 'shared-entry';
    const backup = await backupOf(db, () => db.entries.put(anEntry({ id, tags: ['audit'], updatedAt: NOW + 5 })));
    await db.entries.put(anEntry({ id, learningPoints: ['Check the drug chart'] }));
    const plan = await applyImport(backup, 'merge');
    expect(plan).toMatchObject({ keptAsRevision: 1, tables: { entries: changes(0, 1, 0) } });
    expect((await db.entries.get(id))?.tags).toEqual(['audit']);
    const [kept] = await db.revisions.toArray();
    expect(kept?.fields?.learningPoints).toEqual(['Check the drug chart']);
  });

  it('keeps no revision when the two versions differ only in when they were saved', async () => {
    const id = 'shared-entry';
    const backup = await backupOf(db, () => db.entries.put(anEntry({ id, updatedAt: NOW + 5 })));
    await db.entries.put(anEntry({ id }));
    const plan = await applyImport(backup, 'merge');
    expect(plan).toMatchObject({ keptAsRevision: 0, tables: { entries: changes(0, 1, 0) } });
  });

  it('changes nothing when the same backup is imported twice', async () => {
    const id = 'shared-entry';
    const backup = await backupOf(db, async () => {
      await db.entries.put(anEntry({ id, body: 'work', updatedAt: NOW + 20 }));
      await db.revisions.add(aRevision(id));
    });
    await db.entries.put(anEntry({ id, body: 'home', updatedAt: NOW + 10 }));
    await applyImport(backup, 'merge');
    const once = await snapshot(db);

    const again = await planImport(backup, 'merge');
    expect(again).toEqual({
      mode: 'merge',
      keptAsRevision: 0,
      prunedRevisions: 0,
      tables: {
        entries: changes(0, 0, 1),
        revisions: changes(0, 0, 1),
        settings: changes(0, 0, 0),
        assessments: changes(0, 0, 0),
        goals: changes(0, 0, 0),
        attachments: changes(0, 0, 0),
        mentees: changes(0, 0, 0),
        mentorComments: changes(0, 0, 0),
        suggestedGoals: changes(0, 0, 0),
        feedback: changes(0, 0, 0),
        appraisalNotes: changes(0, 0, 0),
      },
    });
    await applyImport(backup, 'merge');
    expect(await snapshot(db)).toEqual(once);
  });

  it('keeps revisions from both computers even when their ids collide', async () => {
    const backup = await backupOf(db, () => db.revisions.add(aRevision('e1', { id: 'same-id', body: 'from work' })));
    await db.revisions.add(aRevision('e1', { id: 'same-id', body: 'from home' }));

    const plan = await applyImport(backup, 'merge');
    expect(plan.tables.revisions).toEqual(changes(1, 0, 0));
    const revisions = await db.revisions.toArray();
    expect(revisions.map((revision) => revision.body).sort()).toEqual(['from home', 'from work']);
    expect(revisions.find((revision) => revision.body === 'from home')?.id).toBe('same-id');
    expect(revisions.every((revision) => typeof revision.id === 'string')).toBe(true);
  });

  it('imports a backup made before revisions had string ids, giving each one', async () => {
    const backup = await backupOf(db, async () => {
      await db.entries.put(anEntry({ id: 'e1' }));
      await db.revisions.add(aRevision('e1', { body: 'numbered' }));
    });
    const file = JSON.parse(JSON.stringify(backup));
    file.tables.revisions[0].id = 7;
    const read = await readBackup(JSON.stringify(file));
    if (!read.ok) throw new Error(read.error.message);
    await applyImport(read.backup, 'replace');
    const [revision] = await db.revisions.toArray();
    expect(revision).toMatchObject({ entryId: 'e1', body: 'numbered' });
    expect(typeof revision?.id).toBe('string');
  });

  it('keeps a conflict revision beside the revisions the backup brings, overwriting none', async () => {
    const backup = await backupOf(db, async () => {
      await db.entries.put(anEntry({ id: 'a', body: 'work', updatedAt: NOW + 20 }));
      await db.revisions.add(aRevision('a', { body: 'older' }));
    });
    await db.delete();
    db = new LanternDB(`test-${crypto.randomUUID()}`);
    setDb(db);
    await db.entries.put(anEntry({ id: 'a', body: 'home', updatedAt: NOW + 10 }));

    await applyImport(backup, 'merge');
    const revisions = await db.revisions.orderBy('[entryId+savedAt]').toArray();
    expect(revisions.map(({ body, reason }) => ({ body, reason }))).toEqual([
      { body: 'older', reason: 'session' },
      { body: 'home', reason: 'conflict' },
    ]);
  });

  it("keeps this computer's preferences and adds settings it does not have", async () => {
    const backup = await backupOf(db, () =>
      db.settings.bulkPut([
        { key: 'preferences', value: { theme: 'dark' } },
        { key: 'mentee-id', value: 'mentee-at-work' },
      ]),
    );
    await db.settings.put({ key: 'preferences', value: { theme: 'light' } });
    const plan = await applyImport(backup, 'merge');
    expect(plan.tables.settings).toEqual(changes(1, 0, 1));
    expect(await db.settings.toArray()).toEqual([
      { key: 'mentee-id', value: 'mentee-at-work' },
      { key: 'preferences', value: { theme: 'light' } },
    ]);
  });
});

describe('replacing the journal with a backup', () => {
  it('makes every table exactly what the backup holds, and says what goes', async () => {
    const kept = anEntry({ id: 'kept', body: 'as in the backup' });
    const backup = await backupOf(db, async () => {
      await db.entries.put(kept);
      await db.revisions.add(aRevision('kept'));
      await db.settings.put({ key: 'preferences', value: { theme: 'dark' } });
    });
    await db.entries.bulkPut([anEntry({ id: 'kept', body: 'changed here', updatedAt: NOW + 99 }), anEntry()]);
    await db.revisions.bulkAdd([aRevision('other'), aRevision('other', { body: 'more' })]);
    await db.settings.put({ key: 'preferences', value: { theme: 'dark' } });

    const plan = await planImport(backup, 'replace');
    expect(plan).toEqual({
      mode: 'replace',
      keptAsRevision: 0,
      prunedRevisions: 0,
      tables: {
        entries: changes(0, 1, 0, 1),
        revisions: changes(1, 0, 0, 2),
        settings: changes(0, 0, 1, 0),
        assessments: changes(0, 0, 0, 0),
        goals: changes(0, 0, 0),
        attachments: changes(0, 0, 0, 0),
        mentees: changes(0, 0, 0, 0),
        mentorComments: changes(0, 0, 0, 0),
        suggestedGoals: changes(0, 0, 0, 0),
        feedback: changes(0, 0, 0, 0),
        appraisalNotes: changes(0, 0, 0, 0),
      },
    });
    expect(await applyImport(backup, 'replace')).toEqual(plan);
    expect(await snapshot(db)).toEqual(await readableTables(backup.tables));
  });
});
