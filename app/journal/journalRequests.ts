import type { EntryHead } from '../../lib/entries/head';
import type { Entry } from '../../lib/entries/schema';
import type { SearchOptions, SearchResult } from '../../lib/search';
import type { KeyringState } from '../../lib/vault/keyring';

/**
 * What the page asks of the journal's service (journalService.ts). `build` names the search index a request
 * belongs to (0: none): a slice read for a build is indexed as it is read, and only its heads come back.
 */
export type JournalAsk =
  /** One slice of the stored journal, in id order (Trash left out). */
  | { kind: 'slice'; afterId: string | undefined; limit: number; build: number }
  /** The entries with these ids as stored now, after a write: indexed again, their heads sent back. */
  | { kind: 'ids'; ids: string[]; build: number }
  /** Entries the page already holds (the first page, read to paint the first rows), to index. */
  | { kind: 'index'; entries: Entry[]; build: number }
  /** Every entry has been read: the index settles and gives back its spare room. */
  | { kind: 'finish'; build: number }
  | { kind: 'search'; query: string; options: SearchOptions; build: number };

/** A request as the client sends it, numbered on the way (workerClient.ts). */
export type JournalMessage = JournalAsk & {
  database: string;
  /** The page's keys as they are now (a journal with a passphrase is read with them); null in the page itself. */
  vault: KeyringState | null;
};

export type JournalRequest = JournalMessage & { id: number };

/** `indexed`: how many entries the current index holds. */
export type JournalReply =
  | { heads: EntryHead[]; next: string | undefined; indexed: number }
  | { found: (EntryHead | undefined)[]; indexed: number }
  | { indexed: number; done?: boolean }
  | { results: SearchResult[] };
