// Cold open: a new tab loads sidepanel.html in the running browser, with the data already stored. Timed in the
// page from navigation start (performance.timeOrigin) to the paint after the journal tree's first row appears.
import { firstRowProbe } from '../probes.mjs';
import { sleep } from '../stats.mjs';

export async function measureColdOpen(launched, runs) {
  const times = [];
  for (let run = 0; run < runs; run++) {
    const page = await launched.context.newPage();
    await page.addInitScript(firstRowProbe);
    await page.goto(launched.url, { waitUntil: 'commit' });
    const { paintedAt } = await page.evaluate(
      (timeoutMs) =>
        Promise.race([
          window.__benchFirstRow,
          new Promise((_, reject) => setTimeout(() => reject(new Error('No journal row painted')), timeoutMs)),
        ]),
      180_000,
    );
    times.push(paintedAt);
    await page.close();
    // Let the closed tab's renderer go before the next load.
    await sleep(300);
  }
  return times;
}
