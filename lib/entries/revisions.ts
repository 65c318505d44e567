import { getDb } from '../db';
import { newId } from '../ids';
import { type Entry, Revision, type RevisionReason } from './schema';
import { wholeRevision, withRevisionRestored } from './whole-revision';

/** Keep the last 50 per entry; record one at least every 5 minutes of continuous editing. */
export const MAX_REVISIONS = 50;
export const REVISION_INTERVAL_MS = 5 * 60 * 1000;

/** Records the entry's text as a revision, unless it is the same as the latest one. */
export async function addRevision(
  entry: Pick<Entry, 'id' | 'title' | 'body'>,
  reason: RevisionReason,
  now = Date.now(),
): Promise<boolean> {
  const db = getDb();
  const revision = newRevision({ entryId: entry.id, savedAt: now, title: entry.title, body: entry.body, reason });
  return db.transaction('rw', db.revisions, async () => {
    const latest = await db.revisions.where('[entryId+savedAt]').between([entry.id, 0], [entry.id, Infinity]).last();
    if (latest && latest.title === entry.title && latest.body === entry.body) return false;
    await keepRevision(revision);
    return true;
  });
}

/** A revision with a new random id. */
export function newRevision(fields: Omit<Revision, 'id'>): Revision {
  return Revision.parse({ ...fields, id: newId() });
}

/**
 * Keeps `loser` (the version of an entry another one is replacing) as a revision holding the whole
 * record, dropping the entry's oldest beyond the last 50. Runs in the caller's transaction when it
 * has one over `revisions`, else in its own. Returns the revision kept.
 */
export async function keepConflict(loser: Entry, reason: RevisionReason = 'conflict'): Promise<Revision> {
  const db = getDb();
  const revision = wholeRevision(loser, reason);
  await db.transaction('rw', db.revisions, () => keepRevision(revision));
  return revision;
}

/** Adds a revision and drops the entry's oldest beyond MAX_REVISIONS. Call inside a 'rw' transaction. */
async function keepRevision(revision: Revision): Promise<void> {
  const db = getDb();
  await db.revisions.add(revision);
  const ids = (await db.revisions
    .where('[entryId+savedAt]')
    .between([revision.entryId, 0], [revision.entryId, Infinity])
    .primaryKeys()) as string[];
  if (ids.length > MAX_REVISIONS) await db.revisions.bulkDelete(ids.slice(0, ids.length - MAX_REVISIONS));
}

/** An entry's revisions, newest first. */
export async function listRevisions(entryId: string): Promise<Revision[]> {
  const items = await getDb().revisions.where('[entryId+savedAt]').between([entryId, 0], [entryId, Infinity]).toArray();
  return items.reverse();
}

/**
 * Puts a revision back into the entry: its text, and every field the user edits when it was kept
 * whole. The entry being replaced is kept whole as a revision first, so restoring is itself undoable.
 */
export async function restoreRevision(entryId: string, revisionId: string, now = Date.now()): Promise<Entry> {
  const db = getDb();
  return db.transaction('rw', db.entries, db.revisions, async () => {
    const [entry, revision] = await Promise.all([db.entries.get(entryId), db.revisions.get(revisionId)]);
    if (!entry) throw new Error('This entry no longer exists: it may have been deleted for good in another window.');
    if (!revision) throw new Error('That version of the entry no longer exists.');
    if (revision.entryId !== entryId) throw new Error('That version belongs to another entry, so it was not restored.');
    await keepRevision(wholeRevision(entry, 'restore', now));
    const restored: Entry = { ...withRevisionRestored(entry, revision), updatedAt: Math.max(now, entry.updatedAt + 1) };
    await db.entries.put(restored);
    return restored;
  });
}
