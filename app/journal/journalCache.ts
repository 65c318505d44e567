import Dexie, { type ObservabilitySet } from 'dexie';
import { getDb } from '../../lib/db';
import { entryHead } from '../../lib/entries/head';
import { getEntries, listNewestEntries, readJournalHeadsUnless } from '../../lib/entries/repository';
import type { Entry } from '../../lib/entries/schema';
import type { SearchIndex } from '../../lib/search';
import { changedEntryIds, mergeChanges } from './changes';
import { carryDerived } from './derived';
import { indexInSlices, indexStoredJournal, updateInSlices } from './indexInSlices';
import type { JournalSnapshot } from './snapshot';
import { afterPaint, whenIdle } from './turns';

export { changedEntryIds, mergeChanges } from './changes';
export type { JournalSnapshot, SearchState } from './snapshot';

/**
 * The one in-memory copy of the journal: every live entry's head (the entry without its text, lib/entries/head.ts),
 * newest first, and the search index over the entries' text. The newest page is read first, by index, so the
 * Journal paints its first rows before the rest has loaded; the whole list follows once those rows are on screen,
 * and the search index once the browser is idle, read from storage again a slice at a time so the text of a
 * career of entries is never all held at once. After that only the entries a write touched are read again,
 * never the whole journal. Views that show an entry's text read it from storage (the editor, search snippets,
 * summaries).
 *
 * Shared by every view (useJournal, useJournalSnapshot) while any is mounted; dropped when the last one goes,
 * or at once by `forgetJournalCaches()`.
 */
/** Enough rows to fill a tall side bar. */
const FIRST_PAGE = 60;

const EMPTY: JournalSnapshot = { entries: undefined, firstPage: undefined, error: undefined, search: null };

let snapshot = EMPTY;
const listeners = new Set<(snapshot: JournalSnapshot) => void>();
/** Grows whenever the cache is dropped, so reads begun before then are thrown away. */
let session = 0;
let started = false;
let searchWanted = 0;
let indexScheduled = false;
/** Grows whenever a build of the index begins or is abandoned, so a stale build stops at its next turn. */
let build = 0;
/** The index being built, before it is shown. Writes reach it as they reach a finished one. */
let building: SearchIndex | null = null;
/** The index was begun from the first page alone: the whole journal, once read, carries on with it. */
let fromFirstPage = false;
/** The first page as stored, text and all, until the index has begun from it or the whole journal has loaded. */
let firstPageText: Entry[] | undefined;
/** Entries a write reached while the index was being built: the write indexes them, the build skips them. */
let writtenDuringBuild = new Set<string>();
/** How often a build in progress shows how far it has got (each time the views search again). */
const PROGRESS_EVERY_MS = 250;
let work: Promise<void> = Promise.resolve();
let searchModule: typeof import('../../lib/search') | undefined;
/** Entry ids written since the last merge began; a burst of writes (sync, an import) is merged in one go. */
let unmerged: Set<string> | 'all' | null = null;
let lastMerge = 0;
/** At most this often, a burst of changes is merged into the list (a single save goes at once). */
const MERGE_EVERY_MS = 250;
const READ_SLICE = 200;

export function getJournalSnapshot(): JournalSnapshot {
  return snapshot;
}

export function subscribeJournal(listener: (snapshot: JournalSnapshot) => void): () => void {
  listeners.add(listener);
  if (!started) start();
  // It may have changed between the view's render and its subscribing.
  listener(snapshot);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) forgetJournalCaches();
  };
}

/**
 * Asks for the search index (the Journal view does while it is shown). It is built once the whole journal has
 * loaded and the browser is idle. Returns a function that withdraws the request.
 */
export function wantSearchIndex(): () => void {
  searchWanted++;
  scheduleIndex(session);
  return () => {
    searchWanted--;
  };
}

/**
 * Drops every in-memory copy of entry text — the journal list, the first page, the search index and the search
 * engine's caches — and stops following changes. Views still mounted show no entries; the journal is read
 * again when a view mounts afterwards. Call it when the journal is locked.
 */
export function forgetJournalCaches(): void {
  session++;
  build++;
  building = null;
  fromFirstPage = false;
  firstPageText = undefined;
  started = false;
  indexScheduled = false;
  writtenDuringBuild = new Set();
  unmerged = null;
  work = Promise.resolve();
  Dexie.on.storagemutated.unsubscribe(onStorageMutated);
  publish(EMPTY);
  // The search engine keeps its last index's dictionary for the next keystroke; a search of an empty index
  // replaces it.
  searchModule?.createSearchIndex().search('lantern', { filters: { starred: true } });
}

function publish(patch: Partial<JournalSnapshot>): void {
  snapshot = { ...snapshot, ...patch };
  for (const listener of [...listeners]) listener(snapshot);
}

/** Runs reads and merges one at a time, in order, dropping them once their session has ended. */
function enqueue(owner: number, task: () => Promise<void>): void {
  work = work.then(async () => {
    if (owner !== session) return;
    try {
      await task();
    } catch (error) {
      // Keep the last good list on screen; views show the error beside it.
      if (owner === session) publish({ error });
    }
  });
}

function start(): void {
  started = true;
  const owner = ++session;
  Dexie.on('storagemutated', onStorageMutated);
  enqueue(owner, async () => {
    try {
      const page = await listNewestEntries(FIRST_PAGE);
      if (owner === session && !snapshot.entries) {
        showFirstPage(page);
        scheduleIndex(owner);
      }
    } finally {
      // The rest loads once the first rows are on screen (or has failed to, and is tried again in full).
      afterPaint(() => enqueue(owner, () => loadAll(owner)));
    }
  });
}

async function loadAll(owner: number): Promise<void> {
  // Read in slices, stopping if this page stops wanting it (closed, locked). Entries written while the slices
  // were read are merged in by the change that follows each write.
  const entries = await readJournalHeadsUnless(() => owner !== session);
  if (!entries) return;
  firstPageText = undefined;
  // An index begun from the first page carries on over the whole journal; read again in full (an import, a
  // restore), the index is built again, in slices, from the new list.
  const carried = fromFirstPage ? (building ?? snapshot.search?.index ?? null) : null;
  build++;
  building = null;
  fromFirstPage = false;
  publish({ entries, firstPage: undefined, error: undefined, search: carried ? snapshot.search : null });
  if (carried) void buildIndex(owner, carried, 'stored', entries.length, true);
  else scheduleIndex(owner);
}

function showFirstPage(page: Entry[]): void {
  firstPageText = page;
  publish({ firstPage: page.map(entryHead) });
}

function scheduleIndex(owner: number): void {
  if (!searchWanted || indexScheduled || building || snapshot.search || !(snapshot.entries ?? snapshot.firstPage))
    return;
  indexScheduled = true;
  whenIdle(async () => {
    searchModule ??= await import('../../lib/search');
    if (owner !== session || !indexScheduled) return;
    indexScheduled = false;
    // Begun from the first page when the rest is still being read, so a search typed at once finds something.
    const { entries } = snapshot;
    const source = entries ? 'stored' : firstPageText;
    if (building || snapshot.search || !source) return;
    fromFirstPage = !entries;
    firstPageText = undefined;
    void buildIndex(owner, searchModule.createSearchIndex(), source, entries?.length);
  });
}

/**
 * Builds `index` in slices from `source`: the first page's entries, or every entry as stored (read again a slice
 * at a time). A failed read keeps what is indexed so far and says so beside the list, as a failed load does.
 */
async function buildIndex(
  owner: number,
  index: SearchIndex,
  source: readonly Entry[] | 'stored',
  total: number | undefined,
  carriedOn = false,
): Promise<void> {
  const mine = ++build;
  const stopped = () => owner !== session || mine !== build;
  building = index;
  if (!carriedOn) writtenDuringBuild = new Set();
  const show = (indexed: number, ready: boolean) =>
    publish({ search: { index, version: (snapshot.search?.version ?? 0) + 1, ready, indexed, total } });
  const last = total ?? (source === 'stored' ? 0 : source.length);
  // Shown after the first slice, then a few times a second; a journal indexed in one slice is shown once, ready.
  let shownAt = Number.NEGATIVE_INFINITY;
  const options = {
    stopped,
    skip: (id: string) => writtenDuringBuild.has(id),
    progress(indexed: number) {
      if (indexed >= last || performance.now() - shownAt < PROGRESS_EVERY_MS) return;
      shownAt = performance.now();
      show(indexed, false);
    },
  };
  let done: boolean;
  try {
    done = source === 'stored' ? await indexStoredJournal(index, options) : await indexInSlices(index, source, options);
  } catch (error) {
    if (!stopped()) publish({ error });
    return;
  }
  if (!done || stopped()) return;
  building = null;
  if (total === undefined) {
    show(last, false);
    return;
  }
  writtenDuringBuild = new Set();
  show(total, true);
}

function onStorageMutated(parts: ObservabilitySet): void {
  const changed = changedEntryIds(parts, getDb().name);
  if (changed === null) return;
  const queued = unmerged !== null;
  unmerged = changed === 'all' || unmerged === 'all' ? 'all' : new Set([...(unmerged ?? []), ...changed]);
  if (queued) return;
  const owner = session;
  // A burst of writes (a first sync brings hundreds a second) is merged a few times a second, not
  // once per write: each merge re-renders the views and leaves garbage behind.
  const wait = Math.max(0, lastMerge + MERGE_EVERY_MS - Date.now());
  setTimeout(
    () =>
      enqueue(owner, () => {
        const taken = unmerged ?? new Set<string>();
        unmerged = null;
        lastMerge = Date.now();
        return applyChanges(owner, taken);
      }),
    wait,
  );
}

async function applyChanges(owner: number, changed: Set<string> | 'all'): Promise<void> {
  if (!snapshot.entries) {
    // Still showing the first page: read it again (the whole list, still to come, sees the change anyway).
    const page = await listNewestEntries(FIRST_PAGE);
    if (owner === session && !snapshot.entries) showFirstPage(page);
    return;
  }
  if (changed === 'all') {
    await loadAll(owner);
    return;
  }
  const ids = [...changed];
  // Read in slices, the page getting a turn between them, however many changed at once.
  const fresh: (Entry | undefined)[] = [];
  for (let at = 0; at < ids.length; at += READ_SLICE) {
    if (at > 0) await new Promise((resolve) => setTimeout(resolve, 0));
    fresh.push(...(await getEntries(ids.slice(at, at + READ_SLICE))));
  }
  const list = snapshot.entries;
  if (owner !== session || !list) return;
  const index = building ?? snapshot.search?.index;
  if (index) {
    if (index === building) for (const id of ids) writtenDuringBuild.add(id);
    await updateInSlices(index, ids, fresh, () => owner !== session);
  }
  if (owner !== session) return;
  const now = snapshot.search;
  // The text has reached the index; the list keeps only the heads.
  const heads = fresh.map((entry) => entry && entryHead(entry));
  const entries = mergeChanges(list, ids, heads);
  carryDerived(list, entries, ids, heads);
  publish({
    entries,
    search: now ? { ...now, version: now.version + 1 } : null,
  });
}
