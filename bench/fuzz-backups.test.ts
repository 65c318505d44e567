import { expect, it } from 'vitest';
import { fuzzBackups } from '../tests/unit/fixtures/backup-fuzz';
import { freshDbPerTest } from '../tests/unit/fixtures/db';

const testDb = freshDbPerTest();
const runs = Number(process.env.FUZZ_RUNS ?? 10_000);
const seed = process.env.FUZZ_SEED === undefined ? Date.now() : Number(process.env.FUZZ_SEED);

it(`feeds ${runs.toLocaleString('en-GB')} mutated backups to the import`, async () => {
  const started = performance.now();
  const outcomes = await fuzzBackups(testDb(), runs, seed);
  const seconds = Math.round((performance.now() - started) / 1000);
  console.log(JSON.stringify({ seed, seconds, ...outcomes }, null, 2));
  expect(outcomes).toMatchObject({ files: runs, uncaught: 0, partialWrites: 0 });
});
