import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

// The full bench (`npm run bench`) takes minutes and is not part of `npm test`; its smoke mode is, so that the
// bench cannot rot: 100 entries, one pass of every figure (sync's through two more
// browsers and a pouchdb-server of its own), no targets checked.
const run = promisify(execFile);
const outDir = mkdtempSync(join(tmpdir(), 'lantern-bench-smoke-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const FIGURES = [
  'cold open: 10 entries',
  'cold open: 100 entries',
  'cold open: 100 / 10',
  'store overhead: 100 entries',
  'search: median keystroke, 100 entries',
  'search: p95 keystroke, 100 entries',
  'search: keystroke to the 60 Hz frame, 100 entries',
  'search: floor, bare input',
  'search: key-to-paint over the floor, 100 entries',
  'summary, buildSummary in Node: 100 entries in the year',
  'summary in the page: 100 entries',
  'suggestions: 300-word entry',
  'patient details: median keystroke, 3,000-word entry',
  'patient details: p95 keystroke, 3,000-word entry',
  'save: 100 entries',
  'memory: 100 entries',
  // A career of entries' figures, which the full run takes at 50,000 and 100,000, passed through at 100.
  'longest task: 100 entries',
  'search at first paint: 100 entries',
  'typing: 100 entries, an entry of 40,000 characters',
  'search over the floor: 100 entries',
  'Go to Entry: 100 entries',
  'heap after open and search: 100 entries',
  'freeze after a save: 100 entries',
  'sync: first sync, 100 entries',
  'sync: longest task during it, 100 entries',
  'sync: edit painted on a second device',
  'sync: extra storage on the device',
  'bundle: initial JS',
];

interface Row {
  id: string;
  figure: string;
  median: number;
  target: { text: string } | null;
}

describe('npm run bench -- --smoke', () => {
  it('prints a table with every figure, each with a value', async () => {
    const out = join(outDir, 'results.json');
    const { stdout } = await run(process.execPath, [resolve('bench/run.mjs'), '--smoke', '--out', out], {
      timeout: 420_000,
      maxBuffer: 10 * 1024 * 1024,
    });

    expect(stdout).toContain('| figure | exactly what is timed | runs | median | min | max | target | result |');
    const rows = stdout.split('\n').filter((line) => line.startsWith('| '));
    for (const name of FIGURES) {
      const row = rows.find((line) => line.startsWith(`| ${name} |`));
      expect(row, `a row for "${name}"`).toBeDefined();
      const cells = row?.split(' | ') ?? [];
      // runs, median, min, max: a number with its unit, never a dash (a time over a floor may be below it).
      expect(cells[3], `median of "${name}"`).toMatch(/^-?\d+(\.\d+)?( ms| s| MB| kB|×)$/);
    }
    expect(stdout).toContain('Smoke run: targets not checked.');

    const results = JSON.parse(readFileSync(out, 'utf8')) as {
      date: string;
      machine: Record<string, string>;
      figures: Row[];
    };
    expect(Date.parse(results.date)).not.toBeNaN();
    expect(Object.keys(results.machine)).toEqual(expect.arrayContaining(['os', 'cpu', 'node', 'chromium']));
    for (const name of FIGURES) {
      const row = results.figures.find((figure) => figure.figure === name);
      expect(Number.isFinite(row?.median), `results.json value for "${name}"`).toBe(true);
    }
  }, 430_000);
});
