// Memory: a new tab opens Lantern over the seeded entries, waits for the first row, searches once and waits
// for the index to hold every entry, and after two full garbage collections the JS heap in use is read: the page from
// DevTools Performance.getMetrics JSHeapUsedSize, and every worker of the extension (the background service
// worker, and any dedicated worker the page starts — Lantern starts none) from Runtime.getHeapUsage usedSize.
import { devtools, openLantern, waitFirstRow } from '../browser.mjs';
import { sleep } from '../stats.mjs';
import { waitForIndex } from './search.mjs';

export async function measureMemory(launched, runs) {
  const samples = [];
  for (let run = 0; run < runs; run++) {
    const page = await openLantern(launched);
    try {
      await waitFirstRow(page);
      await waitForIndex(page);
      await sleep(500);
      const tools = await devtools(page);
      await tools.gc();
      const pageHeap = await tools.heapUsed();

      const workers = await tools.workerHeaps(launched.extensionId);
      await tools.detach();
      const workerHeap = workers.reduce((sum, worker) => sum + worker.usedSize, 0);
      samples.push({
        total: pageHeap + workerHeap,
        page: pageHeap,
        workers,
        dedicatedWorkers: page.workers().length,
      });
    } finally {
      await page.close();
    }
    await sleep(300);
  }
  return samples;
}

/**
 * The scripts a new tab runs with no user action, by three seconds after its first row (the bundle row counts
 * them): every script the page's V8 parses (CDP Debugger.scriptParsed, attached before navigation), by path.
 */
export async function openingScripts(launched) {
  const page = await launched.context.newPage();
  try {
    const session = await page.context().newCDPSession(page);
    const urls = new Set();
    session.on('Debugger.scriptParsed', (event) => urls.add(event.url));
    await session.send('Debugger.enable');
    await page.goto(launched.url);
    await waitFirstRow(page);
    await sleep(3000);
    await session.detach();
    return [...urls]
      .filter((url) => url.startsWith('chrome-extension://'))
      .map((url) => new URL(url).pathname.slice(1));
  } finally {
    await page.close();
  }
}
