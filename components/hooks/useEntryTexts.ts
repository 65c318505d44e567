import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { keepText, keptText } from '../../app/journal/entryTexts';
import type { EntryHead } from '../../lib/entries/head';
import { getEntries } from '../../lib/entries/repository';
import type { Entry } from '../../lib/entries/schema';

export interface EntryTexts {
  /** The whole entries read so far, by id; an entry is missing until read (and once deleted). */
  byId: ReadonlyMap<string, Entry>;
  error: unknown;
}

/**
 * The whole entries (text and all) of the few `heads` a view shows with their text, such as the search results
 * on screen: the journal in memory holds heads only. Each is read from storage when first shown and again when
 * its head changes (a save); those read recently are kept (app/journal/entryTexts.ts), so results that stay
 * from one keystroke to the next show their text at once.
 */
export function useEntryTexts(heads: readonly EntryHead[]): EntryTexts {
  const [reads, setReads] = useState(0);
  const [error, setError] = useState<unknown>(undefined);
  const reading = useRef(new Set<EntryHead>());
  // Heads whose read failed or found nothing: not asked for again on a loop (the error is shown).
  const unread = useRef(new WeakSet<EntryHead>());
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );
  // `reads` counts the reads that have landed: each brings the texts kept since.
  const byId = useMemo(() => {
    const found = new Map<string, Entry>();
    for (const head of heads) {
      const entry = keptText(head);
      if (entry) found.set(head.id, entry);
    }
    return found;
  }, [heads, reads]);
  useEffect(() => {
    const stale = heads.filter((head) => !byId.has(head.id) && !reading.current.has(head) && !unread.current.has(head));
    if (!stale.length) return;
    for (const head of stale) reading.current.add(head);
    const settle = (entries: readonly (Entry | undefined)[], failure: unknown) => {
      stale.forEach((head, at) => {
        reading.current.delete(head);
        const entry = entries[at];
        if (entry) keepText(head, entry);
        else unread.current.add(head);
      });
      if (!mounted.current) return;
      setError(failure);
      setReads((count) => count + 1);
    };
    getEntries(stale.map((head) => head.id)).then(
      (entries) => settle(entries, undefined),
      (failure: unknown) => settle([], failure),
    );
  }, [heads, byId]);
  return { byId, error };
}
