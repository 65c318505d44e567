import type { LanternDB } from '../db';
import type { Revision } from '../entries/schema';
import type { PlainRecord } from './seal';

/**
 * Keeps a losing version of an entry as a revision marked "conflict", so the doctor sees the same
 * notice and Compare as for two windows. The id is given by the caller, made from the entry and the
 * losing document revision, so two devices resolving the same conflict write the same revision.
 * Dexie calls only: runs inside the caller's transaction.
 *
 * The one place to swap for lib/entries' whole-record conflict helper when the hardening work lands
 * (it keeps every field of the losing entry, not only its title and text).
 */
export async function keepLosingEntry(db: LanternDB, loser: PlainRecord, revisionId: string): Promise<void> {
  const revision = {
    id: revisionId,
    entryId: String(loser.id),
    savedAt: typeof loser.updatedAt === 'number' ? loser.updatedAt : 0,
    title: typeof loser.title === 'string' ? loser.title : '',
    body: typeof loser.body === 'string' ? loser.body : '',
    reason: 'conflict',
  };
  // Revisions' ids become strings with the hardening work (Dexie version 6); IndexedDB accepts a
  // string key in the auto-increment store already.
  await db.revisions.put(revision as unknown as Revision);
}
