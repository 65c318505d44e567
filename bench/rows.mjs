// The rows of the bench's table for the figures run.mjs measured in the browser (methods beside each figure's
// measurement in bench/figures/*.mjs).

import { FILTERED, QUERIES } from './figures/search.mjs';
import { syncRows } from './figures/sync.mjs';
import { figure, format } from './report.mjs';
import { scaleRows } from './scale-rows.mjs';
import { acrossRuns, median } from './stats.mjs';

/** The table's rows, in the order printed, from what run.mjs measured. */
export function tableRows({ SIZES, UI_SIZE, RUNS, coldOpen, overhead, details }) {
  const n = (count) => count.toLocaleString('en-GB');
  const once = (value) => acrossRuns([value]);
  const largest = Math.max(...SIZES);
  const smallest = Math.min(...SIZES);
  const openRows = SIZES.map((size) =>
    figure({
      id: `cold-open-${size}`,
      name: `cold open: ${n(size)} entries`,
      what: 'new tab loads sidepanel.html: navigation start → paint after the first row of the journal tree',
      unit: 'ms',
      stats: acrossRuns(coldOpen[size]),
      note: coldOpen[size].length < RUNS ? 'fewer runs: each takes long' : undefined,
    }),
  );
  const ratioStats = acrossRuns([median(coldOpen[UI_SIZE]) / median(coldOpen[smallest])]);
  openRows.splice(
    SIZES.indexOf(UI_SIZE) + 1,
    0,
    figure({
      id: 'cold-open-ratio',
      name: `cold open: ${n(UI_SIZE)} / ${n(smallest)}`,
      what: `median at ${n(UI_SIZE)} entries ÷ median at ${n(smallest)}, same browser and run`,
      unit: 'ratio',
      stats: ratioStats,
      target: { atMost: 1.3 },
      note: 'ratio of medians',
    }),
  );
  const overheadRows = Object.entries(overhead).map(([size, results]) =>
    figure({
      id: `store-overhead-${size}`,
      name: `store overhead: ${n(Number(size))} entries`,
      what: `listJournal() (lib/entries/repository.ts: Dexie, the table in slices of 500, each sorted, then merged) ÷ a raw getAll() on the entries store with its result read, per run (medians ${format(median(results.map((run) => run.lanternMs)), 'ms')} vs ${format(median(results.map((run) => run.rawMs)), 'ms')})`,
      unit: 'ratio',
      stats: acrossRuns(results.map((run) => run.ratio)),
      target: { atMost: 1.5 },
    }),
  );
  const keystrokes = details.search[0]?.keystrokes ?? 0;
  const acrossSearch = (key) => median(details.search.map((run) => run[key]));
  const acrossFloor = (key) => median(details.inputFloor.map((run) => run[key]));
  const typed = `${QUERIES.length} three-word queries (one with a typo) and "${FILTERED.query}" with Kind and From filters set, typed letter by letter (${keystrokes} keys a run) in the Journal search box`;
  const searchRows = [
    figure({
      id: 'search-median',
      name: `search: median keystroke, ${n(UI_SIZE)} entries`,
      what: `${typed}: keydown → results painted, less the idle wait for the display's next frame (vsync; see the 60 Hz row): search, render and highlight (${format(acrossSearch('workMedian'), 'ms')}), then that frame's style, layout and paint; the run's median`,
      unit: 'ms',
      stats: acrossRuns(details.search.map((run) => run.busyMedian)),
      target: { below: 10 },
    }),
    figure({
      id: 'search-p95',
      name: `search: p95 keystroke, ${n(UI_SIZE)} entries`,
      what: `the same keystrokes and measure; the run's 95th percentile (search, render and highlight alone: ${format(acrossSearch('workP95'), 'ms')})`,
      unit: 'ms',
      stats: acrossRuns(details.search.map((run) => run.busyP95)),
      target: { below: 16 },
    }),
    figure({
      id: 'search-60hz',
      name: `search: keystroke to the 60 Hz frame, ${n(UI_SIZE)} entries`,
      what: `the same keystrokes: keydown → paint of the next frame after the results, wait for it included; each key is sent just after a frame, so waits most of one; the runs' median (p95 ${format(acrossSearch('p95'), 'ms')})`,
      unit: 'ms',
      stats: acrossRuns(details.search.map((run) => run.median)),
    }),
    figure({
      id: 'search-floor',
      name: 'search: floor, bare input',
      what: `the same keystrokes typed into a bare input added to the Journal view, which changes nothing else: to the 60 Hz frame's paint, the wait below which no search can go; the runs' median (p95 ${format(acrossFloor('p95'), 'ms')}; less the wait, as the first two rows: ${format(acrossFloor('busyMedian'), 'ms')})`,
      unit: 'ms',
      stats: acrossRuns(details.inputFloor.map((run) => run.median)),
    }),
  ];
  const overFloor = (key) => details.search.map((run, at) => run[key] - (details.inputFloor[at]?.[key] ?? Number.NaN));
  searchRows.push(
    figure({
      id: 'search-over-floor',
      name: `search: key-to-paint over the floor, ${n(UI_SIZE)} entries`,
      what: `per run, the search box's median keydown → paint (to the 60 Hz frame, as the row above) less the bare input's median: what Lantern adds to a key over an input that does nothing (p95 less p95: ${format(median(overFloor('p95')), 'ms')})`,
      unit: 'ms',
      stats: acrossRuns(overFloor('median')),
    }),
  );
  const lockedRows = [
    figure({
      id: 'passphrase-unlock',
      name: `with a passphrase: unlock, ${n(largest)} entries`,
      what: 'Enter on the lock screen → paint after the journal’s first row: PBKDF2 (600,000 iterations), unwrapping the data key, opening the first page of entries',
      unit: 'ms',
      stats: acrossRuns(details.locked.unlockTimes),
    }),
    figure({
      id: 'passphrase-set',
      name: `with a passphrase: setting one, ${n(largest)} entries`,
      what: 'Set passphrase pressed → “Your journal is encrypted” shown: key derivation, then every record (entries, revisions, goals) read and re-written sealed',
      unit: 'ms',
      stats: once(details.locked.encryptMs),
    }),
  ];
  const saveRow = figure({
    id: 'save',
    name: `save: ${n(UI_SIZE)} entries`,
    what: 'one character typed in an open entry’s body: keydown → “Saved” painted in the status bar (500 ms autosave debounce included)',
    unit: 'ms',
    stats: acrossRuns(details.save),
    target: { below: 1200 },
  });
  const workerNote = details.memory[0]?.workers.map((worker) => worker.type).join(', ') || 'none running';
  const memoryRow = figure({
    id: 'memory',
    name: `memory: ${n(UI_SIZE)} entries`,
    what: `JS heap in use after a forced GC, in a new tab opened with ${n(UI_SIZE)} entries and searched once: page (CDP Performance.getMetrics JSHeapUsedSize, median ${format(median(details.memory.map((sample) => sample.page)), 'MB')}) + extension workers (Runtime.getHeapUsage: ${workerNote})`,
    unit: 'MB',
    stats: acrossRuns(details.memory.map((sample) => sample.total)),
    target: { below: 60e6 },
  });

  return [
    ...openRows,
    ...overheadRows,
    ...searchRows,
    ...summaryRows(details, UI_SIZE),
    saveRow,
    memoryRow,
    ...lockedRows,
    ...(details.scale ? scaleRows(details.scale) : []),
    ...(details.sync ? syncRows(details.sync) : []),
    ...bundleRows(details.bundle, details.openedScripts),
  ];
}

/** The summary: buildSummary alone in Node, and opening the appraisal summary in the page (read, build, render). */
function summaryRows({ summary, summaryPage }, UI_SIZE) {
  const n = (count) => count.toLocaleString('en-GB');
  const { size, goals, busyYear, spread } = summary;
  return [
    figure({
      id: 'summary',
      name: `summary, buildSummary in Node: ${n(size)} entries in the year`,
      what: `buildSummary (lib/summary) alone, in Node, no page: one-year appraisal summary, all ${n(busyYear.inPeriod)} entries in the period, ${n(goals)} goals`,
      unit: 'ms',
      stats: acrossRuns(busyYear.times),
      target: { below: 50 },
    }),
    figure({
      id: 'summary-spread',
      name: `summary, buildSummary in Node: ${n(size)}-entry journal`,
      what: `the same, entries spread over 2018–2026 as generated (${n(spread.inPeriod)} in the year)`,
      unit: 'ms',
      stats: acrossRuns(spread.times),
    }),
    ...(summaryPage ? summaryPageRows(summaryPage, n(UI_SIZE)) : []),
  ];
}

/** Opening the appraisal summary in the page: its first screen, when it is ready to export, the longest task. */
function summaryPageRows(runs, size) {
  const opened =
    'a new tab, at the paint of the journal’s first row: Summary: Open Appraisal Summary run from the palette, Enter →';
  return [
    figure({
      id: 'summary-page',
      name: `summary in the page: ${size} entries`,
      what: `${opened} paint of the built summary’s first screen (its year’s entries, goals and attachments read, buildSummary, rendering; long sections show their first items)`,
      unit: 'ms',
      stats: acrossRuns(runs.map((run) => run.shown)),
      target: { below: 1000 },
    }),
    figure({
      id: 'summary-page-ready',
      name: `summary ready to export: ${size} entries`,
      what: `${opened} paint after the patient-detail check of what would leave (in slices, after the first screen); exports work from then`,
      unit: 'ms',
      stats: acrossRuns(runs.map((run) => run.ready)),
      target: { below: 1500 },
    }),
    figure({
      id: 'summary-page-longest-task',
      name: `summary, longest task while opening: ${size} entries`,
      what: 'the longest main-thread task from the Enter to a second after ready (PerformanceObserver longtask), the journal’s own reading and indexing included',
      unit: 'ms',
      stats: acrossRuns(runs.map((run) => run.longestTask)),
      target: { below: 100 },
    }),
  ];
}

/** What each worker the page starts is for, by its file name. */
const WORKER_ROLES = [
  [
    /journal\.worker/,
    "the journal's service (reading the stored journal, and building and searching its index), started with the journal",
  ],
  [/detect\.worker/, 'the patient-detail check of the open entry, started when an entry is first opened'],
];

/** Initial JS: what loads at open with no user action, the chunks a new tab loaded by the time it was idle included. */
function bundleRows(bundle, openedScripts) {
  const once = (value) => acrossRuns([value]);
  const name = (file) => file.split('/').pop();
  const atIdle = bundle.lazy.filter((file) => openedScripts?.includes(file.file));
  const gzip = bundle.initialGzip + atIdle.reduce((sum, file) => sum + file.gzip, 0);
  const raw = bundle.initialRaw + atIdle.reduce((sum, file) => sum + file.raw, 0);
  const idleText = openedScripts
    ? `, and the chunks a new tab loaded by itself once idle: ${atIdle.map((file) => name(file.file)).join(', ') || 'none'}`
    : ' (chunks loaded at idle without a user action not measured in this run, so left out)';
  return [
    figure({
      id: 'bundle-initial',
      name: 'bundle: initial JS',
      what: `gzip (level 6) of the JS sidepanel.html loads before first paint: ${bundle.initial.map((file) => name(file.file)).join(', ')}${idleText} (${format(raw, 'kB')} raw)`,
      unit: 'kB',
      stats: once(gzip),
      target: { below: 120_000 },
      note: 'deterministic',
    }),
    ...(bundle.pageWorkers ?? []).map((file) =>
      figure({
        id: `bundle-worker-${file.file}`,
        name: 'bundle: page worker',
        what: `${name(file.file)}, ${WORKER_ROLES.find(([pattern]) => pattern.test(file.file))?.[1] ?? 'a worker of the page'}: run on a thread of its own, not the page's (${format(file.raw, 'kB')} raw)`,
        unit: 'kB',
        stats: once(file.gzip),
        note: 'deterministic',
      }),
    ),
    ...bundle.lazy
      .filter((file) => !atIdle.includes(file))
      .map((file) =>
        figure({
          id: `bundle-lazy-${file.file}`,
          name: 'bundle: lazy chunk',
          what: `${name(file.file)}, loaded by import() when a user first needs it (${format(file.raw, 'kB')} raw)`,
          unit: 'kB',
          stats: once(file.gzip),
          note: 'deterministic',
        }),
      ),
  ];
}
