import Dexie, { type ObservabilitySet } from 'dexie';
import { getDb } from '../../lib/db';
import { type EntryHead, entryHead } from '../../lib/entries/head';
import { JOURNAL_SLICE, journalOrder, readJournalHeadsUnless, readNewestPage } from '../../lib/entries/repository';
import type { Entry } from '../../lib/entries/schema';
import { changedEntryIds, mergeChanges } from './changes';
import { carryDerived, deriveInSlices, entriesById } from './derived';
import { forgetEntryTexts } from './entryTexts';
import { type JournalConnection, openJournalConnection } from './journalConnection';
import { type Build, beginBuild } from './searchBuild';
import type { JournalSearch, JournalSnapshot } from './snapshot';
import { afterPaint, whenIdle } from './turns';

export { changedEntryIds, mergeChanges } from './changes';
export type { JournalSnapshot, SearchState } from './snapshot';

/**
 * The one in-memory copy of the journal: every live entry's head (the entry without its text, lib/entries/head.ts),
 * newest first, and the search index over the entries' text. The newest page is read first, by index, so the
 * Journal paints its first rows before the rest has loaded; the whole list follows once those rows are on screen,
 * read in slices by the journal's service (journalService.ts, in a worker), which indexes each slice's text as it
 * reads it while the Journal wants search and sends the page only the heads: the text of a career of entries
 * never reaches the page's thread at all. After that only the entries a write touched are read again, never the
 * whole journal. Views that show an entry's text read it from storage (the editor, search snippets, summaries).
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
/** The build whose index the views search (or will, once it shows progress). */
let indexId = 0;
/** The first page as stored, text and all, until the whole journal has loaded: the index begins with it. */
let firstPageText: Entry[] | undefined;
/** True when the first page held every stored entry (a new journal): reading it all again needs no worker. */
let firstPageComplete = false;
/** While the journal is read: the heads read so far, by id (the search results shown meanwhile need them). */
let readSoFar: Map<string, EntryHead> | undefined;
let work: Promise<void> = Promise.resolve();
/** The journal's service, for this session: ended (its worker, keys and index with it) when the cache is dropped. */
let connection: JournalConnection | null = null;
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
  connection?.close();
  connection = null;
  forgetEntryTexts();
  publish(EMPTY);
}

function connect(): JournalConnection {
  const owner = session;
  connection ??= openJournalConnection({ onLost: () => owner === session && indexLost(owner) });
  return connection;
}

/** The worker failed, and the index it held with it: the service now runs in the page, and builds it again. */
function indexLost(owner: number): void {
  build++;
  building = null;
  if (snapshot.search) publish({ search: null });
  scheduleIndex(owner);
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
  // While search is wanted, each slice read is indexed by the service as it reads it: the build begun from the
  // first page carries on, or one begins (an import or a restore reads everything again, and builds afresh).
  const carried = building && !snapshot.entries ? building : null;
  const feeding = carried ?? (searchWanted ? startBuild(owner) : null);
  const service = connect();
  const whole = !snapshot.entries && firstPageComplete ? firstPageText : undefined;
  // The first page goes to the index first. A journal it held whole (a new one) is shown without waiting for
  // that: the worker may still be starting, and nothing else needs it.
  const firstIndexed =
    feeding && !carried && firstPageText
      ? service.index(firstPageText, feeding.indexing()).then((indexed) => feeding.progress(indexed))
      : undefined;
  if (!whole) await firstIndexed;
  // Read in slices, stopping if this page stops wanting it (closed, locked). Entries written while the slices
  // were read are merged in by the change that follows each write.
  const soFar = new Map((snapshot.firstPage ?? []).map((head) => [head.id, head]));
  readSoFar = soFar;
  const entries = whole
    ? whole.map(entryHead).sort(journalOrder)
    : await readJournalHeadsUnless(
        () => owner !== session,
        async (afterId, limit) => {
          const slice = await service.readHeads(afterId, limit, feeding?.indexing() ?? 0);
          feeding?.progress(slice.indexed);
          return slice;
        },
        feeding
          ? (heads) => {
              for (const head of heads) soFar.set(head.id, head);
            }
          : undefined,
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
  const indexed = feeding?.stopped() ? null : feeding;
  publish({ entries, firstPage: undefined, error: undefined, search: indexed ? snapshot.search : null });
  if (indexed) void finishBuild(indexed, entries.length, firstIndexed);
  else {
    // Its build was dropped: what became of its first page no longer matters.
    firstIndexed?.catch(() => undefined);
    scheduleIndex(owner);
  }
}

const firstPageHeads = () => new Map((snapshot.firstPage ?? []).map((head) => [head.id, head]));

function showFirstPage({ entries, complete }: { entries: Entry[]; complete: boolean }): void {
  firstPageText = entries;
  firstPageComplete = complete;
  publish({ firstPage: entries.map(entryHead) });
}

function startBuild(owner: number): Build {
  const mine = ++build;
  indexId = mine;
  const index: JournalSearch = {
    search: (query, options = {}) => (owner === session ? connect().search(query, options, mine) : Promise.resolve([])),
  };
  building = beginBuild(
    mine,
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

/** Once every entry has been read; a failure keeps what is indexed so far and says so, as a failed load does. */
async function finishBuild(done: Build, total: number, indexing?: Promise<void>): Promise<void> {
  try {
    await indexing;
    if ((await done.finish(total, () => connect().finish(done.id))) && building === done) building = null;
  } catch (error) {
    if (!done.stopped()) publish({ error });
  }
}

function scheduleIndex(owner: number): void {
  if (!searchWanted || indexScheduled || building || snapshot.search || !(snapshot.entries ?? snapshot.firstPage))
    return;
  indexScheduled = true;
  whenIdle(async () => {
    if (owner !== session || !indexScheduled) return;
    indexScheduled = false;
    const { entries } = snapshot;
    const page = firstPageText;
    if (building || snapshot.search || !(entries || page)) return;
    const begun = startBuild(owner);
    try {
      if (entries) {
        // Wanted once the journal had loaded without it: read again, a slice at a time, for the index alone.
        if (await indexStoredJournal(begun)) await finishBuild(begun, entries.length);
      } else if (page) {
        // Begun from the first page, so a search typed at once finds something; the rest follows as it is read.
        begun.progress(await connect().index(page, begun.indexing()));
        begun.showProgress();
      }
    } catch (error) {
      if (!begun.stopped()) publish({ error });
    }
  });
}

/** Has the service read the whole stored journal again, for `begun`'s index alone; false when stopped first. */
async function indexStoredJournal(begun: Build): Promise<boolean> {
  const service = connect();
  let after: string | undefined;
  do {
    const slice = await service.readHeads(after, JOURNAL_SLICE, begun.indexing());
    if (begun.stopped()) return false;
    begun.progress(slice.indexed);
    after = slice.next;
  } while (after !== undefined);
  return true;
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
  // The service reads them as stored now, indexes their text and sends back their heads, a slice at a time.
  const target = building && !building.stopped() ? building.id : snapshot.search ? indexId : 0;
  const service = connect();
  const heads: (EntryHead | undefined)[] = [];
  for (let at = 0; at < ids.length; at += READ_SLICE) {
    if (at > 0) await new Promise((resolve) => setTimeout(resolve, 0));
    heads.push(...(await service.readIds(ids.slice(at, at + READ_SLICE), target)).found);
  }
  const list = snapshot.entries;
  if (owner !== session || !list) return;
  const now = snapshot.search;
  const entries = mergeChanges(list, ids, heads, entriesById(list));
  carryDerived(list, entries, ids, heads);
  publish({
    entries,
    search: now ? { ...now, version: now.version + 1 } : null,
  });
}
