import { newId } from '../ids';
import { Entry, EntryFields, EntryPatch, Revision, type RevisionReason } from './schema';

/*
 * Revisions kept whole. Wherever two versions of an entry meet and one must win (two windows, a
 * backup merged in, sync), the other is kept as a revision holding all of it: text, learning
 * points, actions, tags and every other field, so nothing is lost and the history's Compare can
 * show every difference. These helpers are pure; `keepConflict` (revisions.ts) writes one.
 */

/** A revision holding the whole of `entry` as it is, saved at its last change. Pure: writes nothing. */
export function wholeRevision(entry: Entry, reason: RevisionReason = 'conflict', savedAt = entry.updatedAt): Revision {
  const { id: entryId, title, body, ...fields } = entry;
  return Revision.parse({ id: newId(), entryId, savedAt, title, body, reason, fields: EntryFields.parse(fields) });
}

/**
 * The entry as a revision holds it: the whole record for a revision kept whole; for one holding
 * text only, `current` with that text.
 */
export function entryAsRevised(revision: Revision, current: Entry): Entry {
  const { title, body, fields } = revision;
  return fields ? Entry.parse({ ...fields, id: revision.entryId, title, body }) : { ...current, title, body };
}

/** `current` with a revision put back: its text, and every field the user edits when it was kept whole. */
export function withRevisionRestored(current: Entry, revision: Revision): Entry {
  const revised = entryAsRevised(revision, current);
  const restored: Record<string, unknown> = { ...current };
  for (const field of Object.keys(EntryPatch.shape) as (keyof Entry)[]) {
    if (revised[field] === undefined) delete restored[field];
    else restored[field] = revised[field];
  }
  return restored as Entry;
}
