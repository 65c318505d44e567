import Dexie, { type ObservabilitySet } from 'dexie';
import { getDb } from '../../lib/db';
import { type EntryHead, entryHead } from '../../lib/entries/head';
import { getEntries, journalOrder, readJournalHeadsUnless, readNewestPage } from '../../lib/entries/repository';
import type { Entry } from '../../lib/entries/schema';
import { changedEntryIds, mergeChanges } from './changes';
import { carryDerived, deriveInSlices, entriesById } from './derived';
import { forgetEntryTexts } from './entryTexts';
import { feedStoredJournal, updateInSlices } from './indexInSlices';
import { type Build, beginBuild } from './searchBuild';
import { openSliceReader, type SliceReader } from './sliceReader';
import type { JournalSnapshot } from './snapshot';
import { afterPaint, whenIdle } from './turns';

export { changedEntryIds, mergeChanges } from './changes';
export type { JournalSnapshot, SearchState } from './snapshot';

/**
 * The one in-memory copy of the journal: every live entry's head (the entry without its text, lib/entries/head.ts),
 * newest first, and the search index over the entries' text. The newest page is read first, by index, so the
 * Journal paints its first rows before the rest has loaded; the whole list follows once those rows are on screen,
 * read in slices, and while the Journal wants search each slice is indexed as it arrives and then let go, so the
 * text of a career of entries is never all held at once. After that only the entries a write touched are read
 * again, never the whole journal. Views that show an entry's text read it from storage (the editor, search
 * snippets, summaries).
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
/** The index being built, before it is shown ready. Writes reach it as they reach a finished one. */
let building: Build | null = null;
/** The first page as stored, text and all, until the whole journal has loaded: the index begins with it. */
let firstPageText: Entry[] | undefined;
/** True when the first page held every stored entry (a new journal): reading it all again needs no worker. */
let firstPageComplete = false;
/** While the journal is read: the heads read so far, by id (the search results shown meanwhile need them). */
let readSoFar: Map<string, EntryHead> | undefined;
let work: Promise<void> = Promise.resolve();
/** Readers of the whole stored journal now at work (sliceReader.ts): stopped when the cache is dropped. */
const readers = new Set<SliceReader>();
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
 * Asks for the search index (the Journal view does while it is shown). It is built from the first page once the
 * browser is idle, and from the rest as it is read (or read again for it, when asked for later). Returns a
 * function that withdraws the request.
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
  firstPageText = undefined;
  firstPageComplete = false;
  readSoFar = undefined;
  started = false;
  indexScheduled = false;
  unmerged = null;
  work = Promise.resolve();
  Dexie.on.storagemutated.unsubscribe(onStorageMutated);
  for (const reader of readers) reader.close();
  readers.clear();
  forgetEntryTexts();
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
      const page = await readNewestPage(FIRST_PAGE);
      if (owner === session && !snapshot.entries) {
        showFirstPage(page);
        scheduleIndex(owner);
      }
    } finally {
      // The rest loads once the first rows are on screen (or has failed to, and is tried again in full); a
      // journal the first page held whole is shown whole at once.
      if (firstPageComplete) enqueue(owner, () => loadAll(owner));
      else afterPaint(() => enqueue(owner, () => loadAll(owner)));
    }
  });
}

async function loadAll(owner: number): Promise<void> {
  // While search is wanted, each slice read is indexed before it is let go: the build begun from the first page
  // carries on, or one begins (an import or a restore reads everything again, and builds afresh).
  if (searchWanted) searchModule ??= await import('../../lib/search');
  if (owner !== session) return;
  const carried = building && !snapshot.entries ? building : null;
  const feeding = carried ?? (searchWanted && searchModule ? startBuild(owner, searchModule) : null);
  if (feeding && !carried && firstPageText) await feeding.feed(firstPageText);
  // Read in slices, stopping if this page stops wanting it (closed, locked). Entries written while the slices
  // were read are merged in by the change that follows each write.
  const soFar = new Map((snapshot.firstPage ?? []).map((head) => [head.id, head]));
  readSoFar = soFar;
  const whole = !snapshot.entries && firstPageComplete ? firstPageText : undefined;
  const entries = whole
    ? whole.map(entryHead).sort(journalOrder)
    : await whileReading((reader) =>
        readJournalHeadsUnless(
          () => owner !== session,
          feeding
            ? (slice, heads) => {
                for (const head of heads) soFar.set(head.id, head);
                return feeding.feed(slice);
              }
            : undefined,
          reader.read,
        ),
      );
  if (readSoFar === soFar) readSoFar = undefined;
  if (!entries) return;
  await deriveInSlices(entries, () => owner !== session);
  if (owner !== session) return;
  firstPageText = undefined;
  // A build begun from the first page while the slices were read without one starts again from storage.
  if (building && building !== feeding) {
    build++;
    building = null;
  }
  publish({ entries, firstPage: undefined, error: undefined, search: feeding ? snapshot.search : null });
  if (feeding) void finishBuild(feeding, entries.length);
  else scheduleIndex(owner);
}

/** Runs `read` with a reader of the stored journal, stopped once it is done (or the cache is dropped). */
async function whileReading<T>(read: (reader: SliceReader) => Promise<T>): Promise<T> {
  // A journal that fits in the first page is read in the page at once, rather than waiting for a worker to start.
  const small = snapshot.entries ? snapshot.entries.length < FIRST_PAGE : firstPageComplete;
  const reader = small ? openSliceReader(() => null) : openSliceReader();
  readers.add(reader);
  try {
    return await read(reader);
  } finally {
    reader.close();
    readers.delete(reader);
  }
}

const firstPageHeads = () => new Map((snapshot.firstPage ?? []).map((head) => [head.id, head]));

function showFirstPage({ entries, complete }: { entries: Entry[]; complete: boolean }): void {
  firstPageText = entries;
  firstPageComplete = complete;
  publish({ firstPage: entries.map(entryHead) });
}

function startBuild(owner: number, search: typeof import('../../lib/search')): Build {
  const mine = ++build;
  const index = search.createSearchIndex();
  building = beginBuild(
    index,
    () => owner !== session || mine !== build,
    (progress) =>
      publish({
        search: {
          index,
          version: (snapshot.search?.version ?? 0) + 1,
          ...progress,
          heads: progress.ready ? undefined : (readSoFar ?? firstPageHeads()),
        },
      }),
  );
  return building;
}

/** Once every entry has been fed; a failure keeps what is indexed so far and says so, as a failed load does. */
async function finishBuild(done: Build, total: number): Promise<void> {
  try {
    if ((await done.finish(total)) && building === done) building = null;
  } catch (error) {
    if (!done.stopped()) publish({ error });
  }
}

function scheduleIndex(owner: number): void {
  if (!searchWanted || indexScheduled || building || snapshot.search || !(snapshot.entries ?? snapshot.firstPage))
    return;
  indexScheduled = true;
  whenIdle(async () => {
    searchModule ??= await import('../../lib/search');
    if (owner !== session || !indexScheduled) return;
    indexScheduled = false;
    const { entries } = snapshot;
    const page = firstPageText;
    if (building || snapshot.search || !(entries || page)) return;
    const begun = startBuild(owner, searchModule);
    try {
      if (entries) {
        // Wanted once the journal had loaded without it: read again, a slice at a time, for the index alone.
        if (await whileReading((reader) => feedStoredJournal(begun.feed, begun.stopped, reader.read)))
          await finishBuild(begun, entries.length);
      } else if (page && (await begun.feed(page))) {
        // Begun from the first page, so a search typed at once finds something; the rest follows as it is read.
        begun.showProgress();
      }
    } catch (error) {
      if (!begun.stopped()) publish({ error });
    }
  });
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
    const page = await readNewestPage(FIRST_PAGE);
    if (owner === session && !snapshot.entries) showFirstPage(page);
    return;
  }
  if (changed === 'all') {
    await loadAll(owner);
    return;
  }
  const ids = [...changed];
  // A burst (a first sync, an import) is read by the journal's reader, off the page's thread, as loading is.
  const fresh =
    ids.length > READ_SLICE
      ? await whileReading((reader) => readInSlices(ids, reader.readIds))
      : await readInSlices(ids, getEntries);
  const list = snapshot.entries;
  if (owner !== session || !list) return;
  building?.written(ids);
  const index = building?.index ?? snapshot.search?.index;
  if (index) await updateInSlices(index, ids, fresh, () => owner !== session);
  if (owner !== session) return;
  const now = snapshot.search;
  // The text has reached the index; the list keeps only the heads.
  const heads = fresh.map((entry) => entry && entryHead(entry));
  const entries = mergeChanges(list, ids, heads, entriesById(list));
  carryDerived(list, entries, ids, heads);
  publish({
    entries,
    search: now ? { ...now, version: now.version + 1 } : null,
  });
}

/** The entries with these ids as stored now, read in slices, the page getting a turn between them. */
async function readInSlices(
  ids: readonly string[],
  read: (ids: readonly string[]) => Promise<(Entry | undefined)[]>,
): Promise<(Entry | undefined)[]> {
  const fresh: (Entry | undefined)[] = [];
  for (let at = 0; at < ids.length; at += READ_SLICE) {
    if (at > 0) await new Promise((resolve) => setTimeout(resolve, 0));
    fresh.push(...(await read(ids.slice(at, at + READ_SLICE))));
  }
  return fresh;
}
