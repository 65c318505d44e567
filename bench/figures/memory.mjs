// Memory: a new tab opens Lantern over the seeded entries, waits for the first row (and, the first time, two
// seconds more, then lists the scripts the tab has loaded by itself: Resource Timing), searches once and waits
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
      // Every script the tab loads with no user action, by two seconds after its first row (the bundle row).
      await sleep(run === 0 ? 2000 : 0);
      const scripts = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((entry) => entry.name)
          .filter((name) => name.endsWith('.js')),
      );
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
        scripts,
      });
    } finally {
      await page.close();
    }
    await sleep(300);
  }
  return samples;
}
