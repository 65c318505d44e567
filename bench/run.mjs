// Lantern's performance bench: builds the extension, seeds generated journals of growing size into one fresh
// Chromium profile and times the real side panel. Prints one table and writes bench/results.json.
//
//   npm run bench                      full run: 10 → 1,000 → 10,000 → 50,000 → 100,000 entries, 5 runs each
//   npm run bench -- --smoke           100 entries, one pass, targets not checked (< 60 s; tests/e2e uses it)
//   options: --runs N   --no-build (use .output/chrome-mv3 as built)   --out FILE (results JSON; "-" for none)
//            --sizes 10,10000 (a subset of journal sizes, for a quicker look; the UI figures are taken at the
//            largest size up to 10,000, the scale figures (bench/figures/scale.mjs) at each size from 50,000;
//            results go to "-" unless --out is given): --sizes 10,50000 --out FILE computes the 50,000 rows
//            --no-sync (leave out the sync figures, which take two more browsers and a few minutes)
//
// Methods are described where each figure is measured (bench/figures/*.mjs, bench/probes.mjs).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import {
  countRecords,
  devtools,
  EXTENSION_DIR,
  launch,
  makeProfile,
  openLantern,
  ROOT,
  relaunch,
  seed,
} from './browser.mjs';
import { generateJournal, sliceJournal } from './data.mjs';
import { measureBundle } from './figures/bundle.mjs';
import { measureColdOpen } from './figures/cold-open.mjs';
import { measureLocked } from './figures/locked.mjs';
import { measureMemory, openingScripts } from './figures/memory.mjs';
import { measureOverhead } from './figures/overhead.mjs';
import { measurePrivacy, privacyRows } from './figures/privacy.mjs';
import { measureSave } from './figures/save.mjs';
import { lengthenNewest, measureScale } from './figures/scale.mjs';
import { measureInputFloor, measureSearch, QUERIES } from './figures/search.mjs';
import { measureSuggestions, SUGGESTION_WORDS, suggestionEntry } from './figures/suggestions.mjs';
import { intoPeriod, measureSummary } from './figures/summary.mjs';
import { measureSummaryInPage } from './figures/summary-page.mjs';
import { measureSync } from './figures/sync.mjs';
import { dataLayerScript, loadNodeLibs } from './libs.mjs';
import { withReadmeTable } from './readme-table.mjs';
import { figure, format, machine, revision, table, writeResults } from './report.mjs';
import { tableRows } from './rows.mjs';
import { acrossRuns, median, sleep } from './stats.mjs';

const { values: args } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false },
    runs: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    out: { type: 'string' },
    sizes: { type: 'string' },
    'no-sync': { type: 'boolean', default: false },
  },
});
const smoke = args.smoke;
const RUNS = Number(args.runs ?? (smoke ? 1 : 5));
/** Journal sizes the profile grows through; the UI figures are taken at UI_SIZE. */
const SIZES = args.sizes
  ? args.sizes.split(',').map((size) => Number(size.replaceAll('_', '')))
  : smoke
    ? [10, 100]
    : [10, 1_000, 10_000, 50_000, 100_000];
if (SIZES.some((size) => !Number.isInteger(size) || size < 1)) throw new Error(`--sizes: ${args.sizes}`);
const UI_SIZE = smoke ? 100 : Math.max(...SIZES.filter((size) => size <= 10_000));
/** Sizes at which a career of entries is timed (the smoke run passes through them at its largest). */
const SCALE_SIZES = smoke ? [Math.max(...SIZES)] : SIZES.filter((size) => size >= 50_000);
const SUMMARY_SIZE = smoke ? 100 : 2_000;
const SUMMARY_RUNS = smoke ? 1 : Math.max(RUNS, 10);
/** A cold open slower than this at the biggest size is repeated only 3 times, to keep the bench under 15 min. */
const SLOW_OPEN_MS = 10_000;
const DEFAULT_OUT = join(ROOT, 'bench/results.json');
const OUT = args.out ?? (smoke || args.sizes ? '-' : DEFAULT_OUT);

const began = performance.now();
const loadAtStart = loadavg()[0];
const log = (message) =>
  process.stderr.write(`[${((performance.now() - began) / 1000).toFixed(0).padStart(4)} s] ${message}\n`);
const n = (count) => count.toLocaleString('en-GB');

/** Builds the Chrome extension into a private folder, so that other builds of .output cannot change it mid-run. */
function buildExtension() {
  const outDir = mkdtempSync(join(tmpdir(), 'lantern-bench-build-'));
  const script = `import { build } from 'wxt'; await build({ root: ${JSON.stringify(ROOT)}, outDir: ${JSON.stringify(outDir)}, browser: 'chrome' });`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout}\n${result.stderr}\n`);
    throw new Error('The extension did not build');
  }
  return { dir: join(outDir, 'chrome-mv3'), dispose: () => rmSync(outDir, { recursive: true, force: true }) };
}

const rows = [];
const details = {};
const cleanups = [];

try {
  // --- The extension -----------------------------------------------------------------------------------------
  let extensionDir = EXTENSION_DIR;
  if (!args['no-build']) {
    log('building the extension (wxt build, Chrome MV3) into a private folder');
    const built = buildExtension();
    cleanups.push(built.dispose);
    extensionDir = built.dir;
  }

  // --- Bundle: static, measured once -------------------------------------------------------------------------
  const bundle = measureBundle(extensionDir);
  details.bundle = bundle;
  // --- Data ---------------------------------------------------------------------------------------------------
  const biggest = Math.max(...SIZES, SUMMARY_SIZE);
  log(`generating a journal of ${n(biggest)} entries and checking it against Lantern's schemas`);
  const libs = await loadNodeLibs();
  const journal = generateJournal(biggest);
  for (const entry of journal.entries) libs.Entry.parse(entry);
  for (const revision of journal.revisions) libs.Revision.parse(revision);
  for (const goal of journal.goals) libs.Goal.parse(goal);
  const words = median(journal.entries.slice(0, 1000).map((entry) => entry.body.split(/\s+/).length));
  log(
    `${n(journal.entries.length)} entries (median ${words} body words), ${n(journal.revisions.length)} revisions, ${n(journal.goals.length)} goals`,
  );

  // --- Summary, in Node ---------------------------------------------------------------------------------------
  const summarySlice = sliceJournal(journal, 0, SUMMARY_SIZE);
  const busyYear = measureSummary(libs, intoPeriod(summarySlice.entries), summarySlice.goals, SUMMARY_RUNS);
  const spread = measureSummary(libs, summarySlice.entries, summarySlice.goals, SUMMARY_RUNS);
  details.summary = { busyYear, spread, size: SUMMARY_SIZE, goals: summarySlice.goals.length };
  // Rows timed in Node beside the summary's: the suggester and the patient-detail detector.
  const nodeRows = [
    figure({
      id: 'suggestions',
      name: `suggestions: ${SUGGESTION_WORDS}-word entry`,
      what: 'rankSuggestions (lib/competencies) in Node for MLCF and HLM, as the editor runs on each change; its model loads lazily (bundle row competencies-*.js)',
      unit: 'ms',
      stats: acrossRuns(measureSuggestions(libs, suggestionEntry(journal.entries), SUMMARY_RUNS)),
    }),
  ];

  // --- Patient-detail detection while typing, in Node -----------------------------------------------------------
  const privacy = measurePrivacy(libs, journal.entries, smoke ? 1 : RUNS);
  details.privacy = { keys: privacy.keys, words: privacy.words, findings: privacy.findings };
  nodeRows.push(...privacyRows(privacy));

  // --- The browser --------------------------------------------------------------------------------------------
  const profile = makeProfile();
  cleanups.unshift(profile.dispose);
  log(`launching Chromium on a fresh profile (${profile.dir})`);
  let launched = await launch(profile.dir, extensionDir);
  cleanups.unshift(() => launched.context.close());
  // The first open creates the database at Lantern's current version (and shows the welcome, once).
  const first = await openLantern(launched);
  await sleep(1000);
  await first.close();
  // Seeding and the store-overhead timings run in an extension page where Lantern itself is not running.
  let store = await launched.context.newPage();
  await store.goto(`chrome-extension://${launched.extensionId}/manifest.json`);
  const dataLayer = await dataLayerScript();
  await store.evaluate(dataLayer);
  let storeTools = await devtools(store);

  const coldOpen = {};
  const overhead = {};
  let seeded = 0;
  for (const size of SIZES) {
    const part = sliceJournal(journal, seeded, size);
    const seedStart = performance.now();
    await seed(store, part);
    seeded = size;
    const count = await countRecords(store, 'entries');
    if (count !== size) throw new Error(`Seeded ${n(count)} entries, expected ${n(size)}`);
    log(
      `seeded ${n(size)} entries (+${n(part.revisions.length)} revisions, +${n(part.goals.length)} goals) in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`,
    );

    // Each size is timed in a browser started afresh on the grown profile, so no size gains from the warm-up
    // of the ones before it (the cold-open ratio compares a first size with a later one).
    ({ launched, store, storeTools } = await relaunch(launched, profile.dir, extensionDir, dataLayer));

    let runs = RUNS;
    const firstOpen = await measureColdOpen(launched, 1);
    if (size === Math.max(...SIZES) && firstOpen[0] > SLOW_OPEN_MS && runs > 3) runs = 3;
    coldOpen[size] = [...firstOpen, ...(await measureColdOpen(launched, runs - 1))];
    log(`cold open at ${n(size)}: ${coldOpen[size].map((ms) => format(ms, 'ms')).join(', ')}`);

    if (size >= 100) {
      overhead[size] = await measureOverhead(store, storeTools, RUNS);
      log(`store overhead at ${n(size)}: ${overhead[size].map((run) => run.ratio.toFixed(2)).join(', ')}`);
    }

    if (size === UI_SIZE) {
      details.memory = await measureMemory(launched, RUNS);
      details.openedScripts = await openingScripts(launched);
      details.summaryPage = await measureSummaryInPage(launched, RUNS);
      log(
        `summary in the page at ${n(size)}: ${details.summaryPage.map((run) => `shown ${format(run.shown, 'ms')}, ready ${format(run.ready, 'ms')}, longest task ${format(run.longestTask, 'ms')}`).join('; ')}`,
      );
      log(`memory at ${n(size)}: ${details.memory.map((sample) => format(sample.total, 'MB')).join(', ')}`);
      details.search = await measureSearch(launched, RUNS, QUERIES);
      log(
        `search at ${n(size)}: medians ${details.search.map((run) => format(run.busyMedian, 'ms')).join(', ')} (to the 60 Hz frame ${details.search.map((run) => format(run.median, 'ms')).join(', ')})`,
      );
      details.inputFloor = await measureInputFloor(launched, RUNS, QUERIES);
      log(`input floor: medians ${details.inputFloor.map((run) => format(run.median, 'ms')).join(', ')}`);
      details.save = await measureSave(launched, RUNS);
      log(`save at ${n(size)}: ${details.save.map((ms) => format(ms, 'ms')).join(', ')}`);
    }
    if (SCALE_SIZES.includes(size)) {
      const newestId = await lengthenNewest(store, journal.entries.slice(0, size), seed);
      details.scale = { ...details.scale, [size]: await measureScale(launched, { newestId, saves: RUNS }) };
      const run = details.scale[size];
      log(
        `scale at ${n(size)}: longest task ${format(run.longestTask, 'ms')}, search answered ${format(run.searchReadyMs, 'ms')} after the first row (index ${format(run.indexedMs, 'ms')}), heap ${format(run.heap, 'MB')}`,
      );
    }
  }
  details.coldOpen = coldOpen;
  details.overhead = overhead;
  // Last: it leaves the journal encrypted.
  const largest = Math.max(...SIZES);
  details.locked = await measureLocked(launched, RUNS);
  log(
    `with a passphrase at ${n(largest)}: encrypting took ${format(details.locked.encryptMs, 'ms')}; unlock to first row ${details.locked.unlockTimes.map((ms) => format(ms, 'ms')).join(', ')}`,
  );

  // --- Sync: two more browsers and a server of their own -------------------------------------------------------
  if (!args['no-sync']) {
    log(`sync: ${n(UI_SIZE)} entries between two new profiles through pouchdb-server`);
    details.sync = await measureSync({
      extensionDir,
      tables: sliceJournal(journal, 0, UI_SIZE),
      runs: Math.max(RUNS, smoke ? 1 : 7),
      log,
    });
  }

  // --- The table ----------------------------------------------------------------------------------------------
  rows.push(...tableRows({ SIZES, UI_SIZE, RUNS, coldOpen, overhead, details }), ...nodeRows);

  const results = {
    date: new Date().toISOString(),
    machine: { ...machine(), loadAverage: { start: loadAtStart, end: loadavg()[0] } },
    revision: revision(),
    mode: smoke ? 'smoke' : 'full',
    runs: RUNS,
    sizes: SIZES,
    figures: rows,
    details,
    seconds: Math.round((performance.now() - began) / 1000),
  };

  console.log(
    `\nLantern bench (${results.mode}) — ${results.date.slice(0, 16).replace('T', ' ')} UTC — ${results.machine.cpu}, ${results.machine.os}, Node ${results.machine.node}, ${results.machine.chromium}`,
  );
  console.log(
    `1-minute load average ${results.machine.loadAverage.start.toFixed(1)} at the start, ${results.machine.loadAverage.end.toFixed(1)} at the end, on ${cpus().length} cores (above the core count, other work shares the CPU and times grow).`,
  );
  console.log(
    `Journal: generated entries of every kind (~${words} words), competencies, tags, revisions and goals, seeded into one fresh profile at ${SIZES.map(n).join(' → ')} entries. Each figure: median of its runs, min and max shown.\n`,
  );
  console.log(table(rows, { checkTargets: !smoke }));
  const failed = smoke ? [] : rows.filter((row) => row.pass === false);
  console.log(
    smoke
      ? '\nSmoke run: targets not checked.'
      : `\n${failed.length ? `${failed.length} figure(s) miss their target: ${failed.map((row) => row.figure).join('; ')}` : 'Every figure meets its target.'}`,
  );
  if (OUT === DEFAULT_OUT && results.revision?.uncommittedChanges !== false) {
    // README quotes bench/results.json: figures from a tree nobody can check out again are not kept there.
    console.log(`\nNot written to ${OUT}: the working tree has uncommitted changes (commit first, or use --out FILE).`);
  } else if (OUT !== '-') {
    writeResults(OUT, results);
    console.log(`Written to ${OUT}`);
    if (OUT === DEFAULT_OUT) {
      const readme = join(ROOT, 'README.md');
      writeFileSync(readme, withReadmeTable(readFileSync(readme, 'utf8'), JSON.parse(readFileSync(OUT, 'utf8'))));
      console.log('README.md’s performance table rewritten from it.');
    }
  }
  log(`done in ${results.seconds} s`);
} finally {
  for (const cleanup of cleanups) {
    try {
      await cleanup();
    } catch {
      // Cleaning up after a failure must not hide the failure.
    }
  }
}
