// Search: queries typed a letter at a time into the Journal view's search box (the real UI, over the seeded
// entries). Each keystroke is timed in the page, from keydown (a capture listener) to the paint after the last
// change it caused in the Journal view — the results list, its count, or the tree it replaces (bench/probes.mjs).
import { openLantern, waitFirstRow } from '../browser.mjs';
import { installKeyProbe } from '../probes.mjs';
import { median, quantile } from '../stats.mjs';

/** The search.mjs queries: three words each, one with a typo. */
export const QUERIES = ['difficult conversation consultant', 'handvoer safety rota', 'quality improvement audit'];
/** One more query, typed with filters set in the Journal view's filter panel ("filters included"). */
export const FILTERED = { query: 'team leadership', kind: 'Reflection', from: '2022-01-01' };

/** Sets FILTERED's filters through the filter panel; returns a function that clears them and closes it. */
async function setFilters(page) {
  const toggle = page.getByRole('button', { name: 'Filters' });
  await toggle.click();
  await page.getByRole('combobox', { name: /^Kind/ }).selectOption({ label: FILTERED.kind });
  await page.getByLabel('From', { exact: true }).fill(FILTERED.from);
  return async () => {
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await toggle.click();
  };
}

export async function waitForIndex(page) {
  const box = page.getByRole('searchbox', { name: 'Search entries' });
  // The index is built in slices once the first rows are painted; until it holds every entry, the results say
  // "Searching N of M entries…". The figures time searches of the whole index.
  await box.fill('handover');
  await page.getByRole('list', { name: 'Search results' }).waitFor({ state: 'attached', timeout: 120_000 });
  await page
    .getByRole('status')
    .filter({ hasText: /Searching|Getting search ready/ })
    .waitFor({ state: 'detached', timeout: 300_000 });
  return box;
}

export async function measureSearch(launched, runs, queries = QUERIES) {
  const page = await openLantern(launched);
  try {
    await waitFirstRow(page);
    const box = await waitForIndex(page);
    await page.evaluate(installKeyProbe, { label: 'Search entries' });
    const perRun = [];
    for (let run = 0; run < runs; run++) {
      const times = [];
      const frameTimes = [];
      const workTimes = [];
      const busyTimes = [];
      for (const query of [...queries, FILTERED.query]) {
        const filtered = query === FILTERED.query;
        await box.fill('');
        const clearFilters = filtered ? await setFilters(page) : null;
        if (!filtered) await waitFirstRow(page);
        await box.focus();
        for (const character of query) {
          await page.keyboard.type(character);
          const { ms, frameMs, workMs, busyMs } = await page.evaluate(() => window.__benchKeyDone());
          times.push(ms);
          frameTimes.push(frameMs);
          workTimes.push(workMs);
          busyTimes.push(busyMs);
        }
        const shown = await page.getByRole('list', { name: 'Search results' }).count();
        if (!shown && !(await page.getByText('No entries match.').count())) {
          throw new Error(`Searching "${query}" showed neither results nor "No entries match."`);
        }
        await clearFilters?.();
      }
      perRun.push({
        keystrokes: times.length,
        median: median(times),
        p95: quantile(times, 0.95),
        frameMedian: median(frameTimes),
        frameP95: quantile(frameTimes, 0.95),
        workMedian: median(workTimes),
        workP95: quantile(workTimes, 0.95),
        busyMedian: median(busyTimes),
        busyP95: quantile(busyTimes, 0.95),
        times,
        busyTimes,
      });
    }
    return perRun;
  } finally {
    await page.close();
  }
}

/**
 * The floor under the search figures: the same keystrokes typed into a bare input added to the Journal view,
 * where a keystroke changes nothing but the input itself. Its time is the wait for the next frame and that
 * frame's paint, which no implementation of search can go below. The probe's previous measurement ends in a
 * requestAnimationFrame callback, so each key arrives a few milliseconds into a frame and waits most of one.
 */
export async function measureInputFloor(launched, runs, queries = QUERIES) {
  const page = await openLantern(launched);
  try {
    await waitFirstRow(page);
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.setAttribute('aria-label', 'Bench floor');
      document.querySelector('section')?.prepend(input);
    });
    await page.evaluate(installKeyProbe, { label: 'Bench floor' });
    const box = page.getByRole('textbox', { name: 'Bench floor' });
    const perRun = [];
    for (let run = 0; run < runs; run++) {
      const times = [];
      const busyTimes = [];
      for (const query of [...queries, FILTERED.query]) {
        await box.fill('');
        await box.focus();
        for (const character of query) {
          await page.keyboard.type(character);
          const { ms, busyMs } = await page.evaluate(() => window.__benchKeyDone());
          times.push(ms);
          busyTimes.push(busyMs);
        }
      }
      perRun.push({
        median: median(times),
        p95: quantile(times, 0.95),
        busyMedian: median(busyTimes),
        busyP95: quantile(busyTimes, 0.95),
        times,
      });
    }
    return perRun;
  } finally {
    await page.close();
  }
}
