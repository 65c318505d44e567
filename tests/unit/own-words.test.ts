import { describe, expect, it } from 'vitest';
import { runDigest, runsOf } from '../support/shingles.mjs';
import { SEED_QUOTES } from './fixtures/privacy-sentences-seeds';
import fingerprint from './fixtures/seed-fingerprint.json';

const seedRuns = new Map(Object.entries(fingerprint.articles).map(([file, runs]) => [file, new Set(runs)] as const));

function copiedRuns(text: string): string[] {
  return runsOf(text).filter((run) => [...seedRuns.values()].some((runs) => runs.has(runDigest(run))));
}

describe('test fixtures written on the source articles’ themes', () => {
  it.each(SEED_QUOTES.map(({ file, sentences }) => [file, sentences] as const))(
    'the sentences on %s share no run of eight words with any article',
    (_, sentences) => {
      expect(copiedRuns(sentences)).toEqual([]);
    },
  );

  it('compares against every article’s runs', () => {
    expect(seedRuns.size).toBe(5);
    for (const runs of seedRuns.values()) expect(runs.size).toBeGreaterThan(100);
  });
});
