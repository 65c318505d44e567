import { liveQuery, type Subscription } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { listJournal } from '../../lib/entries/repository';
import type { Entry } from '../../lib/entries/schema';

export interface JournalState {
  entries: Entry[] | undefined;
  error: unknown;
}

/**
 * The live journal, shared: the tree, the palette and the competency counts read one query
 * instead of each loading every entry. Subscribed while any view uses it.
 */
let latest: JournalState = { entries: undefined, error: undefined };
let subscription: Subscription | undefined;
const listeners = new Set<(state: JournalState) => void>();

function publish(next: JournalState): void {
  latest = next;
  for (const listener of [...listeners]) listener(next);
}

export function useJournal(): JournalState {
  const [state, setState] = useState(latest);
  useEffect(() => {
    listeners.add(setState);
    if (subscription) setState(latest);
    else {
      subscription = liveQuery(listJournal).subscribe({
        next: (entries) => publish({ entries, error: undefined }),
        // Keep the last good list on screen; views show the error beside it.
        error: (error: unknown) => publish({ entries: latest.entries, error }),
      });
    }
    return () => {
      listeners.delete(setState);
      if (listeners.size === 0) {
        subscription?.unsubscribe();
        subscription = undefined;
        latest = { entries: undefined, error: undefined };
      }
    };
  }, []);
  return state;
}
