// The table's rows for a career of entries (bench/figures/scale.mjs), one set per size measured. Each is one
// session in a new tab, so each row is one value ("runs" 1), except the saves, of which the longest counts.
import { LONG_BODY } from './figures/scale.mjs';
import { figure, format } from './report.mjs';
import { acrossRuns } from './stats.mjs';

const once = (value) => acrossRuns([value]);
const n = (count) => count.toLocaleString('en-GB');
/** Heap targets by size: what a career of entries may hold in memory after open and search. */
const HEAP_TARGETS = { 50000: 120e6, 100000: 250e6 };

export function scaleRows(scale) {
  return Object.entries(scale).flatMap(([key, run]) => {
    const size = Number(key);
    const typingOver = run.typing.median - run.floor.median;
    const typingOverP95 = run.typing.p95 - run.floor.p95;
    const typing = figure({
      id: `typing-${size}`,
      name: `typing: ${n(size)} entries, an entry of ${n(run.entryChars)} characters`,
      what: `keydown → paint for each of ${run.typing.times.length} keys typed at the end of the newest entry (its body made ${n(LONG_BODY)} characters long), less the same keys typed into a bare input beside it (floor median ${format(run.floor.median, 'ms')}, p95 ${format(run.floor.p95, 'ms')}): median over the floor; p95 over the floor ${format(typingOverP95, 'ms')} (target ≤ 6 ms)`,
      unit: 'ms',
      stats: once(typingOver),
      target: { atMost: 2 },
    });
    // Both halves of the target: the median within 2 ms of the floor, the p95 within 6 ms.
    if (typing.pass !== null) typing.pass = typing.pass && typingOverP95 <= 6;
    return [
      figure({
        id: `longest-task-${size}`,
        name: `longest task: ${n(size)} entries`,
        what: `the longest main-thread task (Long Tasks API, tasks over 50 ms; 0 when none) from navigation through a search typed at first paint, the index being built, Go to Entry, typing in a long entry and saves (${run.saveFreezes.length}; ${run.longTasks} tasks over 50 ms in all${stepsOf(run.longTaskSteps)}), leaving out the full garbage collection the bench forces through DevTools to read the heap (${format(run.benchGcMs ?? 0, 'ms')}), which no user meets`,
        unit: 'ms',
        stats: once(run.longestTask),
        target: { below: 50 },
      }),
      figure({
        id: `search-ready-${size}`,
        name: `search at first paint: ${n(size)} entries`,
        what: `"handover" typed into the Journal search box as the first row is painted: that paint → paint of the first results (answered from what the index holds by then; the whole index took ${format(run.indexedMs, 'ms')} after the first row)`,
        unit: 'ms',
        stats: once(run.searchReadyMs),
        target: { below: 1000 },
      }),
      typing,
      figure({
        id: `search-over-floor-${size}`,
        name: `search over the floor: ${n(size)} entries`,
        what: `"difficult conversation" typed a key at a time into the Journal search box over the whole index: keydown → paint after the results (median ${format(run.search.median, 'ms')}, p95 ${format(run.search.p95, 'ms')}), less the bare input's (the floor of the typing row): median over the floor; p95 over it ${format(run.search.p95 - run.floor.p95, 'ms')}`,
        unit: 'ms',
        stats: once(run.search.median - run.floor.median),
      }),
      figure({
        id: `quick-open-${size}`,
        name: `Go to Entry: ${n(size)} entries`,
        what: `"handover rota" typed letter by letter into Journal: Go to Entry…: keydown → the list's last DOM change (the page's work, before the wait for a frame), the 95th percentile of ${run.quickOpen.times.length} keys (median ${format(run.quickOpen.median, 'ms')})`,
        unit: 'ms',
        stats: once(run.quickOpen.p95),
        target: { below: 16 },
      }),
      figure({
        id: `heap-${size}`,
        name: `heap after open and search: ${n(size)} entries`,
        what: `JS heap in use after forced GCs, the page's (CDP Performance.getMetrics JSHeapUsedSize${run.pageHeap === undefined ? '' : `, ${format(run.pageHeap, 'MB')}`}) and its workers' (the journal's service, which holds the search index, and the patient-detail check; Runtime.getHeapUsage${run.workerHeap === undefined ? '' : `, ${format(run.workerHeap, 'MB')}`}), in the tab opened with ${n(size)} entries once a search has been answered by the whole index`,
        unit: 'MB',
        stats: once(run.heap),
        target: HEAP_TARGETS[size] ? { below: HEAP_TARGETS[size] } : undefined,
      }),
      figure({
        id: `save-freeze-${size}`,
        name: `freeze after a save: ${n(size)} entries`,
        what: `one character typed in the long entry, then “Saved”: the longest task from the key to a second after “Saved” (Long Tasks API; 0 when none over 50 ms), the longest over the saves (${run.saveFreezes.length}; each: ${run.saveFreezes.map((ms) => format(ms, 'ms')).join(', ')})`,
        unit: 'ms',
        stats: once(Math.max(...run.saveFreezes)),
        target: { below: 50 },
      }),
    ];
  });
}

/** Where the long tasks fell, longest first: ": 67 ms in “saves”, 52 ms while opening". */
function stepsOf(tasks) {
  if (!tasks?.length) return '';
  return `: ${tasks
    .slice(0, 4)
    .map((task) => `${format(task.ms, 'ms')} ${task.step === 'opening' ? 'while opening' : `in “${task.step}”`}`)
    .join(', ')}`;
}
