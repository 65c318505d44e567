#!/usr/bin/env node
// Writes tests/unit/fixtures/seed-fingerprint.json: for each source article, the digests of its runs of
// eight words. The copy check (tests/unit/prompts.test.ts) compares prompts against these, so it runs
// from inside the repository without the articles' text. Run it when the articles change:
//   node tests/support/fingerprint-seeds.mjs [folder of the articles; default: the seeds folder of the shared folder beside the repository]
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { RUN_LENGTH, runDigest, runsOf } from './shingles.mjs';

const folder = path.resolve(process.argv[2] ?? path.join('..', 'shared', 'seeds'));
if (!existsSync(folder)) {
  console.error(`No articles at ${folder}: pass the folder that holds them.`);
  process.exit(1);
}
const files = readdirSync(folder)
  .filter((name) => name.endsWith('.txt'))
  .sort();
const fingerprint = {
  about: `SHA-256 digests (first 12 hex digits) of every run of ${RUN_LENGTH} words in each source article; made by tests/support/fingerprint-seeds.mjs`,
  runLength: RUN_LENGTH,
  articles: Object.fromEntries(
    files.map((file) => [
      file,
      [...new Set(runsOf(readFileSync(path.join(folder, file), 'utf8')).map(runDigest))].sort(),
    ]),
  ),
};
const out = path.resolve('tests/unit/fixtures/seed-fingerprint.json');
writeFileSync(out, `${JSON.stringify(fingerprint, null, 2)}\n`);
console.log(`Wrote ${out}: ${files.length} articles.`);
