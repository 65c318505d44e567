import type { Entry } from '../../lib/entries/schema';
import type { SearchIndex } from '../../lib/search';
import { yieldToPage } from './turns';

/** Longest stretch of index work before the page gets a turn: half a frame, so keys and paints go between. */
export const SLICE_MS = 8;
/** New words join the sorted dictionary about this often while building, so no search has many to merge. */
const SETTLE_EVERY_MS = 120;

export interface SliceOptions {
  /** True once the build is no longer wanted (the journal locked, read again): it stops at the next turn. */
  stopped(): boolean;
  /** Entries written since the build began are indexed as stored now, by the write's own update: skipped here. */
  skip(id: string): boolean;
  /** After each slice: how many entries have been indexed so far. */
  progress?(indexed: number): void;
}

/** Indexes the entries given, in slices; false when the build was stopped before the end. */
export type Feed = (entries: readonly Entry[]) => Promise<boolean>;

/**
 * Feeds an index: each batch of entries given is indexed a slice of about SLICE_MS at a time, the page getting a
 * turn after each, so a journal of 100,000 entries never holds the page for long and search can answer from what
 * is indexed so far. The batches (reads of the stored journal) can be let go once fed.
 */
export function createFeeder(index: SearchIndex, options: SliceOptions): Feed {
  let settledAt = performance.now();
  let indexed = 0;
  return async (entries) => {
    let at = 0;
    while (at < entries.length) {
      const sliceStart = performance.now();
      const until = sliceStart + SLICE_MS;
      if (sliceStart - settledAt > SETTLE_EVERY_MS) {
        // The rest of a merge of the dictionary's tiers waits for the next slice once this one's time is up.
        index.settle(() => performance.now() > until);
        settledAt = performance.now();
      }
      do {
        const entry = entries[at++];
        if (entry && !options.skip(entry.id)) index.add(entry);
        indexed++;
      } while (at < entries.length && performance.now() < until);
      options.progress?.(indexed);
      await yieldToPage();
      if (options.stopped()) return false;
    }
    return true;
  };
}

/** Ends a build: new words into the dictionary, then the index's spare room given back, in slices. */
export async function finishIndex(index: SearchIndex, stopped: () => boolean): Promise<boolean> {
  for (const step of [index.settle, index.trim]) {
    for (;;) {
      const until = performance.now() + SLICE_MS;
      if (step(() => performance.now() > until)) break;
      await yieldToPage();
      if (stopped()) return false;
    }
  }
  return true;
}

/**
 * Indexes the entries a write changed (`fresh[i]` is entry `ids[i]` as stored now, or undefined once deleted)
 * in slices, so a burst of them (a first sync) never holds the page for long.
 */
export async function updateInSlices(
  index: SearchIndex,
  ids: readonly string[],
  fresh: readonly (Entry | undefined)[],
  stopped: () => boolean,
): Promise<void> {
  let sliceStart = performance.now();
  for (const [at, id] of ids.entries()) {
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToPage();
      if (stopped()) return;
      sliceStart = performance.now();
    }
    const entry = fresh[at];
    if (entry) index.update(entry);
    else index.remove(id);
  }
}
