// The appraisal summary in the page: a new tab opens Lantern, and as soon as the journal's first row is painted
// runs Summary: Open Appraisal Summary from the command palette. Timed in the page from the Enter that runs the
// command (a capture listener) to the paint after the summary's heading appears with the summary built ("Building
// the summary…" gone): reading what it needs (the whole journal, goals, attachments), buildSummary, rendering.
import { openLantern, waitFirstRow } from '../browser.mjs';
import { sleep } from '../stats.mjs';

function summaryProbe() {
  window.__benchSummary = new Promise((resolve) => {
    let start = null;
    document.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Enter' && start === null) start = performance.now();
      },
      true,
    );
    const built = () =>
      [...document.querySelectorAll('h1, h2')].some((heading) => heading.textContent?.trim() === 'Appraisal summary') &&
      ![...document.querySelectorAll('.editor__message')].some((node) => node.textContent?.includes('Building'));
    const observer = new MutationObserver(() => {
      if (start === null || !built()) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now() - start);
        channel.port2.postMessage(null);
      });
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}

export async function measureSummaryInPage(launched, runs) {
  const times = [];
  for (let run = 0; run < runs; run++) {
    const page = await openLantern(launched);
    try {
      await waitFirstRow(page);
      await page.keyboard.press('F1');
      await page.getByRole('combobox', { name: 'Command palette' }).fill('Summary: Open Appraisal Summary');
      await page.evaluate(summaryProbe);
      await page.keyboard.press('Enter');
      times.push(await page.evaluate(() => window.__benchSummary));
    } finally {
      await page.close();
    }
    await sleep(300);
  }
  return times;
}
