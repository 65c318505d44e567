import { expect, it } from 'vitest';
import { fuzzBackups } from './fixtures/backup-fuzz';
import { freshDbPerTest } from './fixtures/db';

/*
 * Whatever a backup file holds (cut short, bits flipped, wrong types, huge texts, deep nesting,
 * repeated ids, prototype keys, times ahead; protected or not), importing it either refuses it in a
 * sentence or imports it: nothing is thrown, and a refusal leaves every byte of the journal as it
 * was. 300 files here; `npm run bench:fuzz` feeds 10,000.
 */

const testDb = freshDbPerTest();

it('refuses or imports every mutated backup, never throws, and never writes part of one', async () => {
  const outcomes = await fuzzBackups(testDb(), 300);
  expect(outcomes.failures).toEqual([]);
  expect(outcomes).toMatchObject({ files: 300, uncaught: 0, partialWrites: 0 });
  expect(outcomes.refused + outcomes.imported).toBe(300);
}, 120_000);
