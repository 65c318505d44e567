// Store overhead: every entry loaded through Lantern's data layer (listJournal, lib/entries/repository.ts: Dexie
// and the vault layer, the table read in slices, Trash left out, sorted newest first — how the journal loads)
// against a raw IndexedDB getAll on the same `entries` store, in the same page and run, in alternating order,
// with a full GC before each. The ratio is taken within each run.
//
// The raw side reads its result: Chromium turns the stored records into JavaScript objects only when
// `request.result` is first read (about a quarter of the whole time at 10,000 entries), so a getAll whose result
// is never looked at has not loaded anything. Until 23 Nov 2026 it did not, and the ratio was about 1.75.

function loadRaw() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('lantern');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const started = performance.now();
      const all = db.transaction('entries').objectStore('entries').getAll();
      all.onsuccess = () => {
        const records = all.result;
        const ms = performance.now() - started;
        db.close();
        resolve({ ms, count: records.length });
      };
      all.onerror = () => reject(all.error);
    };
  });
}

async function loadLantern() {
  const started = performance.now();
  const entries = await window.__lanternData.listJournal();
  return { ms: performance.now() - started, count: entries.length };
}

/** `page` has the data layer loaded (bench/libs.mjs dataLayerScript); `tools` is bench/browser.mjs devtools(). */
export async function measureOverhead(page, tools, runs) {
  // Warm-up: Dexie opens its connection on first use; neither side should pay for that.
  await page.evaluate(loadLantern);
  await page.evaluate(loadRaw);
  const results = [];
  for (let run = 0; run < runs; run++) {
    const order = run % 2 ? [loadRaw, loadLantern] : [loadLantern, loadRaw];
    const timed = new Map();
    for (const load of order) {
      await tools.gc();
      timed.set(load, await page.evaluate(load));
    }
    const raw = timed.get(loadRaw);
    const lantern = timed.get(loadLantern);
    if (lantern.count !== raw.count) throw new Error(`listJournal gave ${lantern.count} entries, getAll ${raw.count}`);
    results.push({ lanternMs: lantern.ms, rawMs: raw.ms, ratio: lantern.ms / raw.ms, count: raw.count });
  }
  return results;
}
