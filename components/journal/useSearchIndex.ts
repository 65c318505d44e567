import { useEffect, useRef, useState } from 'preact/hooks';
import type { Entry } from '../../lib/entries/schema';
import { createSearchIndex, type SearchIndex } from '../../lib/search';

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
    const sync = () => {
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
    if (index.current) {
      sync();
      return;
    }
    // Build once the first rows are painted; at most half a second later.
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(sync, { timeout: 500 });
      return () => cancelIdleCallback(handle);
    }
    const handle = setTimeout(sync, 1);
    return () => clearTimeout(handle);
  }, [entries]);

  return { index: index.current, version };
}
