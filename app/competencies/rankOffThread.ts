import type { ModelFrameworkId } from '../../lib/competencies';
import type { RankedElement } from '../../lib/competencies/rank';
import { type WorkerPort, workerClient } from '../workers/workerClient';
import type { RankAsk, RankReply } from './rankRequests';
import { loadSuggester } from './suggestions';

/** The little of a Worker the ranker uses (a test hands in its own). */
export type RankerWorker = WorkerPort<RankAsk, RankReply>;

export type Rank = (text: string, frameworkId: ModelFrameworkId) => Promise<RankedElement[]>;

/**
 * Ranks a framework's elements for a long entry's text in a worker of the page: over 40,000 characters the
 * ranking takes 50 ms and more, a task long enough to hold up the page as the entry opens. The worker starts with
 * the first long entry. Where no worker can run, or it fails, the ranking runs in the page; it is the same either
 * way (`rankSuggestions`).
 */
export function createRanker(start: () => RankerWorker | null = startWorker): Rank {
  const worker = workerClient(start);
  return async (text, frameworkId) =>
    (await worker.ask({ text, frameworkId }))?.ranked ?? (await loadSuggester()).rankSuggestions(text, frameworkId);
}

function startWorker(): RankerWorker | null {
  if (typeof Worker !== 'function') return null;
  return new Worker(new URL('./rank.worker.ts', import.meta.url), {
    type: 'module',
    name: 'Lantern competency suggestions',
  }) as unknown as RankerWorker;
}

/** The page's ranker for long entries: one worker, started with the first. */
export const rankOffThread: Rank = createRanker();
