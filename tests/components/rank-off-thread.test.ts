import { describe, expect, it } from 'vitest';
import { createRanker } from '../../app/competencies/rankOffThread';
import type { RankAsk, RankReply } from '../../app/competencies/rankRequests';
import { rankSuggestions } from '../../lib/competencies';
import { fakeWorker } from './fake-worker';

// A long entry's suggestions are ranked in a worker (app/competencies/rankOffThread.ts). Here the worker's side
// runs in the test's own thread, behind a fake worker that answers by message, a turn later.
const LONG =
  'After the near miss we held a safety huddle, reported it and agreed a fairer rota with the registrars. '.repeat(120);

describe('a long entry’s suggestions ranked off the page', () => {
  it('ranks in the worker exactly as the page would, for either framework', async () => {
    const { worker, sent } = fakeWorker<RankAsk, RankReply>(({ id, text, frameworkId }) => ({
      id,
      ranked: rankSuggestions(text, frameworkId),
    }));
    const rank = createRanker(() => worker);
    for (const frameworkId of ['mlcf', 'hlm'] as const) {
      const ranked = await rank(LONG, frameworkId);
      expect(ranked.length).toBeGreaterThan(0);
      expect(ranked).toEqual(rankSuggestions(LONG, frameworkId));
    }
    expect(sent.map((request) => request.frameworkId)).toEqual(['mlcf', 'hlm']);
  });

  it('ranks in the page when the worker fails or cannot start, so suggestions still come', async () => {
    const expected = rankSuggestions(LONG, 'mlcf');
    const { worker } = fakeWorker<RankAsk, RankReply>(({ id }) => ({ id, failed: 'out of memory' }));
    expect(await createRanker(() => worker)(LONG, 'mlcf')).toEqual(expected);
    expect(await createRanker(() => null)(LONG, 'mlcf')).toEqual(expected);
  });
});
