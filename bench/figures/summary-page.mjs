// The appraisal summary in the page: a new tab opens Lantern, and as soon as the journal's first row is painted
// runs Summary: Open Appraisal Summary from the command palette. Timed in the page from the Enter that runs the
// command (a capture listener):
//   shown — to the paint after the summary's heading appears with the summary built ("Building the summary…"
//           gone): reading what it needs (its year's entries, goals, attachments), buildSummary, rendering the
//           first screen (long sections show their first items);
//   ready — to the paint after the patient-detail check of what would leave is done ("Checking what would
//           leave…" gone): from then the exports work;
//   longest task — the longest main-thread task (PerformanceObserver 'longtask', 50 ms and over) from the Enter
//           to a second after ready, the journal's own background reading and indexing included.
import { openLantern, waitFirstRow } from '../browser.mjs';
import { sleep } from '../stats.mjs';

function summaryProbe() {
  const long = [];
  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) long.push(task);
  }).observe({ type: 'longtask' });
  window.__benchSummary = new Promise((resolve) => {
    let start = null;
    let shown = null;
    document.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Enter' && start === null) start = performance.now();
      },
      true,
    );
    const has = (selector, words) =>
      [...document.querySelectorAll(selector)].some((node) => node.textContent?.includes(words));
    const built = () => has('h1, h2', 'Appraisal summary') && !has('.editor__message', 'Building');
    const afterPaint = (then) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => then(performance.now() - start);
        channel.port2.postMessage(null);
      });
    const observer = new MutationObserver(() => {
      if (start === null || !built()) return;
      if (shown === null) {
        shown = 'painting';
        afterPaint((ms) => {
          shown = ms;
        });
      }
      if (has('[role="status"]', 'Checking what would leave')) return;
      observer.disconnect();
      afterPaint((ready) => {
        setTimeout(() => {
          const during = long.filter((task) => task.startTime >= start).map((task) => task.duration);
          resolve({ shown: typeof shown === 'number' ? shown : ready, ready, longestTask: Math.max(0, ...during) });
        }, 1000);
      });
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}

/** One result per run: { shown, ready, longestTask } in ms. */
export async function measureSummaryInPage(launched, runs) {
  const results = [];
  for (let run = 0; run < runs; run++) {
    const page = await openLantern(launched);
    try {
      await waitFirstRow(page);
      await page.keyboard.press('F1');
      await page.getByRole('combobox', { name: 'Command palette' }).fill('Summary: Open Appraisal Summary');
      await page.evaluate(summaryProbe);
      await page.keyboard.press('Enter');
      results.push(await page.evaluate(() => window.__benchSummary));
    } finally {
      await page.close();
    }
    await sleep(300);
  }
  return results;
}
