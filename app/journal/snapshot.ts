import type { EntryHead } from '../../lib/entries/head';
import type { SearchOptions, SearchResult } from '../../lib/search';

/** What the journal cache (journalCache.ts) holds and hands to every view. */
export interface JournalSnapshot {
  /** Every live entry's head, newest first; undefined until the whole journal has loaded. */
  entries: EntryHead[] | undefined;
  /** The newest entries' heads, shown until `entries` arrives. */
  firstPage: EntryHead[] | undefined;
  error: unknown;
  /** The search index, once its building has begun; `version` grows with every change to it. */
  search: SearchState | null;
}

/**
 * The index is built in slices while the page stays responsive, and answers from what it holds so far:
 * `indexed` of `total` entries until `ready`.
 */
export interface SearchState {
  index: JournalSearch;
  version: number;
  ready: boolean;
  indexed: number;
  /** Undefined while the journal is still being read (the index is built from the reads). */
  total: number | undefined;
  /** While the journal is still being read: the heads read so far, by id, so results can be shown meanwhile. */
  heads?: ReadonlyMap<string, EntryHead>;
}

/** The search index, held by the journal's service (journalService.ts), off the page's thread where it can be. */
export interface JournalSearch {
  /** The best matches for `query`, best first, from what is indexed so far. */
  search(query: string, options?: SearchOptions): Promise<SearchResult[]>;
}
