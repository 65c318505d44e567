import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { SearchState } from '../../app/journal/snapshot';
import type { SearchFilters, SearchResult } from '../../lib/search';

/** How many results a search asks for: a few screenfuls. */
const LIMIT = 50;

export interface SearchAnswer {
  /** The latest results to show (those of the query before, until the service answers this one); null: none. */
  results: readonly SearchResult[] | null;
  /** The results for what is typed now, once the service has answered. */
  latest(): Promise<readonly SearchResult[] | null>;
}

/**
 * Asks the journal's search index (held off the page's thread) for the query and filters as typed. Each answer
 * arrives a moment later; one for a query since replaced is dropped, and the results shown meanwhile stay those of
 * the query before, so the list does not flicker empty between keys.
 */
export function useSearchResults(
  search: SearchState | null,
  query: string,
  filters: SearchFilters,
  searching: boolean,
): SearchAnswer {
  const [shown, setShown] = useState<{ results: readonly SearchResult[] } | null>(null);
  const pending = useRef<Asked | null>(null);
  const ask = (): Asked | null => {
    if (!searching || !search) return null;
    const last = pending.current;
    if (last?.search === search && last.query === query && last.filters === filters) return last;
    const results = search.index.search(query, { filters, limit: LIMIT }).then(
      (found): readonly SearchResult[] | null => found,
      // The journal was locked or closed meanwhile: nothing to show.
      () => null,
    );
    pending.current = { search, query, filters, results };
    return pending.current;
  };
  // Asked before the page paints the key just typed, not after: the worker searches while the page paints, and
  // its answer can make the next frame (an effect that ran after the paint would cost a frame every key).
  useLayoutEffect(() => {
    const asked = ask();
    if (!asked) {
      setShown(null);
      return;
    }
    let live = true;
    void asked.results.then((results) => {
      if (live && results) setShown({ results });
    });
    return () => {
      live = false;
    };
    // `ask` reads only these.
  }, [searching, search, query, filters]);
  return {
    results: searching && search ? (shown?.results ?? null) : null,
    // Enter may come before the effect above has asked for what is typed now.
    latest: () => ask()?.results ?? Promise.resolve(null),
  };
}

interface Asked {
  search: SearchState;
  query: string;
  filters: SearchFilters;
  results: Promise<readonly SearchResult[] | null>;
}
