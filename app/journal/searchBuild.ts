import type { Entry } from '../../lib/entries/schema';
import type { SearchIndex } from '../../lib/search';
import { createFeeder, finishIndex } from './indexInSlices';
import { yieldToPage } from './turns';

/** How often a build in progress shows how far it has got (each time the views search again). */
const PROGRESS_EVERY_MS = 250;

export interface BuildProgress {
  indexed: number;
  ready: boolean;
  /** Undefined while the journal is still being read. */
  total: number | undefined;
}

/**
 * One build of the search index (journalCache.ts): fed entries in slices — the first page, then each read of the
 * stored journal, let go once fed — and then finished. Entries a write reaches meanwhile are indexed by the write
 * as stored now, and skipped by the build.
 */
export interface Build {
  readonly index: SearchIndex;
  /** True once the build is no longer wanted (the journal locked, read again). */
  stopped(): boolean;
  /** Indexes `entries` in slices; false when stopped before the end. */
  feed(entries: readonly Entry[]): Promise<boolean>;
  /** Entries written since the build began: indexed by the write, skipped here. */
  written(ids: readonly string[]): void;
  /** Shows how far it has got (the first page alone indexed). */
  showProgress(): void;
  /** Everything has been fed (`total` entries): settles and trims the index in slices, then shows it ready. */
  finish(total: number): Promise<boolean>;
}

export function beginBuild(index: SearchIndex, stopped: () => boolean, show: (progress: BuildProgress) => void): Build {
  const writtenDuring = new Set<string>();
  let shownAt = Number.NEGATIVE_INFINITY;
  /** Once finishing, only "ready" is shown: a feed still running (the first page's) must not show less. */
  let finishing = false;
  const showSoFar = () => {
    if (!finishing) show({ indexed: index.size, ready: false, total: undefined });
  };
  // Shown after the first slice, then a few times a second.
  const feed = createFeeder(index, {
    stopped,
    skip: (id) => writtenDuring.has(id),
    progress() {
      if (performance.now() - shownAt < PROGRESS_EVERY_MS) return;
      shownAt = performance.now();
      // In a task of its own: the views search again and render, which must not add to a slice read from storage.
      void yieldToPage().then(() => {
        if (!stopped()) showSoFar();
      });
    },
  });
  return {
    index,
    stopped,
    feed: (entries) => (stopped() ? Promise.resolve(false) : feed(entries)),
    written(ids) {
      for (const id of ids) writtenDuring.add(id);
    },
    showProgress: showSoFar,
    async finish(total) {
      finishing = true;
      // After the list it finishes with has been shown and rendered: not in the same task.
      await yieldToPage();
      if (!(await finishIndex(index, stopped)) || stopped()) return false;
      show({ indexed: total, ready: true, total });
      return true;
    },
  };
}
