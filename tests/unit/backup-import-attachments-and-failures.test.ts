import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyImport, BACKUP_TABLE_NAMES, type Backup, exportBackup, planImport, readBackup } from '../../lib/backup';
import { type LanternDB, setDb } from '../../lib/db';
import { MAX_REVISIONS } from '../../lib/entries/revisions';
import {
  anAttachment,
  anEntry,
  aRevision,
  backupOf,
  bytesOf,
  changes,
  failure,
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

describe('attachments in an import', () => {
  it('replace removes the files here that the backup does not have, and compares the rest by bytes', async () => {
    const backup = await backupOf(db, () =>
      db.attachments.bulkPut([anAttachment('same', [1, 2, 3]), anAttachment('edited', [4, 5, 6])]),
    );
    // Same details and size as in the backup, different bytes: only reading the files tells them apart.
    await db.attachments.bulkPut([
      anAttachment('same', [1, 2, 3]),
      anAttachment('edited', [4, 5, 7]),
      anAttachment('only-here', [8]),
    ]);

    const plan = await planImport(backup, 'replace');
    expect(plan.tables.attachments).toEqual(changes(0, 1, 1, 1));
    expect(await applyImport(backup, 'replace')).toEqual(plan);
    expect((await db.attachments.toArray()).map((attachment) => attachment.id).sort()).toEqual(['edited', 'same']);
    expect(await bytesOf(db, 'edited')).toEqual([4, 5, 6]);
    expect(await snapshot(db)).toEqual(await readableTables(backup.tables));
  });

  it("merge keeps this computer's files, and adds the backup's that are missing here", async () => {
    const backup = await backupOf(db, () =>
      db.attachments.bulkPut([anAttachment('shared', [1, 2, 3]), anAttachment('from-work', [9, 9])]),
    );
    await db.attachments.bulkPut([anAttachment('shared', [1, 2, 4]), anAttachment('from-home', [7])]);

    const plan = await planImport(backup, 'merge');
    expect(plan.tables.attachments).toEqual(changes(1, 0, 1));
    expect(await applyImport(backup, 'merge')).toEqual(plan);
    expect(await bytesOf(db, 'shared')).toEqual([1, 2, 4]);
    expect(await bytesOf(db, 'from-home')).toEqual([7]);
    expect(await bytesOf(db, 'from-work')).toEqual([9, 9]);
    const added = await db.attachments.get('from-work');
    expect(added).toMatchObject({ name: 'from-work.pdf', type: 'application/pdf', size: 2 });
    expect(added?.blob.type).toBe('application/pdf');

    // A second time, everything is already here.
    expect((await planImport(backup, 'merge')).tables.attachments).toEqual(changes(0, 0, 2));
  });

  it('imports nothing when one attachment is damaged, even alongside valid records', async () => {
    await db.entries.put(anEntry({ id: 'new' }));
    await db.attachments.put(anAttachment('scan', [1, 2, 3, 4]));
    const raw = JSON.parse((await exportBackup({ now: NOW })).text);
    raw.tables.attachments[0].data = 'AQIDBA=!';
    delete raw.digest; // edited by hand, as a file made before backups carried a digest
    await Promise.all(BACKUP_TABLE_NAMES.map((name) => db.table(name).clear()));
    await db.attachments.put(anAttachment('only-here', [8]));
    const before = await snapshot(db);
    expect(await readBackup(JSON.stringify(raw))).toMatchObject({
      ok: false,
      error: { where: 'tables.attachments[0].data' },
    });
    await expect(applyImport(raw, 'replace')).rejects.toThrow(
      'Nothing was imported: Attachment 1 “scan.pdf” (id scan) has damaged file data: it is not valid base64.',
    );
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('a backup handed to the import already read', () => {
  it('checks each attachment’s Blob against its size, and writes nothing if one differs', async () => {
    const backup = await backupOf(db, () => db.attachments.put(anAttachment('scan', [1, 2, 3])));
    expect(backup.tables.attachments[0]?.blob).toBeInstanceOf(Blob);
    const attachments = backup.tables.attachments.map((attachment) => ({ ...attachment, size: 4 }));
    const edited: Backup = { ...backup, tables: { ...backup.tables, attachments } };
    await db.attachments.put(anAttachment('here', [7]));
    const before = await snapshot(db);
    await expect(applyImport(edited, 'replace')).rejects.toThrow(
      'Nothing was imported: Attachment 1 “scan.pdf” (id scan) holds a file of 3 bytes, but its size says 4 bytes.',
    );
    expect(await snapshot(db)).toEqual(before);
    // Read once, the backup passes the same checks again unchanged.
    expect(await applyImport(backup, 'replace')).toMatchObject({ tables: { attachments: changes(1, 0, 0, 1) } });
  });
});

describe('revisions after an import', () => {
  const revisions = (entryId: string, count: number, from: number, body: string) =>
    Array.from({ length: count }, (_, i) => aRevision(entryId, { savedAt: from + i, body: `${body} ${i}` }));

  it(`keeps the last ${MAX_REVISIONS} of each entry, dropping the oldest, in merge`, async () => {
    const backup = await backupOf(db, () => db.revisions.bulkAdd(revisions('e1', 10, NOW + 1000, 'work')));
    await db.revisions.bulkAdd([...revisions('e1', 45, NOW, 'home'), ...revisions('e2', 3, NOW, 'other')]);

    const plan = await planImport(backup, 'merge');
    expect(plan).toMatchObject({ prunedRevisions: 5, tables: { revisions: changes(10, 0, 0) } });
    expect(await applyImport(backup, 'merge')).toEqual(plan);
    const kept = await db.revisions.where('entryId').equals('e1').sortBy('savedAt');
    expect(kept).toHaveLength(MAX_REVISIONS);
    expect(Math.min(...kept.map((revision) => revision.savedAt))).toBe(NOW + 5);
    expect(await db.revisions.where('entryId').equals('e2').count()).toBe(3);
  });

  it(`keeps the last ${MAX_REVISIONS} of each entry in replace, whatever the backup holds`, async () => {
    const backup = await backupOf(db, () => db.revisions.bulkAdd(revisions('e1', MAX_REVISIONS + 7, NOW, 'work')));
    const plan = await applyImport(backup, 'replace');
    expect(plan.prunedRevisions).toBe(7);
    const kept = await db.revisions.where('entryId').equals('e1').sortBy('savedAt');
    expect(kept.map((revision) => revision.body)).toEqual(
      Array.from({ length: MAX_REVISIONS }, (_, i) => `work ${i + 7}`),
    );
  });
});

describe('an import that fails part way', () => {
  async function journalAndBackup() {
    const backup = await backupOf(db, async () => {
      await db.entries.bulkPut([anEntry({ id: 'a', body: 'backup', updatedAt: NOW + 9 }), anEntry({ id: 'b' })]);
      await db.revisions.add(aRevision('a'));
      await db.settings.put({ key: 'mentee-id', value: 'mentee-at-work' });
      await db.assessments.put({
        id: 's1',
        frameworkId: 'mlcf',
        takenAt: NOW,
        takenOn: '2026-11-22',
        ratings: {},
        note: '',
      });
      await db.attachments.put(anAttachment('from-backup', [1, 2, 3]));
    });
    await db.entries.bulkPut([anEntry({ id: 'a', body: 'here' }), anEntry({ id: 'c' })]);
    await db.revisions.add(aRevision('c', { body: 'kept here' }));
    await db.settings.put({ key: 'preferences', value: { theme: 'light' } });
    await db.attachments.put(anAttachment('here', [4, 5]));
    return backup;
  }

  // Merge puts into five tables; replace clears and then puts each of the five (ten writes).
  it.each([
    ['merge', 1],
    ['merge', 2],
    ['merge', 5],
    ['replace', 1],
    ['replace', 2],
    ['replace', 5],
    ['replace', 8],
    ['replace', 10],
  ] as const)('leaves the database exactly as it was (%s, failing at write %i)', async (mode, failOn) => {
    const backup = await journalAndBackup();
    const before = await snapshot(db);
    Object.assign(failure, { armed: true, failOn, calls: 0 });
    await expect(applyImport(backup, mode)).rejects.toThrow('Disk full');
    failure.armed = false;
    expect(failure.calls).toBe(failOn);
    expect(await snapshot(db)).toEqual(before);
  });
});
