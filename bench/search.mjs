// Journal search at 10,000 entries: index build time and heap, then three queries typed a letter at a time
// (one search per keystroke, limit 50, with and without filters).
//   node --expose-gc bench/search.mjs [entries]
// Node cannot import TypeScript here, so lib/search is bundled first with the vite already installed.
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import { generateEntries } from './generate.mjs';

const COUNT = Number(process.argv[2] ?? 10_000);
const ROUNDS = 5;
const QUERIES = ['difficult conversation consultant', 'handvoer safety rota', 'quality improvement audit'];
const FILTERS = { kinds: ['reflection', 'significant-event', 'leadership', 'meeting'], from: '2021-01-01' };

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = await mkdtemp(join(tmpdir(), 'lantern-search-bench-'));
await build({
  configFile: false,
  logLevel: 'warn',
  root,
  build: {
    outDir,
    emptyOutDir: true,
    minify: false,
    lib: { entry: join(root, 'lib/search/index.ts'), formats: ['es'], fileName: 'search' },
  },
});
const { createSearchIndex, highlight, snippet } = await import(pathToFileURL(join(outDir, 'search.js')).href);
await rm(outDir, { recursive: true, force: true });

const heap = () => {
  globalThis.gc?.();
  globalThis.gc?.();
  return process.memoryUsage().heapUsed;
};
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const beforeEntries = heap();
const entries = generateEntries(COUNT);
const beforeIndex = heap();
const started = performance.now();
const cpuBefore = process.cpuUsage();
const index = createSearchIndex();
index.addAll(entries);
const buildMs = performance.now() - started;
const buildCpu = process.cpuUsage(cpuBefore);
const afterIndex = heap();

console.log(`load average before: ${loadavg()[0].toFixed(1)} (the bench is noisy when this exceeds the core count)`);
const words = entries.reduce((sum, entry) => sum + entry.body.split(/\s+/).length, 0) / entries.length;
console.log(`${index.size} entries, ~${Math.round(words)} body words each`);
console.log(`entries themselves: ${mb(beforeIndex - beforeEntries)}`);
// CPU time as well as wall time: on a shared machine the wall clock also counts time spent waiting for a core.
const cpuMs = (buildCpu.user + buildCpu.system) / 1000;
console.log(`index build (addAll): ${buildMs.toFixed(0)} ms wall, ${cpuMs.toFixed(0)} ms CPU`);
console.log(
  `index heap: ${mb(afterIndex - beforeIndex)} (${((afterIndex - beforeIndex) / index.size / 1024).toFixed(2)} KB per entry)` +
    (globalThis.gc ? '' : '  [run with --expose-gc for exact heap figures]'),
);

const byId = new Map(entries.map((entry) => [entry.id, entry]));

/** What a results list computes besides the search: a highlighted title and snippet for each row. */
function prepareRows(results) {
  for (const { id, matchedTerms } of results) {
    const entry = byId.get(id);
    highlight(entry.title, matchedTerms);
    highlight(snippet(entry.body, matchedTerms), matchedTerms);
  }
}

function typeQueries({ rows: withRows = false, ...options }) {
  const times = [];
  for (const query of QUERIES) {
    // An edit between queries empties the index's caches, so each query starts cold, as after saving an entry.
    index.update(entries[0]);
    for (let length = 1; length <= query.length; length++) {
      const typed = query.slice(0, length);
      const start = performance.now();
      const results = index.search(typed, options);
      if (withRows) prepareRows(results);
      times.push(performance.now() - start);
    }
  }
  return times;
}

function stats(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (fraction) => sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
  return { keystrokes: times.length, median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] };
}

const cases = {
  'limit 50': { limit: 50 },
  'limit 50 + filters': { limit: 50, filters: FILTERS },
  'limit 50 + starred': { limit: 50, filters: { starred: true } },
  'limit 50 + filters + highlighted rows': { limit: 50, filters: FILTERS, rows: true },
};
typeQueries(cases['limit 50']); // warm up the JIT
const rows = [];
for (const [name, options] of Object.entries(cases)) {
  const times = [];
  for (let round = 0; round < ROUNDS; round++) times.push(...typeQueries(options));
  const { keystrokes, median, p95, max } = stats(times);
  rows.push({
    case: name,
    keystrokes,
    'median ms': median.toFixed(2),
    'p95 ms': p95.toFixed(2),
    'max ms': max.toFixed(2),
  });
}
console.log(`\nPer keystroke, ${QUERIES.map((query) => `"${query}"`).join(', ')} typed ${ROUNDS} times:`);
console.table(rows);

const updates = [];
for (let i = 0; i < 200; i++) {
  const entry = entries[(i * 37) % entries.length];
  const start = performance.now();
  index.update({ ...entry, body: `${entry.body} revised handover note ${i}` });
  updates.push(performance.now() - start);
}
const update = stats(updates);
console.log(`update one entry: median ${update.median.toFixed(2)} ms, p95 ${update.p95.toFixed(2)} ms`);
for (const query of QUERIES) {
  const [first] = index.search(query, { limit: 50 });
  console.log(
    `"${query}": ${index.search(query, { limit: 10_000 }).length} matches; best ${first?.id} ${first?.matchedTerms}`,
  );
}
