import type { DBCore, DBCoreMutateRequest } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Attachment } from '../../lib/attachments/schema';
import { applyImport, BACKUP_TABLE_NAMES, type Backup, exportBackup, planImport, readBackup } from '../../lib/backup';
import { LanternDB, setDb } from '../../lib/db';
import { MAX_REVISIONS } from '../../lib/entries/revisions';
import { Entry, type EntryInput, type Revision } from '../../lib/entries/schema';
import { readable } from './fixtures/snapshot';

const NOW = Date.UTC(2026, 10, 22, 12, 0);
let db: LanternDB;
/** Arms a failure on the nth write request (put, delete or clear) of the next import. */
const failure = { armed: false, failOn: 1, calls: 0 };

function anEntry(overrides: Partial<EntryInput> = {}): Entry {
  return Entry.parse({
    id: crypto.randomUUID(),
    title: 'Clinic',
    body: 'Reflection after clinic.',
    occurredOn: '2026-11-22',
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  });
}

function aRevision(entryId: string, overrides: Partial<Revision> = {}): Revision {
  return {
    id: crypto.randomUUID(),
    entryId,
    savedAt: NOW,
    title: 'Clinic',
    body: 'earlier text',
    reason: 'session',
    ...overrides,
  };
}

function anAttachment(id: string, bytes: number[], overrides: Partial<Attachment> = {}): Attachment {
  return {
    id,
    entryId: 'e1',
    name: `${id}.pdf`,
    type: 'application/pdf',
    size: bytes.length,
    addedAt: NOW,
    blob: new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }),
    ...overrides,
  };
}

async function bytesOf(id: string): Promise<number[] | undefined> {
  const attachment = await db.attachments.get(id);
  return attachment && [...new Uint8Array(await attachment.blob.arrayBuffer())];
}

/** Makes a backup of `seed` on a separate "computer", then clears it: the doctor's other browser. */
async function backupOf(seed: () => Promise<unknown>): Promise<Backup> {
  await seed();
  const result = await readBackup((await exportBackup({ now: NOW })).text);
  if (!result.ok) throw new Error(result.error.message);
  await Promise.all(BACKUP_TABLE_NAMES.map((name) => db.table(name).clear()));
  return result.backup;
}

async function readableTables(tables: Record<string, readonly unknown[]>): Promise<Record<string, unknown[]>> {
  const lists = await Promise.all(BACKUP_TABLE_NAMES.map((name) => Promise.all((tables[name] ?? []).map(readable))));
  return Object.fromEntries(BACKUP_TABLE_NAMES.map((name, i) => [name, lists[i] ?? []]));
}

async function snapshot(): Promise<Record<string, unknown[]>> {
  const lists = await Promise.all(BACKUP_TABLE_NAMES.map((name) => db.table(name).toArray()));
  return readableTables(Object.fromEntries(BACKUP_TABLE_NAMES.map((name, i) => [name, lists[i] ?? []])));
}

const changes = (add: number, update: number, unchanged: number, remove = 0) => ({
  add,
  update,
  unchanged,
  delete: remove,
});

beforeEach(() => {
  db = new LanternDB(`test-${crypto.randomUUID()}`);
  Object.assign(failure, { armed: false, failOn: 1, calls: 0 });
  // A storage failure part way through an import: every write request after the nth is refused.
  db.use({
    stack: 'dbcore',
    name: 'fail-nth-write',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request: DBCoreMutateRequest) => {
            if (failure.armed && ++failure.calls >= failure.failOn) return Promise.reject(new Error('Disk full'));
            return table.mutate(request);
          },
        };
      },
    }),
  });
  setDb(db);
});

afterEach(async () => {
  await db.delete();
});

describe('merging a backup from another computer', () => {
  it('adds what is missing here and leaves the rest of this journal alone', async () => {
    const work = anEntry({ title: 'Written at work' });
    const backup = await backupOf(() => db.entries.put(work));
    const home = anEntry({ title: 'Written at home' });
    await db.entries.put(home);

    const before = await snapshot();
    const plan = await planImport(backup, 'merge');
    expect(plan.tables.entries).toEqual(changes(1, 0, 0));
    expect(await snapshot()).toEqual(before);
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
      const backup = await backupOf(() => db.entries.put(anEntry({ id, body: 'work', updatedAt: workTime })));
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
    const backup = await backupOf(() => db.entries.put(anEntry({ id, tags: ['audit'], updatedAt: NOW + 5 })));
    await db.entries.put(anEntry({ id, learningPoints: ['Check the drug chart'] }));
    const plan = await applyImport(backup, 'merge');
    expect(plan).toMatchObject({ keptAsRevision: 1, tables: { entries: changes(0, 1, 0) } });
    expect((await db.entries.get(id))?.tags).toEqual(['audit']);
    const [kept] = await db.revisions.toArray();
    expect(kept?.fields?.learningPoints).toEqual(['Check the drug chart']);
  });

  it('keeps no revision when the two versions differ only in when they were saved', async () => {
    const id = 'shared-entry';
    const backup = await backupOf(() => db.entries.put(anEntry({ id, updatedAt: NOW + 5 })));
    await db.entries.put(anEntry({ id }));
    const plan = await applyImport(backup, 'merge');
    expect(plan).toMatchObject({ keptAsRevision: 0, tables: { entries: changes(0, 1, 0) } });
  });

  it('changes nothing when the same backup is imported twice', async () => {
    const id = 'shared-entry';
    const backup = await backupOf(async () => {
      await db.entries.put(anEntry({ id, body: 'work', updatedAt: NOW + 20 }));
      await db.revisions.add(aRevision(id));
    });
    await db.entries.put(anEntry({ id, body: 'home', updatedAt: NOW + 10 }));
    await applyImport(backup, 'merge');
    const once = await snapshot();

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
    expect(await snapshot()).toEqual(once);
  });

  it('keeps revisions from both computers even when their ids collide', async () => {
    const backup = await backupOf(() => db.revisions.add(aRevision('e1', { id: 'same-id', body: 'from work' })));
    await db.revisions.add(aRevision('e1', { id: 'same-id', body: 'from home' }));

    const plan = await applyImport(backup, 'merge');
    expect(plan.tables.revisions).toEqual(changes(1, 0, 0));
    const revisions = await db.revisions.toArray();
    expect(revisions.map((revision) => revision.body).sort()).toEqual(['from home', 'from work']);
    expect(revisions.find((revision) => revision.body === 'from home')?.id).toBe('same-id');
    expect(revisions.every((revision) => typeof revision.id === 'string')).toBe(true);
  });

  it('imports a backup made before revisions had string ids, giving each one', async () => {
    const backup = await backupOf(async () => {
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
    const backup = await backupOf(async () => {
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
    const backup = await backupOf(() =>
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
    const backup = await backupOf(async () => {
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
    expect(await snapshot()).toEqual(await readableTables(backup.tables));
  });
});

describe('attachments in an import', () => {
  it('replace removes the files here that the backup does not have, and compares the rest by bytes', async () => {
    const backup = await backupOf(() =>
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
    expect(await bytesOf('edited')).toEqual([4, 5, 6]);
    expect(await snapshot()).toEqual(await readableTables(backup.tables));
  });

  it("merge keeps this computer's files, and adds the backup's that are missing here", async () => {
    const backup = await backupOf(() =>
      db.attachments.bulkPut([anAttachment('shared', [1, 2, 3]), anAttachment('from-work', [9, 9])]),
    );
    await db.attachments.bulkPut([anAttachment('shared', [1, 2, 4]), anAttachment('from-home', [7])]);

    const plan = await planImport(backup, 'merge');
    expect(plan.tables.attachments).toEqual(changes(1, 0, 1));
    expect(await applyImport(backup, 'merge')).toEqual(plan);
    expect(await bytesOf('shared')).toEqual([1, 2, 4]);
    expect(await bytesOf('from-home')).toEqual([7]);
    expect(await bytesOf('from-work')).toEqual([9, 9]);
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
    const before = await snapshot();
    expect(await readBackup(JSON.stringify(raw))).toMatchObject({
      ok: false,
      error: { where: 'tables.attachments[0].data' },
    });
    await expect(applyImport(raw, 'replace')).rejects.toThrow(
      'Nothing was imported: Attachment 1 “scan.pdf” (id scan) has damaged file data: it is not valid base64.',
    );
    expect(await snapshot()).toEqual(before);
  });
});

describe('a backup handed to the import already read', () => {
  it('checks each attachment’s Blob against its size, and writes nothing if one differs', async () => {
    const backup = await backupOf(() => db.attachments.put(anAttachment('scan', [1, 2, 3])));
    expect(backup.tables.attachments[0]?.blob).toBeInstanceOf(Blob);
    const attachments = backup.tables.attachments.map((attachment) => ({ ...attachment, size: 4 }));
    const edited: Backup = { ...backup, tables: { ...backup.tables, attachments } };
    await db.attachments.put(anAttachment('here', [7]));
    const before = await snapshot();
    await expect(applyImport(edited, 'replace')).rejects.toThrow(
      'Nothing was imported: Attachment 1 “scan.pdf” (id scan) holds a file of 3 bytes, but its size says 4 bytes.',
    );
    expect(await snapshot()).toEqual(before);
    // Read once, the backup passes the same checks again unchanged.
    expect(await applyImport(backup, 'replace')).toMatchObject({ tables: { attachments: changes(1, 0, 0, 1) } });
  });
});

describe('revisions after an import', () => {
  const revisions = (entryId: string, count: number, from: number, body: string) =>
    Array.from({ length: count }, (_, i) => aRevision(entryId, { savedAt: from + i, body: `${body} ${i}` }));

  it(`keeps the last ${MAX_REVISIONS} of each entry, dropping the oldest, in merge`, async () => {
    const backup = await backupOf(() => db.revisions.bulkAdd(revisions('e1', 10, NOW + 1000, 'work')));
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
    const backup = await backupOf(() => db.revisions.bulkAdd(revisions('e1', MAX_REVISIONS + 7, NOW, 'work')));
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
    const backup = await backupOf(async () => {
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
    const before = await snapshot();
    Object.assign(failure, { armed: true, failOn, calls: 0 });
    await expect(applyImport(backup, mode)).rejects.toThrow('Disk full');
    failure.armed = false;
    expect(failure.calls).toBe(failOn);
    expect(await snapshot()).toEqual(before);
  });
});
