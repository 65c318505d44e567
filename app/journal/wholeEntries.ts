import type { EntryHead } from '../../lib/entries/head';
import { getEntries, readJournalUnless } from '../../lib/entries/repository';
import type { Entry } from '../../lib/entries/schema';
import { yieldToPage } from './turns';

/** Beyond this many entries to read at once, the whole journal is read in slices rather than each by id. */
const READ_ALL_OVER = 2000;
const BY_ID_SLICE = 500;

/**
 * For a view that needs the text of every entry (a summary): the whole entries behind a list of heads, read from
 * storage. It keeps what it has read, so after a save only the entry written is read again (a head is replaced
 * whenever its entry is written). Let it go with the view, and the text goes with it.
 */
export function createWholeReader() {
  let read = new WeakMap<EntryHead, Entry>();

  /** The whole entries of `heads`, in their order, leaving out any deleted since; null once `stop()` says so. */
  return async function wholeEntries(heads: readonly EntryHead[], stop: () => boolean): Promise<Entry[] | null> {
    const missing = heads.filter((head) => !read.has(head));
    if (missing.length > READ_ALL_OVER) {
      const all = await readJournalUnless(stop);
      if (!all) return null;
      const byId = new Map(all.map((entry) => [entry.id, entry]));
      const next = new WeakMap<EntryHead, Entry>();
      for (const head of heads) {
        // An entry written since its head was read is taken as stored; its new head, when it comes, is read again.
        const entry = byId.get(head.id);
        if (entry) next.set(head, entry);
      }
      read = next;
    } else {
      for (let at = 0; at < missing.length; at += BY_ID_SLICE) {
        if (at > 0) await yieldToPage();
        const slice = missing.slice(at, at + BY_ID_SLICE);
        const entries = await getEntries(slice.map((head) => head.id));
        if (stop()) return null;
        slice.forEach((head, i) => {
          const entry = entries[i];
          if (entry) read.set(head, entry);
        });
      }
    }
    return heads.flatMap((head) => read.get(head) ?? []);
  };
}
