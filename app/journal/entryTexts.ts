import type { EntryHead } from '../../lib/entries/head';
import type { Entry } from '../../lib/entries/schema';

/**
 * The text of the entries most recently shown with it (search snippets), kept so that the next keystroke's
 * results, which are mostly the last one's, show their snippets at once rather than after a read from storage.
 * Kept by head: a save replaces an entry's head, and its old text is then not used. A few hundred entries at
 * most, and forgotten with the rest of the journal in memory (forgetJournalCaches: locking, a restore).
 */
const MOST_KEPT = 300;
const kept = new Map<string, { head: EntryHead; entry: Entry }>();

/** The entry read for `head` if it is kept and `head` is still its latest version; undefined otherwise. */
export function keptText(head: EntryHead): Entry | undefined {
  const found = kept.get(head.id);
  if (found?.head !== head) return undefined;
  // Most recently used last, so the oldest is the first to go.
  kept.delete(head.id);
  kept.set(head.id, found);
  return found.entry;
}

export function keepText(head: EntryHead, entry: Entry): void {
  kept.delete(head.id);
  kept.set(head.id, { head, entry });
  for (const id of kept.keys()) {
    if (kept.size <= MOST_KEPT) break;
    kept.delete(id);
  }
}

export function forgetEntryTexts(): void {
  kept.clear();
}
