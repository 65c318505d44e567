import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDb, LanternDB, setDb } from '../../lib/db';
import { listJournal } from '../../lib/entries/repository';
import { Entry } from '../../lib/entries/schema';

/**
 * The schema exactly as release 0.1 shipped it. A database made by a previous release is built with
 * its frozen schema, filled, closed, then opened by today's LanternDB: every later version must
 * migrate it without losing anything. Add a block like this for each new version.
 */
function openAsVersion1(name: string): Dexie {
  const old = new Dexie(name);
  old.version(1).stores({
    entries: 'id, [occurredOn+createdAt], updatedAt, deletedAt, kind, *tags, *competencies',
    revisions: '++id, entryId, [entryId+savedAt]',
    settings: 'key',
  });
  return old;
}

const version1Entry = {
  id: 'entry-from-v1',
  title: 'Written with release 0.1',
  body: '## What happened\n\nA **difficult** handover.',
  kind: 'significant-event',
  occurredOn: '2026-11-20',
  createdAt: 1_763_600_000_000,
  updatedAt: 1_763_600_500_000,
  template: 'free',
  competencies: ['working-with-others'],
  tags: ['handover'],
  learningPoints: ['Use SBAR'],
  actions: [],
  starred: true,
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

describe('LanternDB', () => {
  it('opens a database made by version 1 and finds its entries, revisions and settings intact', async () => {
    const old = openAsVersion1(name);
    await old.open();
    await old.table('entries').put(version1Entry);
    await old.table('revisions').add({
      entryId: version1Entry.id,
      savedAt: 1_763_600_000_000,
      title: 'Earlier',
      body: 'Earlier text',
      reason: 'session',
    });
    await old.table('settings').put({ key: 'preferences', value: { theme: 'dark' } });
    old.close();

    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(1);
    const entry = await db.entries.get(version1Entry.id);
    expect(entry).toEqual(version1Entry);
    expect(Entry.safeParse(entry).success).toBe(true);
    expect(await db.revisions.where('entryId').equals(version1Entry.id).count()).toBe(1);
    expect(await db.settings.get('preferences')).toEqual({ key: 'preferences', value: { theme: 'dark' } });
    expect((await listJournal()).map((e) => e.id)).toEqual([version1Entry.id]);
    // Version 2 added self-assessments; version 3 attachments; version 4 goals.
    expect(db.verno).toBe(11);
    expect(await db.assessments.count()).toBe(0);
    expect(await db.attachments.count()).toBe(0);
    expect(await db.goals.count()).toBe(0);
  });

  it('keeps an entry across closing and reopening the database', async () => {
    await db.entries.put(Entry.parse(version1Entry));
    db.close();

    const reopened = new LanternDB(name);
    setDb(reopened);
    try {
      expect(await reopened.entries.get(version1Entry.id)).toEqual(version1Entry);
    } finally {
      reopened.close();
      db = reopened;
    }
  });

  it('finds entries by tag and competency, which can each hold several values', async () => {
    await db.entries.put(Entry.parse({ ...version1Entry, id: 'a', tags: ['handover', 'teaching'] }));
    await db.entries.put(Entry.parse({ ...version1Entry, id: 'b', tags: ['teaching'], competencies: [] }));
    expect((await db.entries.where('tags').equals('teaching').primaryKeys()).sort()).toEqual(['a', 'b']);
    expect(await db.entries.where('competencies').equals('working-with-others').primaryKeys()).toEqual(['a']);
  });

  it('gives a revision written without an id a random string one, never a number', async () => {
    const first = await db.revisions.add({ entryId: 'e', savedAt: 1, title: '', body: '', reason: 'session' });
    const second = await db.revisions.add({ entryId: 'e', savedAt: 2, title: '', body: '', reason: 'session' });
    expect(typeof first).toBe('string');
    expect(second).not.toBe(first);
    expect((await db.revisions.get(first))?.id).toBe(first);
  });
});

describe('getDb', () => {
  it('hands out the database set for tests', () => {
    expect(getDb()).toBe(db);
    const other = new LanternDB(`test-${crypto.randomUUID()}`);
    setDb(other);
    expect(getDb()).toBe(other);
    setDb(db);
  });
});
