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
   * Brings the words added since into the sorted dictionary searches read, and goes on with any merge of its
   * tiers under way until `stop()` says so; true once none is left. `search` does it anyway (briefly); calling it
   * now and then while adding many entries keeps the work of any one search small.
   */
  settle(stop?: () => boolean): boolean;
  /**
   * The best matches for `query`, best first. Every word must match; the word being typed matches as a prefix.
   * An empty query returns the entries passing the filters, newest first.
   */
  search(query: string, options?: SearchOptions): SearchResult[];
  /** How many entries are indexed. */
  readonly size: number;
}

/** How long a search goes on with a merge of the dictionary's tiers under way before it answers. */
const SEARCH_MERGE_MS = 2;

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
      while (!settleDictionary(store));
      while (!trimPostings(store));
    },
    trim: (stop) => trimPostings(store, stop),
    settle: (stop) => settleDictionary(store, stop),
    search(query, options) {
      // New words join the sorted dictionary once per search, not one splice per word as entries are added; a
      // merge of its tiers under way goes on for a moment (searches read the tiers either way).
      const until = performance.now() + SEARCH_MERGE_MS;
      settleDictionary(store, () => performance.now() > until);
      return runSearch(store, query, options);
    },
    get size() {
      return store.slotById.size;
    },
  };
}
