/**
 * Full-text search over the journal: titles, bodies, tags and the names of linked competencies, with prefix
 * matching while the user types, typo tolerance for longer words and filters. A compact inverted index kept in
 * memory; store.ts describes its layout, query.ts and rounds.ts how a query is matched and ranked.
 */

import { addDocument, removeDocument, type SearchableEntry } from './documents';
import { runSearch, type SearchOptions, type SearchResult } from './query';
import { createStore, settleDictionary, trimPostings } from './store';

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
  /** Indexes many entries at once, then trims the index's spare room (`trim`). */
  addAll(entries: Iterable<SearchableEntry>): void;
  /**
   * Gives back the spare room posting lists keep to grow into, after many `add`s (a journal indexed in slices),
   * until `stop()` says so, going on from where the last call stopped; true once done.
   */
  trim(stop?: () => boolean): boolean;
  /**
   * Merges the words added since into the sorted dictionary searches read. `search` does it anyway; calling it
   * now and then while adding many entries keeps any one merge small.
   */
  settle(): void;
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
    if (entry.deletedAt === undefined) addDocument(store, entry);
    else removeDocument(store, entry.id);
  }

  return {
    add,
    update: add,
    remove: (id) => removeDocument(store, id),
    addAll(entries) {
      for (const entry of entries) add(entry);
      while (!trimPostings(store));
    },
    trim: (stop) => trimPostings(store, stop),
    settle: () => settleDictionary(store),
    search(query, options) {
      // New words join the sorted dictionary in one merge per search, not one splice per word as entries are added.
      settleDictionary(store);
      return runSearch(store, query, options);
    },
    get size() {
      return store.slotById.size;
    },
  };
}
