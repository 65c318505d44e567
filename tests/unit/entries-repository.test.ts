import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LanternDB, setDb } from '../../lib/db';
import {
  countRevisions,
  deleteForever,
  draftEntry,
  emptyTrash,
  getEntry,
  JOURNAL_SLICE,
  listJournal,
  listNewestEntries,
  listTrash,
  moveToTrash,
  purgeExpiredTrash,
  putEntry,
  readJournalUnless,
  restoreFromTrash,
  saveEntryText,
} from '../../lib/entries/repository';
import { type Entry, type EntryInput, MAX_TITLE_LENGTH, TRASH_DAYS } from '../../lib/entries/schema';
import { anEntryInput, aStoredEntry, FIXTURE_NOW } from './fixtures/entries';

const DAY_MS = 24 * 60 * 60 * 1000;
const NOW = FIXTURE_NOW;

let db: LanternDB;
const anEntry = anEntryInput;

/** Writes an entry and returns it as the editor would have loaded it. */
async function stored(overrides: Partial<EntryInput> = {}): Promise<Entry> {
  return putEntry(anEntry(overrides));
}

const titles = (entries: Entry[]) => entries.map((entry) => entry.title);

beforeEach(() => {
  db = new LanternDB(`test-${crypto.randomUUID()}`);
  setDb(db);
});

afterEach(async () => {
  await db.delete();
});

describe('drafts', () => {
  it('does not store a new entry until it is first saved', async () => {
    const draft = draftEntry({ title: 'Thoughts after clinic' }, NOW);
    expect(await getEntry(draft.id)).toBeUndefined();
    expect(await listJournal()).toEqual([]);

    await saveEntryText(draft, { body: 'It went well.' }, NOW + 1000);
    const saved = await getEntry(draft.id);
    expect(saved?.title).toBe('Thoughts after clinic');
    expect(saved?.body).toBe('It went well.');
  });

  it('dates a draft today in local time and fills in the defaults', () => {
    const at = new Date(2026, 10, 22, 23, 30).getTime();
    const draft = draftEntry({}, at);
    expect(draft).toMatchObject({
      title: '',
      body: '',
      occurredOn: '2026-11-22',
      createdAt: at,
      updatedAt: at,
      kind: 'reflection',
      tags: [],
      starred: false,
    });
    expect(draft.deletedAt).toBeUndefined();
  });

  it('gives every draft its own id', () => {
    expect(draftEntry().id).not.toBe(draftEntry().id);
  });

  it('refuses a draft with an impossible date', () => {
    expect(() => draftEntry({ occurredOn: '2026-02-30' })).toThrow();
  });
});

describe('saveEntryText', () => {
  it('writes the new text and moves updatedAt on', async () => {
    const entry = await stored({ title: 'Before', body: 'Old text' });
    const { entry: saved, conflict } = await saveEntryText(entry, { title: 'After', body: 'New text' }, NOW + 5000);
    expect(conflict).toBe(false);
    expect(saved.updatedAt).toBe(NOW + 5000);
    expect(await getEntry(entry.id)).toEqual(saved);
    expect(saved).toMatchObject({ title: 'After', body: 'New text', createdAt: NOW });
  });

  it('moves updatedAt forward even when the clock has not', async () => {
    const entry = await stored({ updatedAt: NOW });
    const { entry: saved } = await saveEntryText(entry, { body: 'quick edit' }, NOW - 60_000);
    expect(saved.updatedAt).toBe(NOW + 1);
  });

  it('saves again and again from the entry each save returns, without conflicts', async () => {
    let base = await stored();
    for (const [i, body] of ['a', 'ab', 'abc'].entries()) {
      const result = await saveEntryText(base, { body }, NOW + i + 1);
      expect(result.conflict).toBe(false);
      base = result.entry;
    }
    expect((await getEntry(base.id))?.body).toBe('abc');
    expect(await countRevisions(base.id)).toBe(0);
  });

  it('keeps the Trash state another window set while the editor was open', async () => {
    const entry = await stored();
    await moveToTrash(entry.id, NOW + 1000);
    const { entry: saved, conflict } = await saveEntryText(entry, { body: 'still typing' }, NOW + 2000);
    expect(conflict).toBe(false);
    expect(saved.deletedAt).toBe(NOW + 1000);
    expect((await getEntry(entry.id))?.deletedAt).toBe(NOW + 1000);
    expect((await getEntry(entry.id))?.body).toBe('still typing');
  });

  it('detects that another window saved meanwhile and keeps its version as a conflict revision', async () => {
    const base = await stored({ title: 'Shared', body: 'Original' });
    // Another window saves its own text first.
    await saveEntryText(base, { body: 'Written in the other window' }, NOW + 1000);

    const { entry: saved, conflict } = await saveEntryText(base, { body: 'Written here' }, NOW + 2000);
    expect(conflict).toBe(true);
    expect(saved.body).toBe('Written here');
    expect((await getEntry(base.id))?.body).toBe('Written here');

    const revisions = await db.revisions.where('entryId').equals(base.id).toArray();
    expect(revisions).toEqual([
      expect.objectContaining({
        entryId: base.id,
        reason: 'conflict',
        title: 'Shared',
        body: 'Written in the other window',
        savedAt: NOW + 1000,
      }),
    ]);
    expect(await countRevisions(base.id)).toBe(1);
  });

  it('writes back an entry that was deleted for good while the editor was open', async () => {
    const entry = await stored({ title: 'Keep me' });
    await deleteForever(entry.id);
    const { entry: saved, conflict } = await saveEntryText(entry, { body: 'The text I was typing' }, NOW + 1000);
    expect(conflict).toBe(false);
    expect(await getEntry(entry.id)).toEqual(saved);
    expect(saved).toMatchObject({ title: 'Keep me', body: 'The text I was typing' });
  });

  it('rejects a title over the maximum length and writes nothing', async () => {
    const entry = await stored({ title: 'Short', body: 'Kept' });
    await expect(saveEntryText(entry, { title: 'x'.repeat(MAX_TITLE_LENGTH + 1) }, NOW + 1000)).rejects.toMatchObject({
      name: 'ZodError',
    });
    expect(await getEntry(entry.id)).toEqual(entry);
  });

  it('accepts a title of exactly the maximum length', async () => {
    const entry = await stored();
    const title = 'x'.repeat(MAX_TITLE_LENGTH);
    await saveEntryText(entry, { title }, NOW + 1000);
    expect((await getEntry(entry.id))?.title).toBe(title);
  });
});

describe('putEntry', () => {
  it('stores a valid entry with its defaults filled in', async () => {
    const entry = await stored({ kind: 'cpd', cpdHours: 1.5 });
    expect(await getEntry(entry.id)).toMatchObject({ kind: 'cpd', cpdHours: 1.5, tags: [], competencies: [] });
  });

  it.each<[string, Partial<EntryInput>]>([
    ['a title over 300 characters', { title: 'x'.repeat(MAX_TITLE_LENGTH + 1) }],
    ['an impossible date', { occurredOn: '2026-02-30' }],
    ['a date in another format', { occurredOn: '22/11/2026' }],
    ['an unknown kind', { kind: 'diary' as EntryInput['kind'] }],
    ['negative CPD hours', { cpdHours: -1 }],
    ['an empty id', { id: '' }],
  ])('rejects %s and writes nothing', async (_, overrides) => {
    const entry = anEntry(overrides);
    await expect(putEntry(entry)).rejects.toThrow();
    expect(await db.entries.count()).toBe(0);
  });
});

describe('Trash', () => {
  it('takes an entry out of the journal when it is moved to Trash', async () => {
    const keep = await stored({ title: 'Keep' });
    const bin = await stored({ title: 'Bin' });
    await moveToTrash(bin.id, NOW);
    expect(titles(await listJournal())).toEqual(['Keep']);
    expect(titles(await listTrash())).toEqual(['Bin']);
    expect((await getEntry(keep.id))?.deletedAt).toBeUndefined();
  });

  it('lists Trash with the most recently deleted first', async () => {
    const first = await stored({ title: 'Deleted first' });
    const last = await stored({ title: 'Deleted last' });
    const middle = await stored({ title: 'Deleted in between' });
    await moveToTrash(first.id, NOW + 1);
    await moveToTrash(middle.id, NOW + 2);
    await moveToTrash(last.id, NOW + 3);
    expect(titles(await listTrash())).toEqual(['Deleted last', 'Deleted in between', 'Deleted first']);
  });

  it('puts a restored entry back in the journal with its text intact', async () => {
    const entry = await stored({ title: 'Oops', body: 'Important' });
    await moveToTrash(entry.id, NOW);
    await restoreFromTrash(entry.id);
    const restored = await getEntry(entry.id);
    expect(restored).toEqual(entry);
    expect(restored && 'deletedAt' in restored).toBe(false);
    expect(titles(await listJournal())).toEqual(['Oops']);
    expect(await listTrash()).toEqual([]);
  });

  it('does nothing when restoring an entry that no longer exists', async () => {
    await expect(restoreFromTrash('missing')).resolves.toBeUndefined();
    expect(await db.entries.count()).toBe(0);
  });

  it('empties Trash for good, with the revisions of those entries, and leaves the journal alone', async () => {
    const keep = await stored({ title: 'Keep' });
    const binned = await stored({ title: 'Bin' });
    await db.revisions.add({ entryId: keep.id, savedAt: NOW, title: 'k', body: 'k', reason: 'session' });
    await db.revisions.add({ entryId: binned.id, savedAt: NOW, title: 'b', body: 'b', reason: 'session' });
    await moveToTrash(binned.id, NOW);

    expect(await emptyTrash()).toBe(1);
    expect(await getEntry(binned.id)).toBeUndefined();
    expect(await countRevisions(binned.id)).toBe(0);
    expect(await listTrash()).toEqual([]);
    expect(titles(await listJournal())).toEqual(['Keep']);
    expect(await countRevisions(keep.id)).toBe(1);
  });

  it('reports nothing removed when Trash is already empty', async () => {
    await stored();
    expect(await emptyTrash()).toBe(0);
    expect(await db.entries.count()).toBe(1);
  });

  it('deletes one entry forever together with its revisions', async () => {
    const entry = await stored();
    const other = await stored();
    await saveEntryText(entry, { body: 'other window' }, NOW + 1);
    await saveEntryText(entry, { body: 'this window' }, NOW + 2);
    await db.revisions.add({ entryId: other.id, savedAt: NOW, title: 'o', body: 'o', reason: 'interval' });
    expect(await countRevisions(entry.id)).toBe(1);

    await deleteForever(entry.id);
    expect(await getEntry(entry.id)).toBeUndefined();
    expect(await countRevisions(entry.id)).toBe(0);
    expect(await countRevisions(other.id)).toBe(1);
  });

  it(`removes only entries in Trash for longer than ${TRASH_DAYS} days`, async () => {
    const expired = await stored({ title: 'Expired' });
    const recent = await stored({ title: 'Recent' });
    const almost = await stored({ title: 'Almost expired' });
    const live = await stored({ title: 'Live', updatedAt: NOW - 90 * DAY_MS, createdAt: NOW - 90 * DAY_MS });
    await moveToTrash(expired.id, NOW - (TRASH_DAYS + 1) * DAY_MS);
    await moveToTrash(recent.id, NOW - DAY_MS);
    await moveToTrash(almost.id, NOW - TRASH_DAYS * DAY_MS + 60_000);
    await db.revisions.add({ entryId: expired.id, savedAt: NOW, title: 'e', body: 'e', reason: 'session' });

    expect(await purgeExpiredTrash(NOW)).toBe(1);
    expect(await getEntry(expired.id)).toBeUndefined();
    expect(await countRevisions(expired.id)).toBe(0);
    expect(titles(await listTrash())).toEqual(['Recent', 'Almost expired']);
    expect((await getEntry(live.id))?.title).toBe('Live');
  });
});

describe('listJournal', () => {
  it('orders entries by the date they happened, then by when they were written, newest first', async () => {
    await stored({ title: 'Oct', occurredOn: '2026-10-01', createdAt: NOW + 5 });
    await stored({ title: 'Nov morning', occurredOn: '2026-11-22', createdAt: NOW + 1 });
    await stored({ title: 'Nov evening', occurredOn: '2026-11-22', createdAt: NOW + 3 });
    await stored({ title: 'Dec (written early)', occurredOn: '2026-12-01', createdAt: NOW - DAY_MS });
    await stored({ title: 'Last year', occurredOn: '2025-12-31', createdAt: NOW + 9 });
    expect(titles(await listJournal())).toEqual([
      'Dec (written early)',
      'Nov evening',
      'Nov morning',
      'Oct',
      'Last year',
    ]);
  });

  it('is empty for a new journal', async () => {
    expect(await listJournal()).toEqual([]);
    expect(await listTrash()).toEqual([]);
  });

  it('reads a journal of several slices in the order of the date index, ties and Trash included', async () => {
    // Three slices' worth, dates and creation times that often tie, ids in no particular order.
    const count = 2 * JOURNAL_SLICE + 345;
    const entries = Array.from({ length: count }, (_, at) =>
      aStoredEntry({
        id: `e-${((at * 7919) % count).toString().padStart(5, '0')}`,
        occurredOn: `2026-0${1 + (at % 9)}-1${at % 3}`,
        createdAt: NOW + (at % 5),
        deletedAt: at % 11 === 0 ? NOW : undefined,
      }),
    );
    await db.entries.bulkPut(entries);
    const byIndex = (await db.entries.orderBy('[occurredOn+createdAt]').reverse().toArray()).filter(
      (entry) => entry.deletedAt === undefined,
    );
    const journal = await listJournal();
    expect(journal.length).toBe(count - Math.ceil(count / 11));
    expect(journal.map((entry) => entry.id)).toEqual(byIndex.map((entry) => entry.id));
    // The first page the journal paints (the live ones among the newest 60 stored) is the head of the same list.
    const firstPage = (await listNewestEntries(60)).map((entry) => entry.id);
    expect(firstPage.length).toBeGreaterThan(50);
    expect(firstPage).toEqual(journal.slice(0, firstPage.length).map((entry) => entry.id));
  });

  it('stops between slices once the reader no longer wants the journal', async () => {
    await db.entries.bulkPut(Array.from({ length: JOURNAL_SLICE + 10 }, () => aStoredEntry()));
    let asked = 0;
    expect(await readJournalUnless(() => ++asked > 1)).toBeNull();
    expect(asked).toBe(2);
  });
});
