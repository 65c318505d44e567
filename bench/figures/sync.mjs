// Sync, in real Chromium against pouchdb-server on 127.0.0.1 (started here, in memory):
//  - first sync: a device that already holds the journal sets sync up and sends it; then a second, empty
//    device (a fresh profile) sets up the same address and passphrase through the set-up page. Timed in that
//    page from the click on Start syncing until the status bar reads "Synced" with every entry in its journal.
//    Long tasks (PerformanceObserver 'longtask', from the page's first script) are collected meanwhile.
//  - an edit on one live device painted on the other: a word typed at the end of the newest entry's title on
//    the first device; from that keydown to the paint of the new title in the second device's journal tree
//    (both pages stamp wall-clock times, performance.timeOrigin + now(); same machine, same clock). The
//    autosave debounce, sealing, replication and the second device's write and render are all included.
//  - storage: navigator.storage.estimate() of the first device's extension origin before sync was set up and
//    once it has sent everything; the growth (the mirror of sealed documents and sync's bookkeeping) as a
//    multiple of the usage before, which is the journal alone.
import { startCouch } from '../../tests/support/couch-server.mjs';
import { grantLocalServers } from '../../tests/support/site-access.mjs';
import { launch, makeProfile, openLantern, seed } from '../browser.mjs';
import { figure, format } from '../report.mjs';
import { acrossRuns, sleep } from '../stats.mjs';

const PASSPHRASE = 'a lantern on the night shift';
const STATUS = '[data-testid="sync-status"]';
const ENTRY_ROW = '[role="tree"][aria-label="Journal entries by month"] [role="treeitem"][aria-level="2"]';

/** A fresh profile with the extension allowed to reach 127.0.0.1 and its database created; optionally seeded. */
async function newDevice(extensionDir, cleanups, tables) {
  const profile = makeProfile();
  cleanups.unshift(profile.dispose);
  const launched = await launch(profile.dir, extensionDir);
  cleanups.unshift(() => launched.context.close());
  await grantLocalServers(launched.context, launched.extensionId);
  const first = await openLantern(launched);
  await sleep(500);
  await first.close();
  if (tables) {
    const store = await launched.context.newPage();
    await store.goto(`chrome-extension://${launched.extensionId}/manifest.json`);
    await seed(store, tables);
    await store.close();
  }
  return launched;
}

/** Records every long task of the page from its first script (an init script, so reloads keep it). */
function longTaskProbe() {
  window.__benchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) window.__benchLongTasks.push({ start: task.startTime, ms: task.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/** Resolves in the page with performance.now() once the sync status reads "Synced" (and `count` entries are stored). */
function whenSynced({ selector, count }) {
  const entries = () =>
    new Promise((resolve) => {
      const request = indexedDB.open('lantern');
      request.onerror = () => resolve(-1);
      request.onsuccess = () => {
        const db = request.result;
        const counting = db.transaction('entries').objectStore('entries').count();
        counting.onsuccess = () => {
          db.close();
          resolve(counting.result);
        };
        counting.onerror = () => resolve(-1);
      };
    });
  return new Promise((resolve) => {
    const check = async () => {
      const text = document.querySelector(selector)?.textContent ?? '';
      if (!text.startsWith('Synced')) return false;
      const at = performance.now();
      if (count !== undefined && (await entries()) < count) return false;
      resolve(at);
      return true;
    };
    const timer = setInterval(async () => {
      if (await check()) clearInterval(timer);
    }, 100);
  });
}

async function setUpSync(page, server) {
  await page.keyboard.press('F1');
  const palette = page.getByRole('combobox', { name: 'Command palette' });
  await palette.fill('Sync: Set Up Sync…');
  await page.keyboard.press('Enter');
  // Set-up opens the page afresh (its connections not yet narrowed to one server).
  await page.getByRole('heading', { name: 'Set up sync' }).waitFor({ timeout: 30_000 });
  await page.getByLabel('Server address', { exact: true }).fill(server);
  await page.getByLabel('Sync passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Repeat sync passphrase', { exact: true }).fill(PASSPHRASE);
}

const start = (page) => page.getByRole('button', { name: 'Start syncing' }).click();
const usage = (page) => page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);

/** Times the typed word's way from a keydown on `from` to the paint of the new title in `to`'s journal tree. */
async function timeOneEdit(from, to, word) {
  const painted = to.evaluate(
    ({ selector, word }) =>
      new Promise((resolve) => {
        const seen = () => [...document.querySelectorAll(selector)].some((row) => row.textContent.includes(word));
        const observer = new MutationObserver(() => {
          if (!seen()) return;
          observer.disconnect();
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve(performance.timeOrigin + performance.now());
            channel.port2.postMessage(null);
          });
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      }),
    { selector: ENTRY_ROW, word },
  );
  await from.evaluate(() => {
    window.__benchLastKey = 0;
    document.addEventListener(
      'keydown',
      () => {
        window.__benchLastKey = performance.timeOrigin + performance.now();
      },
      { capture: true },
    );
  });
  await from.keyboard.type(` ${word}`);
  const typedAt = await from.evaluate(() => window.__benchLastKey);
  const paintedAt = await Promise.race([painted, sleep(30_000).then(() => Number.NaN)]);
  return paintedAt - typedAt;
}

export async function measureSync({ extensionDir, tables, runs, log }) {
  const cleanups = [];
  const server = await startCouch();
  cleanups.unshift(() => server.stop());
  const address = `${server.url}/lantern-bench`;
  const count = tables.entries.length;
  try {
    // The first device: the journal, then sync set up, then everything sent.
    const first = await newDevice(extensionDir, cleanups, tables);
    const a = await openLantern(first);
    await a.locator(ENTRY_ROW).first().waitFor({ timeout: 120_000 });
    await sleep(1000);
    const before = await usage(a);
    await setUpSync(a, address);
    const sendStarted = Date.now();
    await start(a);
    await a.evaluate(whenSynced, { selector: STATUS });
    const sendMs = Date.now() - sendStarted;
    const after = await usage(a);
    log(`sync: the first device sent ${count} entries in ${(sendMs / 1000).toFixed(1)} s`);

    // The second device: empty, set up through the page, timed until Synced with every entry.
    const second = await newDevice(extensionDir, cleanups);
    const b = await openLantern(second, { init: longTaskProbe });
    await setUpSync(b, address);
    const startedAt = await b.evaluate(() => performance.now());
    await start(b);
    const syncedAt = await b.evaluate(whenSynced, { selector: STATUS, count });
    const tasks = await b.evaluate((since) => window.__benchLongTasks.filter((task) => task.start >= since), startedAt);
    const firstSyncMs = syncedAt - startedAt;
    const longest = Math.max(0, ...tasks.map((task) => task.ms));
    log(
      `sync: first sync of ${count} entries on a new device ${(firstSyncMs / 1000).toFixed(1)} s; ${tasks.length} long tasks, longest ${longest.toFixed(0)} ms`,
    );

    // Both live: edits on the first device, watched on the second.
    await b.locator(ENTRY_ROW).first().waitFor();
    await a.locator(ENTRY_ROW).first().click();
    const title = a.getByRole('textbox', { name: 'Title' });
    await title.click();
    await a.keyboard.press('End');
    const edits = [];
    for (let run = 0; run < runs; run++) {
      const ms = await timeOneEdit(a, b, `ward${run}round`);
      edits.push(ms);
      await sleep(1500);
    }
    log(`sync: edits painted on the second device after ${edits.map((ms) => `${ms.toFixed(0)} ms`).join(', ')}`);
    return {
      entries: count,
      documents: Object.values(tables).reduce((sum, records) => sum + records.length, 0),
      sendMs,
      firstSyncMs,
      longTasks: tasks,
      longestTaskMs: longest,
      edits,
      usage: { before, after, multiple: (after - before) / before },
    };
  } finally {
    for (const cleanup of cleanups) {
      try {
        await cleanup();
      } catch {
        // Cleaning up after a failure must not hide the failure.
      }
    }
  }
}

/** The table's rows for what measureSync returned. */
export function syncRows(sync) {
  const n = (count) => count.toLocaleString('en-GB');
  const once = (value) => acrossRuns([value]);
  const journal = `${n(sync.entries)} entries (${n(sync.documents)} records with their revisions and goals)`;
  return [
    figure({
      id: 'sync-first',
      name: `sync: first sync, ${n(sync.entries)} entries`,
      what: `a new device (fresh profile) set up through the set-up page against pouchdb-server on 127.0.0.1, already holding ${journal} sent by another device in ${format(sync.sendMs / 1000, 's')}: Start syncing clicked → status bar reads “Synced” with every entry in the journal`,
      unit: 's',
      stats: once(sync.firstSyncMs / 1000),
      target: { below: 60 },
      note: 'one run: it takes most of a minute',
    }),
    figure({
      id: 'sync-longest-task',
      name: `sync: longest task during it, ${n(sync.entries)} entries`,
      what: `the longest main-thread task of that page while the first sync ran (PerformanceObserver “longtask”; ${sync.longTasks.length} over 50 ms, ${sync.longTasks.filter((task) => task.ms > 100).length} over 100 ms)`,
      unit: 'ms',
      stats: once(sync.longestTaskMs),
      target: { atMost: 100 },
      note: 'same run',
    }),
    figure({
      id: 'sync-edit',
      name: 'sync: edit painted on a second device',
      what: 'both devices open and synced: a word typed at the end of the newest entry’s title on one → the new title painted in the other’s journal tree (autosave, sealing, replication through the server, the write and render there)',
      unit: 'ms',
      stats: acrossRuns(sync.edits),
      target: { below: 3000 },
    }),
    figure({
      id: 'sync-storage',
      name: 'sync: extra storage on the device',
      what: `navigator.storage.estimate() of the sending device: growth once everything was sent (the mirror of sealed documents, sync’s bookkeeping) ÷ the usage before sync was set up (the journal alone, ${format(sync.usage.before, 'MB')})`,
      unit: 'ratio',
      stats: once(sync.usage.multiple),
      note: 'one run',
    }),
  ];
}
