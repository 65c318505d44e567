import type { LanternDB } from '../db';
import { Entry, Revision } from '../entries/schema';
import { wholeRevision } from '../entries/whole-revision';
import type { PlainRecord } from './seal';

/**
 * Keeps a losing version of an entry as a revision marked "conflict", whole (text, learning points,
 * actions, tags and every other field), so the doctor sees the same notice and Compare as for two
 * windows and a merged backup. The id is given by the caller, made from the entry and the losing
 * document revision, so two devices resolving the same conflict write the same revision.
 * Dexie calls only: runs inside the caller's transaction.
 */
export async function keepLosingEntry(db: LanternDB, loser: PlainRecord, revisionId: string): Promise<void> {
  const entry = Entry.safeParse(loser);
  const revision = entry.success
    ? { ...wholeRevision(entry.data), id: revisionId }
    : // A version that no longer fits the schema keeps at least its words.
      Revision.parse({
        id: revisionId,
        entryId: String(loser.id),
        savedAt: typeof loser.updatedAt === 'number' ? loser.updatedAt : 0,
        title: typeof loser.title === 'string' ? loser.title : '',
        body: typeof loser.body === 'string' ? loser.body : '',
        reason: 'conflict',
      });
  await db.revisions.put(revision);
}
