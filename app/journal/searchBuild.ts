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
 * The page's side of one build of the search index (journalCache.ts). The index itself is built by the journal's
 * service (journalService.ts) from the slices it reads — the first page, then each read of the stored journal —
 * and named by `id` in every request; here the build shows how far it has got, and when it is ready.
 */
export interface Build {
  readonly id: number;
  /** True once the build is no longer wanted (the journal locked, read again): it stops at the next read. */
  stopped(): boolean;
  /** The id to index a read for: this build's while it is wanted, else 0 (read, but index nothing). */
  indexing(): number;
  /** The index holds `indexed` entries so far: shown a few times a second. */
  progress(indexed: number): void;
  /** Shows how far it has got now (the first page alone indexed). */
  showProgress(): void;
  /** Everything has been read (`total` entries): the service settles its index, and it is shown ready. */
  finish(total: number, settle: () => Promise<boolean>): Promise<boolean>;
}

export function beginBuild(id: number, stopped: () => boolean, show: (progress: BuildProgress) => void): Build {
  let shownAt = Number.NEGATIVE_INFINITY;
  let indexed = 0;
  /** Once finishing, only "ready" is shown: a report still on its way must not show less. */
  let finishing = false;
  const showSoFar = () => {
    if (!finishing && !stopped()) show({ indexed, ready: false, total: undefined });
  };
  return {
    id,
    stopped,
    indexing: () => (stopped() ? 0 : id),
    progress(now) {
      indexed = Math.max(indexed, now);
      if (performance.now() - shownAt < PROGRESS_EVERY_MS) return;
      shownAt = performance.now();
      // In a task of its own: the views search again and render, which must not add to the handling of a read.
      void yieldToPage().then(showSoFar);
    },
    showProgress: showSoFar,
    async finish(total, settle) {
      finishing = true;
      // After the list it finishes with has been shown and rendered: not in the same task.
      await yieldToPage();
      if (stopped() || !(await settle()) || stopped()) return false;
      show({ indexed: total, ready: true, total });
      return true;
    },
  };
}
