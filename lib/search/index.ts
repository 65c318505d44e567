/**
 * Full-text search over the journal: titles, bodies, tags and the names of linked competencies, with prefix
 * matching while the user types, typo tolerance for longer words and filters. A compact inverted index kept in
 * memory; store.ts describes its layout, query.ts and rounds.ts how a query is matched and ranked.
 */

import { addDocument, removeDocument, type SearchableEntry } from './documents';
import { runSearch, type SearchOptions, type SearchResult } from './query';
import { createStore, finishBulk } from './store';

export type { SearchableEntry } from './documents';
export type { SearchFilters } from './filters';
export { type HighlightSegment, highlight, snippet } from './highlight';
export { DEFAULT_LIMIT, type SearchOptions, type SearchResult } from './query';

export interface SearchIndex {
  /** Indexes an entry, replacing any earlier version with the same id; entries in Trash are left out. */
  add(entry: SearchableEntry): void;
  /** The same as `add`: an entry moved to Trash leaves the index. */
  update(entry: SearchableEntry): void;
  /** Takes an entry out of the index; false when it was not there. */
  remove(id: string): boolean;
  /** Indexes many entries at once, much faster than one `add` each (the dictionary is sorted once). */
  addAll(entries: Iterable<SearchableEntry>): void;
  /**
   * The best matches for `query`, best first. Every word must match; the word being typed matches as a prefix.
   * An empty query returns the entries passing the filters, newest first.
   */
  search(query: string, options?: SearchOptions): SearchResult[];
  /** How many entries are indexed. */
  readonly size: number;
}

export function createSearchIndex(): SearchIndex {
  const store = createStore();

  function add(entry: SearchableEntry): void {
    removeDocument(store, entry.id);
    if (entry.deletedAt === undefined) addDocument(store, entry);
  }

  return {
    add,
    update: add,
    remove: (id) => removeDocument(store, id),
    addAll(entries) {
      store.bulk = true;
      try {
        for (const entry of entries) add(entry);
      } finally {
        finishBulk(store);
      }
    },
    search: (query, options) => runSearch(store, query, options),
    get size() {
      return store.slotById.size;
    },
  };
}
