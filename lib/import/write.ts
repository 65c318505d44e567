import { z } from 'zod';
import { getDb } from '../db';
import { draftEntry, putEntry } from '../entries/repository';
import type { Entry } from '../entries/schema';
import type { NoteDraft } from './types';

/** Every imported note is tagged so that the doctor can find (and review) what came in. */
export const IMPORTED_TAG = 'imported';

/**
 * Saves one free reflection per draft, in one transaction: if any draft is not a valid entry, or
 * storage fails part way (a full disk), nothing is written and the error is thrown. Returns the
 * entries as saved.
 */
export async function importNotes(drafts: readonly NoteDraft[], now = Date.now()): Promise<Entry[]> {
  // Validated before the transaction, which must hold only Dexie calls.
  const entries = drafts.map((draft) => toEntry(draft, now));
  const db = getDb();
  return db.transaction('rw', db.entries, async () => {
    const saved: Entry[] = [];
    for (const entry of entries) saved.push(await putEntry(entry));
    return saved;
  });
}

function toEntry(draft: NoteDraft, now: number): Entry {
  try {
    return draftEntry(
      {
        title: draft.title,
        body: draft.body,
        occurredOn: draft.occurredOn,
        kind: 'reflection',
        template: 'free',
        tags: [IMPORTED_TAG],
      },
      now,
    );
  } catch (error) {
    if (!(error instanceof z.ZodError)) throw error;
    const what = error.issues.map((issue) => `${issue.path.join('.') || 'entry'}: ${issue.message}`).join('; ');
    throw new Error(`Nothing was imported: “${draft.fileName}” cannot be saved as an entry (${what}).`, {
      cause: error,
    });
  }
}
