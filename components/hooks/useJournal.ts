import { useEffect, useState } from 'preact/hooks';
import { getJournalSnapshot, type JournalSnapshot, subscribeJournal } from '../../app/journal/journalCache';
import type { EntryHead } from '../../lib/entries/head';

export interface JournalState {
  /** Every live entry without its text (lib/entries/head.ts): views showing text read it from storage. */
  entries: EntryHead[] | undefined;
  error: unknown;
}

/**
 * The live journal, shared: the tree, the palette and the competency counts read one copy (journalCache.ts)
 * instead of each loading every entry. `entries` is undefined until the whole journal has loaded, which
 * happens after the Journal's first rows have painted.
 */
export function useJournal(): JournalState {
  const [state, setState] = useState<JournalState>(() => pick(getJournalSnapshot()));
  useEffect(
    () =>
      subscribeJournal((next) =>
        // Only the list and its error matter here, not the first page or the search index.
        setState((previous) =>
          previous.entries === next.entries && previous.error === next.error ? previous : pick(next),
        ),
      ),
    [],
  );
  return state;
}

/** Everything the Journal view shows: the first page until the whole list loads, and the search index. */
export function useJournalSnapshot(): JournalSnapshot {
  const [state, setState] = useState(getJournalSnapshot);
  useEffect(() => subscribeJournal(setState), []);
  return state;
}

function pick({ entries, error }: JournalSnapshot): JournalState {
  return { entries, error };
}
