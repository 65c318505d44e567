import { useEffect, useState } from 'preact/hooks';
import { getJournalSnapshot, type JournalSnapshot, subscribeJournal } from '../../app/journal/journalCache';
import { createWholeReader } from '../../app/journal/wholeEntries';
import type { EntryHead } from '../../lib/entries/head';
import type { Entry } from '../../lib/entries/schema';

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

export interface WholeJournalState {
  /** Every live entry with its text, newest first; undefined until read. */
  entries: Entry[] | undefined;
  error: unknown;
}

/**
 * The live journal with every entry's text, for views that need it all (summaries): read from storage while the
 * view is shown, and after a save only the entry written is read again. Costly with a career of entries: views
 * that show titles, dates and links use `useJournal`.
 */
export function useWholeJournal(): WholeJournalState {
  const { entries: heads, error } = useJournal();
  const [read] = useState(createWholeReader);
  const [state, setState] = useState<WholeJournalState>({ entries: undefined, error: undefined });
  useEffect(() => {
    if (!heads) {
      setState((previous) => (previous.entries ? { entries: undefined, error: undefined } : previous));
      return;
    }
    let live = true;
    read(heads, () => !live).then(
      (entries) => {
        if (live && entries) setState({ entries, error: undefined });
      },
      (readError: unknown) => {
        if (live) setState((previous) => ({ ...previous, error: readError }));
      },
    );
    return () => {
      live = false;
    };
  }, [heads, read]);
  return error ? { entries: state.entries, error } : state;
}
