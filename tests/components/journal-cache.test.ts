import { RangeSet } from 'dexie';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  changedEntryIds,
  forgetJournalCaches,
  getJournalSnapshot,
  type JournalSnapshot,
  mergeChanges,
  subscribeJournal,
  wantSearchIndex,
} from '../../app/journal/journalCache';
import type { LanternDB } from '../../lib/db';
import { getEntries, listJournal, listNewestEntries } from '../../lib/entries/repository';
import type { Entry } from '../../lib/entries/schema';
import type { SearchOptions } from '../../lib/search';
import { freshJournalEachTest } from './journal-db';

let db: LanternDB;
freshJournalEachTest((fresh) => {
  db = fresh;
});

/** The ids search finds now for `query`, best first (the index answers a moment later, off the page's thread). */
async function found(query: string, options?: SearchOptions): Promise<string[] | undefined> {
  return (await getJournalSnapshot().search?.index.search(query, options))?.map((result) => result.id);
}

function anEntry(id: string, occurredOn: string, createdAt: number, extra: Partial<Entry> = {}): Entry {
  return {
    id,
    title: `Title ${id}`,
    body: `Body of ${id} about the handover.`,
    kind: 'reflection',
    occurredOn,
    createdAt,
    updatedAt: createdAt,
    template: 'free',
    competencies: [],
    tags: [],
    learningPoints: [],
    actions: [],
    starred: false,
    ...extra,
  };
}

const DATES = ['2026-01-05', '2026-01-05', '2026-03-10', '2025-12-31', '2026-11-22'];
const anyEntry = fc.record({
  id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'),
  occurredOn: fc.constantFrom(...DATES),
  createdAt: fc.integer({ min: 1, max: 4 }),
  trashed: fc.boolean(),
});

describe('keeping the journal in memory', () => {
  it('merges any writes into the same order listJournal reads (dates, ties, Trash, deletions)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(anyEntry, { maxLength: 8 }),
        fc.array(fc.oneof(anyEntry, fc.record({ id: fc.constantFrom('a', 'b', 'z'), deleted: fc.constant(true) })), {
          maxLength: 6,
        }),
        async (initial, writes) => {
          await db.entries.clear();
          const stored = (spec: { id: string; occurredOn: string; createdAt: number; trashed: boolean }) =>
            anEntry(spec.id, spec.occurredOn, spec.createdAt, spec.trashed ? { deletedAt: 1 } : {});
          await db.entries.bulkPut(initial.map(stored));
          const before = await listJournal();
          for (const write of writes) {
            if ('deleted' in write) await db.entries.delete(write.id);
            else await db.entries.put(stored(write));
          }
          const ids = [...new Set(writes.map((write) => write.id))];
          const fresh = await getEntries(ids);
          const after = await listJournal();
          expect(mergeChanges(before, ids, fresh)).toEqual(after);
          // The same when each change is found by id and placed by binary search (a save).
          expect(mergeChanges(before, ids, fresh, new Map(before.map((entry) => [entry.id, entry])))).toEqual(after);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('reads a page of the newest entries first, leaving out Trash', async () => {
    await db.entries.bulkPut([
      anEntry('old', '2024-01-01', 1),
      anEntry('new', '2026-11-20', 1),
      anEntry('binned', '2026-11-21', 1, { deletedAt: 5 }),
      anEntry('newer', '2026-11-20', 2),
    ]);
    expect((await listNewestEntries(3)).map((entry) => entry.id)).toEqual(['newer', 'new']);
  });

  it('names the entries a write touched, or says a whole range was', () => {
    const name = db.name;
    expect(changedEntryIds({ [`idb://${name}/entries/`]: new RangeSet().addKeys(['a', 'b']) }, name)).toEqual(
      new Set(['a', 'b']),
    );
    expect(changedEntryIds({ [`idb://${name}/entries/`]: new RangeSet('a', 'c') }, name)).toBe('all');
    expect(changedEntryIds({ [`idb://${name}/revisions/`]: new RangeSet().addKey(1) }, name)).toBeNull();
    expect(changedEntryIds({ 'idb://other/entries/': new RangeSet().addKey('a') }, name)).toBeNull();
  });
});

describe('holding a career of entries', () => {
  it('keeps no entry text in memory, yet search finds words from bodies, learning points and actions', async () => {
    await db.entries.bulkPut([
      anEntry('a', '2026-11-20', 1, { body: 'A night of sepsis alerts.', tags: ['nights'], role: 'FY2' }),
      anEntry('b', '2026-11-19', 1, { learningPoints: ['Escalate early.'], actions: ['Book the simulation course.'] }),
    ]);
    const unsubscribe = subscribeJournal(() => undefined);
    const withdraw = wantSearchIndex();
    await expect.poll(() => getJournalSnapshot().search?.ready, { timeout: 3000 }).toBe(true);
    const { entries, search } = getJournalSnapshot();
    // The tree, Go to Entry and the counts read titles, dates, tags and roles: those are kept; the text is not.
    expect(entries?.map(({ id, title, tags, role }) => ({ id, title, tags, role }))).toEqual([
      { id: 'a', title: 'Title a', tags: ['nights'], role: 'FY2' },
      { id: 'b', title: 'Title b', tags: [], role: undefined },
    ]);
    for (const entry of entries ?? []) {
      expect(entry).not.toHaveProperty('body');
      expect(entry).not.toHaveProperty('learningPoints');
      expect(entry).not.toHaveProperty('actions');
    }
    expect(search).not.toBeNull();
    expect(await found('sepsis')).toEqual(['a']);
    expect(await found('escalate')).toEqual(['b']);
    expect(await found('simulation')).toEqual(['b']);

    // A save reaches the index with its new words; the list still holds no text.
    await db.entries.put(anEntry('b', '2026-11-19', 2, { body: 'The rota meeting went well.' }));
    await expect.poll(() => found('rota'), { timeout: 3000 }).toEqual(['b']);
    expect(await found('escalate')).toEqual([]);
    expect(getJournalSnapshot().entries?.find((entry) => entry.id === 'b')).not.toHaveProperty('body');
    withdraw();
    unsubscribe();
  });
});

describe('a burst of writes (a first sync, a restore)', () => {
  it('reaches the list and the search index, every one, however the writes fall between merges', async () => {
    await db.entries.put(anEntry('first', '2026-11-20', 1));
    const unsubscribe = subscribeJournal(() => undefined);
    const withdraw = wantSearchIndex();
    await expect.poll(() => getJournalSnapshot().search?.ready, { timeout: 3000 }).toBe(true);

    // 120 writes of 3 entries each, as sync's batches arrive: none awaited by the cache.
    await Promise.all(
      Array.from({ length: 120 }, (_, batch) =>
        db.entries.bulkPut(
          [0, 1, 2].map((i) =>
            anEntry(`b${batch}-${i}`, '2026-10-01', batch, { body: `Synced reflection number${batch}x${i}.` }),
          ),
        ),
      ),
    );
    await expect.poll(() => getJournalSnapshot().entries?.length, { timeout: 5000 }).toBe(361);
    // The best match of each entry's own word is that entry, from the first write to the last.
    expect((await found('number119x2'))?.[0]).toBe('b119-2');
    expect((await found('number0x0'))?.[0]).toBe('b0-0');
    expect(await found('synced reflection', { limit: 1000 })).toHaveLength(360);
    expect(await found('title', { limit: 1000 })).toHaveLength(361);
    withdraw();
    unsubscribe();
  });
});

describe('building the search index', () => {
  it('says how far it has got, then answers from every entry, keeping an edit made while it was building', async () => {
    const many = Array.from({ length: 3000 }, (_, i) =>
      anEntry(`m${i}`, '2026-01-05', i, { body: `Ward round note ${i} about handover and sepsis${i % 7}.` }),
    );
    await db.entries.bulkPut(many);
    const unsubscribe = subscribeJournal(() => undefined);
    const withdraw = wantSearchIndex();
    const seen: { indexed: number; total: number | undefined; ready: boolean }[] = [];
    // While the list is still being read, each result found so far can be shown: its head has been read.
    const shownWhileReading: Promise<boolean>[] = [];
    const stop = subscribeJournal(({ search }) => {
      if (!search) return;
      seen.push({ ...search });
      if (search.total !== undefined) return;
      const heads = search.heads;
      shownWhileReading.push(
        search.index
          .search('ward', { limit: 5000 })
          .then((results) => results.length > 0 && results.every((result) => heads?.has(result.id))),
      );
    });
    await expect.poll(() => getJournalSnapshot().search, { timeout: 5000 }).not.toBeNull();
    // Written while the index is being built: found as written, not as the build first read it.
    await db.entries.put({ ...many[2999], body: 'Rewritten about the rota.' } as Entry);
    await expect.poll(() => getJournalSnapshot().search?.ready, { timeout: 20_000 }).toBe(true);

    expect(seen.some((state) => !state.ready && state.indexed < (state.total ?? Number.POSITIVE_INFINITY))).toBe(true);
    expect(shownWhileReading.length).toBeGreaterThan(0);
    expect((await Promise.all(shownWhileReading)).every(Boolean)).toBe(true);
    expect(await found('title', { limit: 5000 })).toHaveLength(3000);
    expect(await found('handover', { limit: 5000 })).toHaveLength(2999);
    expect(await found('rota')).toEqual(['m2999']);
    stop();
    withdraw();
    unsubscribe();
  });
});

describe('search asked for later, and a journal replaced', () => {
  it('builds the index from storage when the Journal asks after the list has loaded, and afresh after a restore', async () => {
    await db.entries.bulkPut([anEntry('a', '2026-11-20', 1, { body: 'Consultant feedback on the clinic.' })]);
    const unsubscribe = subscribeJournal(() => undefined);
    await expect.poll(() => getJournalSnapshot().entries?.length, { timeout: 3000 }).toBe(1);
    expect(getJournalSnapshot().search).toBeNull();

    const withdraw = wantSearchIndex();
    await expect.poll(() => getJournalSnapshot().search?.ready, { timeout: 3000 }).toBe(true);
    expect(await found('clinic')).toEqual(['a']);

    // A restore replaces the journal in one go (too many changes to merge one by one): read and indexed afresh.
    const restored = Array.from({ length: 600 }, (_, i) =>
      anEntry(`r${i}`, '2025-06-01', i, { body: `Restored note ${i} on the theatre list.` }),
    );
    await db.transaction('rw', db.entries, async () => {
      await db.entries.clear();
      await db.entries.bulkPut(restored);
    });
    await expect.poll(() => getJournalSnapshot().entries?.length, { timeout: 5000 }).toBe(600);
    await expect.poll(() => getJournalSnapshot().search?.ready, { timeout: 5000 }).toBe(true);
    expect(await found('title', { limit: 1000 })).toHaveLength(600);
    expect(await found('clinic')).toEqual([]);
    expect(await found('theatre', { limit: 1000 })).toHaveLength(600);
    withdraw();
    unsubscribe();
  });
});

describe('forgetJournalCaches', () => {
  it('drops the entries, the first page and the search index, and reads nothing more until a view asks', async () => {
    await db.entries.bulkPut([anEntry('a', '2026-11-20', 1), anEntry('b', '2026-11-19', 1)]);
    const seen: JournalSnapshot[] = [];
    const unsubscribe = subscribeJournal((snapshot) => seen.push(snapshot));
    const withdraw = wantSearchIndex();
    await expect.poll(() => getJournalSnapshot().search?.ready, { timeout: 3000 }).toBe(true);
    expect(getJournalSnapshot().entries?.map((entry) => entry.id)).toEqual(['a', 'b']);
    expect(await found('handover')).toHaveLength(2);

    forgetJournalCaches();
    expect(seen.at(-1)).toEqual({ entries: undefined, firstPage: undefined, error: undefined, search: null });
    await db.entries.put(anEntry('c', '2026-11-21', 1));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(getJournalSnapshot()).toEqual({ entries: undefined, firstPage: undefined, error: undefined, search: null });

    // A view mounting afterwards (the journal unlocked) reads it again.
    const again = subscribeJournal(() => undefined);
    await expect.poll(() => getJournalSnapshot().entries?.length, { timeout: 3000 }).toBe(3);
    again();
    withdraw();
    unsubscribe();
  });
});
