// scratch: do raw IndexedDB getAll reads of the seeded journal cause long cppgc sweep tasks?
import { writeFileSync } from 'node:fs';
import { launch, makeProfile, openLantern, relaunch, seed, countRecords } from './browser.mjs';
import { generateJournal, sliceJournal } from './data.mjs';
import { dataLayerScript } from './libs.mjs';
import { sleep } from './stats.mjs';
const size = Number(process.argv[2] ?? 50000);
const journal = generateJournal(size);
const profile = makeProfile();
let launched = await launch(profile.dir);
const first = await openLantern(launched); await sleep(1000); await first.close();
let store = await launched.context.newPage();
await store.goto(`chrome-extension://${launched.extensionId}/manifest.json`);
const dataLayer = await dataLayerScript();
await store.evaluate(dataLayer);
await seed(store, sliceJournal(journal, 0, size));
({ launched, store } = await relaunch(launched, profile.dir, undefined, dataLayer));
const page = await launched.context.newPage();
await page.goto(`chrome-extension://${launched.extensionId}/manifest.json`);
const cdp = await page.context().newCDPSession(page);
const traceEvents = [];
cdp.on('Tracing.dataCollected', ({ value }) => { for (const e of value) if (e.ph === 'X' && (e.dur ?? 0) > 2000 || e.name === 'thread_name') traceEvents.push(e); });
const traced = new Promise((resolve) => cdp.on('Tracing.tracingComplete', resolve));
await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: ['devtools.timeline', 'toplevel', 'cppgc', 'v8'] } });
const mode = process.argv[3] ?? 'read';
const out = await page.evaluate(async (mode) => {
  const db = await new Promise((res, rej) => { const r = indexedDB.open('lantern'); r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
  let n = 0; let after; const keep = [];
  for (;;) {
    const batch = await new Promise((res, rej) => {
      const tx = db.transaction('entries'); const st = tx.objectStore('entries');
      const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true); const r = mode === 'keys' ? st.getAllKeys(range, 1000) : st.getAll(range, mode === 'small' ? 100 : 1000);
      r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error);
    });
    n += batch.length;
    if (mode === 'keep') keep.push(...batch.map((e) => e.title));
    const lim = mode === 'small' ? 100 : 1000; if (batch.length < lim) break;
    after = mode === 'keys' ? batch[batch.length - 1] : batch[batch.length - 1].id;
    await new Promise((r) => setTimeout(r, 0));
  }
  await new Promise((r) => setTimeout(r, 8000));
  return n;
}, mode);
await cdp.send('Tracing.end'); await traced;
writeFileSync('/tmp/p50/idbtrace.json', JSON.stringify(traceEvents));
console.log('read', out);
await launched.context.close(); profile.dispose();
