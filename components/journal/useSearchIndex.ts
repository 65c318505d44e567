import { useEffect, useRef, useState } from 'preact/hooks';
import type { Entry } from '../../lib/entries/schema';
import type { SearchIndex } from '../../lib/search';

// The search engine loads with the first build of the index, after the journal has painted.
const loadSearch = () => import('../../lib/search');

/**
 * A search index kept in step with the live journal. The first build waits for an idle moment so
 * the journal paints first; after that only changed entries are re-indexed.
 */
export function useSearchIndex(entries: readonly Entry[] | undefined): { index: SearchIndex | null; version: number } {
  const index = useRef<SearchIndex | null>(null);
  const seen = useRef(new Map<string, number>());
  const [version, setVersion] = useState(0);

  useEffect(() => {
    if (!entries) return;
    let live = true;
    const sync = async () => {
      const { createSearchIndex } = await loadSearch();
      if (!live) return;
      if (!index.current) {
        index.current = createSearchIndex();
        index.current.addAll(entries);
        seen.current = new Map(entries.map((entry) => [entry.id, entry.updatedAt]));
      } else {
        const live = new Set<string>();
        for (const entry of entries) {
          live.add(entry.id);
          if (seen.current.get(entry.id) !== entry.updatedAt) {
            index.current.update(entry);
            seen.current.set(entry.id, entry.updatedAt);
          }
        }
        for (const id of [...seen.current.keys()]) {
          if (!live.has(id)) {
            index.current.remove(id);
            seen.current.delete(id);
          }
        }
      }
      setVersion((value) => value + 1);
    };
    const stop = () => {
      live = false;
    };
    if (index.current) {
      void sync();
      return stop;
    }
    // Build once the first rows are painted; at most half a second later.
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(() => void sync(), { timeout: 500 });
      return () => {
        stop();
        cancelIdleCallback(handle);
      };
    }
    const handle = setTimeout(() => void sync(), 1);
    return () => {
      stop();
      clearTimeout(handle);
    };
  }, [entries]);

  return { index: index.current, version };
}
