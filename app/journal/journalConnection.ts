import { getDb } from '../../lib/db';
import type { EntryHead } from '../../lib/entries/head';
import type { Entry } from '../../lib/entries/schema';
import type { SearchOptions, SearchResult } from '../../lib/search';
import { type WorkerPort, workerClient } from '../workers/workerClient';
import type { JournalAsk, JournalMessage, JournalReply } from './journalRequests';
import type { JournalService } from './journalService';

/** The little of a Worker the connection uses (a test hands in its own). */
export type ServiceWorker = WorkerPort<JournalMessage, JournalReply>;

export interface HeadSlice {
  heads: EntryHead[];
  next: string | undefined;
  /** How many entries the index holds after this slice. */
  indexed: number;
}

/** The page's side of the journal's service (journalService.ts): the reads and the search index it asks for. */
export interface JournalConnection {
  /** A slice of the stored journal, as heads; indexed on the way, for `build` (0: not). */
  readHeads(afterId: string | undefined, limit: number, build: number): Promise<HeadSlice>;
  /** The heads of the entries with these ids as stored now (undefined once gone), indexed again for `build`. */
  readIds(ids: readonly string[], build: number): Promise<{ found: (EntryHead | undefined)[]; indexed: number }>;
  /** Indexes entries the page holds already; how many the index holds after. */
  index(entries: Entry[], build: number): Promise<number>;
  /** Settles the index once every entry has been fed; false when a newer build replaced it. */
  finish(build: number): Promise<boolean>;
  search(query: string, options: SearchOptions, build: number): Promise<SearchResult[]>;
  /** Ends the service: its worker ends, and the keys and the index it held go with it. */
  close(): void;
}

/**
 * Connects to the journal's service in a worker of the page, so that reading a career of stored entries and
 * building and searching its index cost the page's thread only messages: Chromium finalises what each read leaves
 * behind in sweeps of 100 ms and more on the thread that read it, and a search over 100,000 entries takes tens of
 * milliseconds (bench: longest task).
 *
 * Where no worker can run, or the worker fails, the service runs in the page (loaded then, so the page's own
 * bundle carries no search code), and any error it meets (a locked journal, a damaged record) is the page's own.
 * An index the worker held is lost with it: `onLost` is told, so the index can be built again.
 */
export function openJournalConnection(
  options: { start?: () => ServiceWorker | null; onLost?: () => void } = {},
): JournalConnection {
  let local: Promise<JournalService> | undefined;
  let closed = false;
  /** Whether the worker was asked to index anything: if it fails, that index is lost with it. */
  let indexing = false;
  const worker = workerClient(options.start ?? startWorker, () => {
    if (!closed && indexing) options.onLost?.();
  });
  const inPage = (ask: JournalAsk): Promise<JournalReply> => {
    local ??= import('./journalService').then(({ createJournalService }) =>
      createJournalService(
        () => getDb(),
        () => undefined,
      ),
    );
    return local.then((service) => service.answer({ ...ask, id: 0, database: getDb().name, vault: null }));
  };
  async function ask<R extends JournalReply>(request: JournalAsk): Promise<R> {
    if (closed) throw new JournalClosed();
    const db = getDb();
    if (request.build > 0) indexing = true;
    // A search is shown as soon as it is answered (the key just typed is waiting for it); it needs no keys.
    const search = request.kind === 'search';
    const message = { ...request, database: db.name, vault: search ? null : db.keyring.handOver() };
    const answer = await worker.ask(message, search);
    if (closed) throw new JournalClosed();
    return (answer ?? (await inPage(request))) as R;
  }

  return {
    readHeads: (afterId, limit, build) => ask({ kind: 'slice', afterId, limit, build }),
    readIds: (ids, build) => ask({ kind: 'ids', ids: [...ids], build }),
    index: async (entries, build) => (await ask<{ indexed: number }>({ kind: 'index', entries, build })).indexed,
    finish: async (build) => (await ask<{ indexed: number; done?: boolean }>({ kind: 'finish', build })).done === true,
    search: async (query, searchOptions, build) =>
      (await ask<{ results: SearchResult[] }>({ kind: 'search', query, options: searchOptions, build })).results,
    close() {
      closed = true;
      worker.end();
      void local?.then((service) => service.drop());
    },
  };
}

/** A request made after the connection was closed (the journal locked): nobody is waiting for its answer. */
export class JournalClosed extends Error {
  constructor() {
    super('The journal was closed.');
    this.name = 'JournalClosed';
  }
}

function startWorker(): ServiceWorker | null {
  if (typeof Worker !== 'function') return null;
  return new Worker(new URL('./journal.worker.ts', import.meta.url), {
    type: 'module',
    name: 'Lantern journal',
  }) as unknown as ServiceWorker;
}
