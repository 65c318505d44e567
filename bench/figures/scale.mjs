// Scale: what a user feels with a career of entries (50,000 and 100,000), in one new tab over the seeded journal.
// Every task of the page over 50 ms is recorded from navigation on (Long Tasks API, an init script), through:
//   1. a search typed the moment the first row is painted ("handover"): time from that paint to the paint of the
//      first results, answered from whatever the index holds by then;
//   2. the index finishing (the results' status stops saying "Searching N of M entries…"), then the JS heap after
//      full garbage collections (the page's, CDP Performance.getMetrics JSHeapUsedSize, and its dedicated workers',
//      Runtime.getHeapUsage): "after open and search"; then a
//      query typed a key at a time (keydown → paint, set beside the floor of step 4);
//   3. Journal: Go to Entry…, a query typed letter by letter: each key's work, keydown → the palette's last DOM
//      change (bench/probes.mjs `workMs`);
//   4. typing at the end of the newest entry, whose body the bench has made LONG_BODY characters long: keydown →
//      paint per key, and the same keys typed into a bare input added to the editor (the floor no page can beat);
//   5. saves: one character typed, then "Saved" shown; the longest task from that key to a second after "Saved".
// The longest task row is the longest of all of them, from navigation to the last save.
import { devtools } from '../browser.mjs';
import { firstRowProbe, installKeyProbe } from '../probes.mjs';
import { median, quantile, sleep } from '../stats.mjs';

export const LONG_BODY = 40_000;
const QUICK_OPEN_QUERY = 'handover rota';
const TYPED = 'the registrar said ';
const SEARCH_QUERY = 'difficult conversation';

/** A body of `length` characters of plain prose, paragraphs of the entry's own text repeated. */
export function longBody(text, length) {
  const paragraph = `${text.trim()}\n\n`;
  return paragraph.repeat(Math.ceil(length / paragraph.length)).slice(0, length);
}

function longTaskProbe() {
  window.__benchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) window.__benchLongTasks.push({ start: task.startTime, ms: task.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/** Resolves `__benchResults` with the time of the paint after a results list (or its status) first appears. */
function resultsProbe() {
  window.__benchResults = new Promise((resolve) => {
    const seen = () =>
      document.querySelector('[aria-label="Search results"]') ||
      [...document.querySelectorAll('.view__message[role="status"]')].some((node) =>
        /match|Searching/.test(node.textContent ?? ''),
      );
    const observer = new MutationObserver(() => {
      if (!seen()) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      });
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}

/**
 * The longest task since `from`, leaving out those that began while the bench itself held the page: the full
 * garbage collections it forces through DevTools before reading the heap (`window.__benchOwnWork`, [start, end]
 * pairs). Those are not the product's doing and no user meets them; the rest of the run still counts.
 */
const longest = (page, from = 0) =>
  page.evaluate(
    (since) =>
      Math.max(
        0,
        ...window.__benchLongTasks
          .filter((task) => task.start + task.ms >= since)
          .filter(
            (task) => !(window.__benchOwnWork ?? []).some(([start, end]) => task.start >= start && task.start <= end),
          )
          .map((t) => t.ms),
      ),
    from,
  );

async function typeTimed(page, text, key = 'ms') {
  const times = [];
  for (const character of text) {
    await page.keyboard.type(character);
    const result = await page.evaluate(() => window.__benchKeyDone());
    times.push(result[key]);
  }
  return times;
}

const spread = (times) => ({ median: median(times), p95: quantile(times, 0.95), times });

/** Notes that the run's next step begins now: each long task is reported with the step it began in. */
const step = (page, name) =>
  page.evaluate((named) => {
    window.__benchSteps = [...(window.__benchSteps ?? []), [named, performance.now()]];
  }, name);

/** The long tasks not the bench's own, each with the step it began in, longest first. */
const longTasksByStep = (page) =>
  page.evaluate(() =>
    window.__benchLongTasks
      .filter((task) => !(window.__benchOwnWork ?? []).some(([start, end]) => task.start >= start && task.start <= end))
      .map((task) => ({
        ms: Math.round(task.ms),
        at: Math.round(task.start),
        step: (window.__benchSteps ?? []).filter(([, from]) => from <= task.start).at(-1)?.[0] ?? 'opening',
      }))
      .sort((a, b) => b.ms - a.ms),
  );

export async function measureScale(launched, { newestId, saves }) {
  const page = await launched.context.newPage();
  try {
    await page.addInitScript(longTaskProbe);
    await page.addInitScript(firstRowProbe);
    await page.goto(launched.url, { waitUntil: 'commit' });
    const { paintedAt } = await page.evaluate(() => window.__benchFirstRow);
    await step(page, 'search at first paint, the index being built');

    // 1–2. A search at first paint, answered while the index is built; then the heap once it is built.
    const box = page.getByRole('searchbox', { name: 'Search entries' });
    await page.evaluate(resultsProbe);
    await box.fill('handover');
    const resultsAt = await page.evaluate(() => window.__benchResults);
    await page.waitForFunction(
      () =>
        document.querySelector('[aria-label="Search results"]') &&
        ![...document.querySelectorAll('.view__message[role="status"]')].some((node) =>
          /Searching|Getting search ready/.test(node.textContent ?? ''),
        ),
      undefined,
      { timeout: 300_000, polling: 100 },
    );
    const indexedAt = await page.evaluate(() => performance.now());
    await sleep(500);
    const gcFrom = await page.evaluate(() => performance.now());
    const tools = await devtools(page);
    await tools.gc();
    const pageHeap = await tools.heapUsed();
    // The page's own workers hold what it no longer does (the journal's service holds the search index).
    const workerHeap = (await tools.workerHeaps(launched.extensionId))
      .filter((worker) => worker.type === 'worker')
      .reduce((sum, worker) => sum + worker.usedSize, 0);
    const heap = pageHeap + workerHeap;
    await tools.detach();
    await page.evaluate((start) => {
      window.__benchOwnWork = [...(window.__benchOwnWork ?? []), [start, performance.now()]];
    }, gcFrom);
    // Then a query typed a key at a time over the whole index (set beside the bare-input floor of step 4).
    await box.fill('');
    await box.focus();
    await page.evaluate(installKeyProbe, { label: 'Search entries' });
    await step(page, 'a search typed');
    const search = await typeTimed(page, SEARCH_QUERY);
    await box.fill('');

    // 3. Quick open.
    await step(page, 'Go to Entry');
    await page.keyboard.press('F1');
    await page.getByRole('combobox', { name: 'Command palette' }).fill('Journal: Go to Entry');
    await page.keyboard.press('Enter');
    await page.getByRole('combobox', { name: 'Go to entry' }).waitFor();
    // The dialog and its list share the input's name: the probe is given the input itself.
    await page.evaluate(installKeyProbe, { selector: '.palette__input', regionSelector: '.palette' });
    const quickOpen = await typeTimed(page, QUICK_OPEN_QUERY, 'workMs');
    await page.keyboard.press('Escape');

    // 4. Typing in the long entry, then the bare-input floor in the same editor.
    await step(page, 'opening the long entry');
    await page.locator(`[role="treeitem"][data-id="${newestId}"]`).click();
    const body = page.getByRole('textbox', { name: 'Reflection (markdown)' });
    await body.waitFor();
    const chars = await body.evaluate((node) => node.value.length);
    await body.click();
    await page.keyboard.press('Control+End');
    await page.evaluate(installKeyProbe, { label: 'Reflection (markdown)' });
    await step(page, 'typing in the long entry');
    await typeTimed(page, 'ok '); // warm-up: the editor's first keys
    const typing = await typeTimed(page, TYPED);
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.setAttribute('aria-label', 'Bench floor');
      document.querySelector('[aria-label="Reflection (markdown)"]')?.parentElement?.prepend(input);
    });
    await page.evaluate(installKeyProbe, { label: 'Bench floor' });
    await page.getByRole('textbox', { name: 'Bench floor' }).focus();
    const floor = await typeTimed(page, TYPED);

    // 5. Saves.
    await step(page, 'saves');
    await body.click();
    await page.keyboard.press('Control+End');
    const saveState = page.getByTestId('save-state');
    await page.waitForFunction(
      () => document.querySelector('[data-testid="save-state"]')?.textContent?.trim() === 'Saved',
    );
    const saveFreezes = [];
    for (let run = 0; run < saves; run++) {
      const from = await page.evaluate(() => performance.now());
      await page.keyboard.type(run % 2 ? 'x' : 'y');
      await saveState
        .filter({ hasText: 'Saving' })
        .waitFor({ timeout: 15_000 })
        .catch(() => undefined);
      await saveState.filter({ hasText: /^\s*Saved\s*$/ }).waitFor({ timeout: 15_000 });
      await sleep(1000);
      saveFreezes.push(await longest(page, from));
    }
    return {
      searchReadyMs: resultsAt - paintedAt,
      indexedMs: indexedAt - paintedAt,
      heap,
      pageHeap,
      workerHeap,
      quickOpen: spread(quickOpen),
      search: spread(search),
      entryChars: chars,
      typing: spread(typing),
      floor: spread(floor),
      saveFreezes,
      longestTask: await longest(page),
      longTaskSteps: await longTasksByStep(page),
      longTasks: await page.evaluate(
        () =>
          window.__benchLongTasks.filter(
            (task) => !(window.__benchOwnWork ?? []).some(([start, end]) => task.start >= start && task.start <= end),
          ).length,
      ),
      benchGcMs: await page.evaluate(() =>
        Math.max(
          0,
          ...window.__benchLongTasks
            .filter((task) =>
              (window.__benchOwnWork ?? []).some(([start, end]) => task.start >= start && task.start <= end),
            )
            .map((task) => task.ms),
        ),
      ),
    };
  } finally {
    await page.close();
  }
}

/**
 * Makes the newest of `entries` (the first row of the journal tree) LONG_BODY characters long in the seeded
 * database, through the store page, and returns its id: the entry typed into.
 */
export async function lengthenNewest(store, entries, seed) {
  const newer = (a, b) =>
    a.occurredOn !== b.occurredOn
      ? a.occurredOn > b.occurredOn
      : a.createdAt !== b.createdAt
        ? a.createdAt > b.createdAt
        : a.id > b.id;
  const newest = entries.reduce((best, entry) => (newer(entry, best) ? entry : best));
  await seed(store, { entries: [{ ...newest, body: longBody(newest.body, LONG_BODY) }] });
  return newest.id;
}
