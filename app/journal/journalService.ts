import type { LanternDB } from '../../lib/db';
import { entryHead } from '../../lib/entries/head';
import { readStoredSliceOf } from '../../lib/entries/repository';
import { createSearchIndex, type SearchIndex } from '../../lib/search';
import { createFeeder, type Feed, finishIndex, updateInSlices } from './indexInSlices';
import type { JournalAsk, JournalReply, JournalRequest } from './journalRequests';

interface Build {
  id: number;
  index: SearchIndex;
  feed: Feed;
  /** Entries a write reached since the build began: indexed as stored now, so a slice read earlier skips them. */
  written: Set<string>;
  /** The slices read for it, indexed one after another once their heads have gone to the page. */
  fed: Promise<unknown>;
}

/**
 * The journal's service: reads the stored journal a slice at a time, and holds the search index over the entries'
 * text, built from those same reads, kept up to date as the page reports writes, and searched on request. It runs
 * in a worker of the page (journal.worker.ts), so neither the reads nor the index cost the page's thread anything
 * but a message; where no worker can run, in the page itself (journalConnection.ts).
 *
 * Each index is one build, named by the page: a request for a newer build begins a new index, and one for an
 * older build is not indexed (the page abandoned it: the journal was read again, an import replaced it).
 */
export function createJournalService(
  open: (name: string) => LanternDB,
  /** Ends a connection the service opened (the page's own service uses the page's, which it leaves open). */
  close: (db: LanternDB) => void = (db) => db.close(),
) {
  let db: LanternDB | undefined;
  let current: Build | null = null;

  /** The index for `id`, begun afresh when the page has begun a newer build; null for an older or no build. */
  const buildFor = (id: number): Build | null => {
    if (id <= 0 || (current && id < current.id)) return null;
    if (current?.id === id) return current;
    const index = createSearchIndex();
    const written = new Set<string>();
    const build: Build = {
      id,
      index,
      written,
      fed: Promise.resolve(),
      feed: createFeeder(index, { stopped: () => current !== build, skip: (entryId) => written.has(entryId) }),
    };
    current = build;
    return build;
  };
  const indexed = () => current?.index.size ?? 0;

  async function handle(ask: JournalAsk): Promise<JournalReply> {
    switch (ask.kind) {
      case 'slice': {
        const { entries, next } = await readStoredSliceOf(need(db), ask.afterId, ask.limit);
        // Indexed after the heads have gone: the page then knows every entry a search of it can find.
        const build = buildFor(ask.build);
        if (build) build.fed = build.fed.then(() => build.feed(entries));
        return { heads: entries.map(entryHead), next, indexed: indexed() };
      }
      case 'ids': {
        const found = await need(db).entries.bulkGet(ask.ids);
        const build = buildFor(ask.build);
        if (build) {
          for (const id of ask.ids) build.written.add(id);
          await updateInSlices(build.index, ask.ids, found, () => current !== build);
        }
        return { found: found.map((entry) => entry && entryHead(entry)), indexed: indexed() };
      }
      case 'index':
        await buildFor(ask.build)?.feed(ask.entries);
        return { indexed: indexed() };
      case 'finish': {
        const build = buildFor(ask.build);
        await build?.fed;
        const done = build ? await finishIndex(build.index, () => current !== build) : false;
        return { indexed: indexed(), done };
      }
      case 'search': {
        const build = current?.id === ask.build ? current : null;
        return { results: build ? build.index.search(ask.query, ask.options) : [] };
      }
    }
  }

  return {
    /** Answers one request; a failure (a locked journal, a damaged record) is thrown as it was met. */
    async answer(request: JournalRequest): Promise<{ id: number } & JournalReply> {
      if (db?.name !== request.database) {
        if (db) close(db);
        db = open(request.database);
      }
      if (request.vault) await db.keyring.adopt(request.vault);
      return { id: request.id, ...(await handle(request)) };
    },
    /** Lets the index go (the journal locked, or the page gone). */
    drop() {
      current = null;
      // The search engine keeps its last index's dictionary for the next search; a search of an empty index
      // replaces it.
      createSearchIndex().search('lantern', { filters: { starred: true } });
    },
  };
}

export type JournalService = ReturnType<typeof createJournalService>;

function need(db: LanternDB | undefined): LanternDB {
  if (!db) throw new Error('The journal service has no database open.');
  return db;
}
