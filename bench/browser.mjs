// Launching Chromium with the built extension and seeding its database, for bench/run.mjs.
// The same approach as tests/e2e/harness.ts, in plain Node (the bench is not a vitest file).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const EXTENSION_DIR = resolve(ROOT, '.output/chrome-mv3');
export const VIEWPORT = { width: 1000, height: 700 };

export function chromiumPath() {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}. Install it with "apt-get update && apt-get install -y chromium" (Debian), or set CHROME_PATH.`,
    );
  }
  return path;
}

/** "Chromium 156.0.1234.5" from the binary itself (Debian's wrapper script may print a harmless warning). */
export function chromiumVersion() {
  try {
    return execFileSync(chromiumPath(), ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return 'unknown';
  }
}

/** A fresh browser profile folder, removed by `dispose`. */
export function makeProfile() {
  const dir = mkdtempSync(join(tmpdir(), 'lantern-bench-'));
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Headless Chromium with the built extension (by default .output/chrome-mv3) loaded, on the given profile. */
export async function launch(profileDir, extensionDir = EXTENSION_DIR) {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run "npm run build" (or drop --no-build).`);
  }
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: VIEWPORT,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
      // Timings must not depend on which tab Chromium thinks is in front.
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
      '--disable-backgrounding-occluded-windows',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, url: `chrome-extension://${extensionId}/sidepanel.html` };
}

/** Opens Lantern in a new tab and waits for the activity bar, as the e2e harness does. */
export async function openLantern(launched, { init } = {}) {
  const page = await launched.context.newPage();
  if (init) await page.addInitScript(init);
  await page.goto(launched.url);
  await page.getByRole('navigation', { name: 'Views' }).waitFor();
  return page;
}

/** The journal tree's first row (a month group when grouped by month), once it is in the page. */
export async function waitFirstRow(page, timeout = 120_000) {
  await page
    .getByRole('tree', { name: 'Journal entries by month' })
    .getByRole('treeitem')
    .first()
    .waitFor({ state: 'attached', timeout });
}

/** Writes records straight into one object store, in one readwrite transaction (runs in the page). */
function putAll({ store, records }) {
  return new Promise((resolvePut, reject) => {
    const request = indexedDB.open('lantern');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(store)) {
        db.close();
        reject(new Error(`No "${store}" store: open Lantern once first so that it creates its database`));
        return;
      }
      const tx = db.transaction(store, 'readwrite', { durability: 'relaxed' });
      const objects = tx.objectStore(store);
      for (const record of records) objects.put(record);
      tx.oncomplete = () => {
        db.close();
        resolvePut(records.length);
      };
      tx.onerror = () => {
        db.close();
        reject(tx.error);
      };
    };
  });
}

const BATCH = 2000;

/**
 * Seeds Lantern's database from an open Lantern page (which has created it at its current version): raw
 * IndexedDB puts, one transaction per 2,000 records. Raw writes do not wake Dexie's live queries, so the page
 * that seeds does not re-render; pages opened afterwards read the data.
 */
export async function seed(page, tables) {
  let written = 0;
  for (const [store, records] of Object.entries(tables)) {
    for (let at = 0; at < records.length; at += BATCH) {
      written += await page.evaluate(putAll, { store, records: records.slice(at, at + BATCH) });
    }
  }
  return written;
}

/** Counts records in a store (runs a raw count in the page). */
export function countRecords(page, store) {
  return page.evaluate(
    (name) =>
      new Promise((resolveCount, reject) => {
        const request = indexedDB.open('lantern');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const count = db.transaction(name).objectStore(name).count();
          count.onsuccess = () => {
            db.close();
            resolveCount(count.result);
          };
          count.onerror = () => reject(count.error);
        };
      }),
    store,
  );
}

/** A DevTools session on a page, with the two things the bench asks of it. */
export async function devtools(page) {
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  return {
    /** Full garbage collection of the page's heap (twice, so weak references and finalizers settle). */
    async gc() {
      await session.send('HeapProfiler.collectGarbage');
      await session.send('HeapProfiler.collectGarbage');
    },
    /** Performance.getMetrics JSHeapUsedSize, in bytes. */
    async heapUsed() {
      const { metrics } = await session.send('Performance.getMetrics');
      return metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
    },
    /**
     * JS heap in use (Runtime.getHeapUsage usedSize, after a full GC) of every worker target belonging to the
     * extension: its service worker and any dedicated or shared worker. Each is attached through this session
     * (Target.attachToTarget, not flattened, messages relayed by Target.sendMessageToTarget).
     */
    async workerHeaps(extensionId) {
      const { targetInfos } = await session.send('Target.getTargets');
      const workers = targetInfos.filter(
        (target) =>
          ['service_worker', 'worker', 'shared_worker'].includes(target.type) &&
          target.url.startsWith(`chrome-extension://${extensionId}/`),
      );
      const heaps = [];
      for (const worker of workers) {
        const { sessionId } = await session.send('Target.attachToTarget', {
          targetId: worker.targetId,
          flatten: false,
        });
        let nextId = 0;
        const waiting = new Map();
        const onMessage = (event) => {
          if (event.sessionId !== sessionId) return;
          const message = JSON.parse(event.message);
          waiting.get(message.id)?.(message);
        };
        session.on('Target.receivedMessageFromTarget', onMessage);
        const call = (method, params = {}) =>
          new Promise((resolveCall, reject) => {
            const id = ++nextId;
            const timer = setTimeout(() => reject(new Error(`${method} timed out in ${worker.url}`)), 10_000);
            waiting.set(id, (message) => {
              clearTimeout(timer);
              if (message.error) reject(new Error(message.error.message));
              else resolveCall(message.result);
            });
            session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
          });
        try {
          await call('HeapProfiler.collectGarbage');
          const { usedSize } = await call('Runtime.getHeapUsage');
          heaps.push({ type: worker.type, url: worker.url, usedSize });
        } finally {
          session.off('Target.receivedMessageFromTarget', onMessage);
          await session.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
        }
      }
      return heaps;
    },
    detach: () => session.detach(),
  };
}

/**
 * Closes the browser and starts it again on the same profile, with a new store page (the bench's data layer
 * loaded in it, for seeding): a fresh browser for each journal size.
 */
export async function relaunch(launched, profileDir, extensionDir, dataLayer) {
  await launched.context.close();
  const next = await launch(profileDir, extensionDir);
  const store = await next.context.newPage();
  await store.goto(`chrome-extension://${next.extensionId}/manifest.json`);
  await store.evaluate(dataLayer);
  return { launched: next, store, storeTools: await devtools(store) };
}
