import { localIsoDate } from '../dates';
import { getDb, type LanternDB } from '../db';
import { newId } from '../ids';
import { type EntryHead, entryHead } from './head';
import { keepConflict } from './revisions';
import { Entry, type EntryInput, type EntryPatch, TRASH_DAYS } from './schema';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A new, unsaved entry. It reaches the database on its first save. */
export function draftEntry(overrides: Partial<EntryInput> = {}, now = Date.now()): Entry {
  return Entry.parse({
    id: newId(),
    title: '',
    body: '',
    occurredOn: localIsoDate(new Date(now)),
    createdAt: now,
    updatedAt: now,
    ...overrides,
  });
}

export function getEntry(id: string): Promise<Entry | undefined> {
  return getDb().entries.get(id);
}

/** Writes an entry as given, after validating it. */
export async function putEntry(entry: EntryInput): Promise<Entry> {
  const valid = Entry.parse(entry);
  await getDb().entries.put(valid);
  return valid;
}

export interface SaveResult {
  entry: Entry;
  /** True when someone else (another window) had changed the entry since this editor loaded it. */
  conflict: boolean;
}

/**
 * Saves the editor's text. `base` is the entry as the editor last saw it: when the stored entry has
 * moved on since (another window saved it), the stored text is kept as a "conflict" revision before
 * this one replaces it, so neither version is lost. An entry removed meanwhile is written back.
 */
export async function saveEntryText(base: Entry, patch: EntryPatch, now = Date.now()): Promise<SaveResult> {
  const db = getDb();
  const next = Entry.parse({ ...base, ...patch, updatedAt: Math.max(now, base.updatedAt + 1) });
  return db.transaction('rw', db.entries, db.revisions, async () => {
    const stored = await db.entries.get(base.id);
    const conflict = !!stored && stored.updatedAt !== base.updatedAt;
    if (stored && conflict) await keepConflict(stored);
    // Keep fields another window may have changed (Trash state, links); take this editor's text.
    const merged: Entry = stored ? { ...stored, ...patch, updatedAt: next.updatedAt } : next;
    await db.entries.put(merged);
    return { entry: merged, conflict };
  });
}

export async function moveToTrash(id: string, now = Date.now()): Promise<void> {
  await getDb().entries.update(id, { deletedAt: now });
}

export async function restoreFromTrash(id: string): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.entries, async () => {
    const entry = await db.entries.get(id);
    if (!entry) return;
    const { deletedAt: _removed, ...rest } = entry;
    await db.entries.put(rest);
  });
}

/** Entries in Trash, most recently deleted first. */
export async function listTrash(): Promise<Entry[]> {
  const items = await getDb().entries.where('deletedAt').above(0).toArray();
  return items.sort((a, b) => (b.deletedAt ?? 0) - (a.deletedAt ?? 0));
}

async function deleteEntriesForever(ids: string[]): Promise<number> {
  const db = getDb();
  // An entry deleted for good takes its revisions and attachments with it.
  await db.transaction('rw', [db.entries, db.revisions, db.attachments], async () => {
    await db.entries.bulkDelete(ids);
    await db.revisions.where('entryId').anyOf(ids).delete();
    await db.attachments.where('entryId').anyOf(ids).delete();
  });
  return ids.length;
}

/** Deletes everything in Trash for good. Returns how many entries went. */
export async function emptyTrash(): Promise<number> {
  const ids = (await getDb().entries.where('deletedAt').above(0).primaryKeys()) as string[];
  return deleteEntriesForever(ids);
}

export function deleteForever(id: string): Promise<number> {
  return deleteEntriesForever([id]);
}

/** Trash keeps entries for TRASH_DAYS; older ones are removed when the journal opens. */
export async function purgeExpiredTrash(now = Date.now()): Promise<number> {
  const cutoff = now - TRASH_DAYS * DAY_MS;
  const ids = (await getDb().entries.where('deletedAt').between(0, cutoff, false, true).primaryKeys()) as string[];
  return deleteEntriesForever(ids);
}

/** What the journal's order reads of an entry. */
type Ordered = Pick<Entry, 'occurredOn' | 'createdAt' | 'id'>;

/**
 * The journal's order: newest first by the date each entry happened, then by when it was written, then by id
 * (the order of the `[occurredOn+createdAt]` index read in reverse). A comparator for Array.prototype.sort.
 */
export function journalOrder(a: Ordered, b: Ordered): number {
  if (a.occurredOn !== b.occurredOn) return a.occurredOn > b.occurredOn ? -1 : 1;
  if (a.createdAt !== b.createdAt) return b.createdAt - a.createdAt;
  return a.id === b.id ? 0 : a.id > b.id ? -1 : 1;
}

/**
 * The whole journal is read this many entries at a time (about 1.5 MB at 250 words each): Chromium turns each
 * slice into JavaScript in one task of the page, which must stay short with a career of entries (at 1,000 that
 * task alone took 30–60 ms at 50,000 entries).
 */
export const JOURNAL_SLICE = 500;

/** Live entries (Trash left out) in journal order. */
export async function listJournal(): Promise<Entry[]> {
  return (await readJournalUnless(() => false)) as Entry[];
}

/**
 * listJournal for a reader that may stop wanting it: the table is read in id order, a slice of JOURNAL_SLICE entries per
 * short transaction, so a long read never holds the database, the page stays responsive, and `stop()` is asked
 * between slices (null once it says yes). Sorted here rather than read through the date index: Chromium's
 * getAll through an index costs about a quarter more than on the table itself (bench: store overhead).
 */
export function readJournalUnless(stop: () => boolean): Promise<Entry[] | null> {
  return readSortedUnless(stop, async (afterId, limit) => {
    const { entries, next } = await readStoredSlice(afterId, limit);
    return { items: entries, next };
  });
}

/** A slice of the stored journal's heads (Trash left out), in id order, and where the next slice begins. */
export type ReadHeads = (
  afterId: string | undefined,
  limit: number,
) => Promise<{ heads: EntryHead[]; next: string | undefined }>;

/** readStoredSlice cut down to heads at once, so the text of a career of entries is never all held together. */
export const readStoredHeads: ReadHeads = async (afterId, limit) => {
  const { entries, next } = await readStoredSlice(afterId, limit);
  return { heads: entries.map(entryHead), next };
};

/**
 * readJournalUnless, keeping only each entry's head, read by `readHeads` (readStoredHeads, or the same read done
 * off the page's thread, where the text is indexed on the way). `each` is handed every slice's heads as read.
 */
export function readJournalHeadsUnless(
  stop: () => boolean,
  readHeads: ReadHeads = readStoredHeads,
  each?: (heads: EntryHead[]) => void,
): Promise<EntryHead[] | null> {
  return readSortedUnless(
    stop,
    async (afterId, limit) => {
      const { heads, next } = await readHeads(afterId, limit);
      return { items: heads, next };
    },
    each,
  );
}

async function readSortedUnless<T extends Ordered>(
  stop: () => boolean,
  readSlice: (afterId: string | undefined, limit: number) => Promise<{ items: T[]; next: string | undefined }>,
  each?: (items: T[]) => void,
): Promise<T[] | null> {
  // Each slice is sorted as it arrives; the sorted runs are then merged in pairs, a pass at a time, the page
  // getting a turn between passes: one sort of 100,000 entries would hold the page for a tenth of a second.
  let runs: T[][] = [];
  let reading = readSlice(undefined, JOURNAL_SLICE);
  for (;;) {
    const { items, next } = await reading;
    if (stop()) return null;
    if (next !== undefined) reading = readSlice(next, JOURNAL_SLICE);
    const run = items.sort(journalOrder);
    runs.push(run);
    each?.(run);
    if (next === undefined) break;
    if (stop()) {
      // A slice read ahead is waited for even when stopping here, so its failure is not left unheard.
      await reading;
      return null;
    }
  }
  // Entries written between slices are either in a later slice or not; a reader that must see every write
  // follows the writes too (the journal cache merges each change as it lands).
  while (runs.length > 1) {
    const merged: T[][] = [];
    for (let at = 0; at < runs.length; at += 2) merged.push(mergeSorted(runs[at] ?? [], runs[at + 1] ?? []));
    runs = merged;
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (stop()) return null;
  }
  return runs[0] ?? [];
}

export interface StoredSlice {
  entries: Entry[];
  next: string | undefined;
}

/**
 * Up to `limit` stored entries with ids after `afterId` (from the first when undefined), in id order, Trash left
 * out; `next` is where the following slice begins, undefined once this one reached the end of the table.
 */
export function readStoredSlice(afterId: string | undefined, limit: number): Promise<StoredSlice> {
  return readStoredSliceOf(getDb(), afterId, limit);
}

/** readStoredSlice from the database given (the journal's reader opens its own, off the page's thread). */
export async function readStoredSliceOf(
  db: LanternDB,
  afterId: string | undefined,
  limit: number,
): Promise<StoredSlice> {
  const table = db.entries;
  const slice = await (afterId === undefined ? table : table.where(':id').above(afterId)).limit(limit).toArray();
  return {
    entries: slice.filter((entry) => entry.deletedAt === undefined),
    next: slice.length < limit ? undefined : slice[slice.length - 1]?.id,
  };
}

/** Two lists in journal order as one. */
function mergeSorted<T extends Ordered>(a: readonly T[], b: readonly T[]): T[] {
  const merged: T[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  for (let at = 0; at < merged.length; at++) {
    const takeA = j >= b.length || (i < a.length && journalOrder(a[i] as T, b[j] as T) <= 0);
    merged[at] = (takeA ? a[i++] : b[j++]) as T;
  }
  return merged;
}

/**
 * The newest live entries among the newest `limit` stored, in `listJournal` order: one read from the end of the
 * date index, so the journal can paint its first rows without reading every entry. (Trash is left out after
 * reading, not by a filter: a filter would turn the read into a cursor walked one entry at a time.)
 */
export async function listNewestEntries(limit: number): Promise<Entry[]> {
  return (await readNewestPage(limit)).entries;
}

/** listNewestEntries, and whether that was every stored entry (fewer than `limit` are stored, Trash included). */
export async function readNewestPage(limit: number): Promise<{ entries: Entry[]; complete: boolean }> {
  const newest = await getDb().entries.orderBy('[occurredOn+createdAt]').reverse().limit(limit).toArray();
  return { entries: newest.filter((entry) => entry.deletedAt === undefined), complete: newest.length < limit };
}

/** These entries, in the order asked, with `undefined` for any that no longer exist. */
export function getEntries(ids: readonly string[]): Promise<(Entry | undefined)[]> {
  return getDb().entries.bulkGet([...ids]);
}

export function countRevisions(entryId: string): Promise<number> {
  return getDb().revisions.where('entryId').equals(entryId).count();
}

/**
 * When the earliest entry (by the date it happened) was written, if there is one: cheap by index,
 * and enough for the backup reminder to know there is something worth keeping.
 */
export async function oldestEntryCreatedAt(): Promise<number | undefined> {
  const first = await getDb().entries.orderBy('[occurredOn+createdAt]').first();
  return first?.createdAt;
}

/** Records which patient-detail findings the user marked "not a patient detail" for an entry. */
export async function updateEntryPrivacyExceptions(
  id: string,
  keys: readonly string[],
  now = Date.now(),
): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.entries, async () => {
    const entry = await db.entries.get(id);
    if (!entry) return;
    await db.entries.put(
      Entry.parse({ ...entry, privacyExceptions: [...keys], updatedAt: Math.max(now, entry.updatedAt + 1) }),
    );
  });
}
