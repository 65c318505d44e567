import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CouchServer, startCouch } from '../support/couch-server.mjs';
import type { LanternPage } from './lantern';
import { openDevice, setUpSync, syncItem, waitSynced } from './sync-support';

const PASSPHRASE = 'kestrels above the car park';
const TITLE = 'Rota meeting';
const BODY = 'We talked about the rota.';
const ON_FIRST = 'First laptop: I will draft the escalation rota.';
const ON_SECOND = 'Home computer: the consultant offered to chair it.';

/** Every string in Lantern's entries and revisions, read straight from the browser's IndexedDB. */
function journalText(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('lantern');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = (name: string) =>
      new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const text = JSON.stringify([await all('entries'), await all('revisions')]);
    db.close();
    return text;
  });
}

async function appendToOpenEntry(lantern: LanternPage, words: string): Promise<void> {
  await lantern.body().press('End');
  await lantern.page.keyboard.type(` ${words}`);
  await lantern.waitSaved();
}

/** Waits up to three minutes for `check`, looking every few seconds. */
async function until(check: () => Promise<boolean>, what: string, status: () => Promise<string>): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what} (sync status: ${await status()})`);
    await new Promise((resolve) => setTimeout(resolve, 4000));
  }
}

const statusText = async (lantern: LanternPage) =>
  (await syncItem(lantern).count()) ? ((await syncItem(lantern).getAttribute('aria-label')) ?? '') : '';

let couch: CouchServer;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lantern-couch-data-'));
  couch = await startCouch({ dir });
}, 60_000);
afterAll(async () => {
  await couch?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('sync when the server goes away', { timeout: 420_000 }, () => {
  it('says Offline, and a conflict made meanwhile leaves both texts on both devices', async () => {
    const server = `${couch.url}/lantern-conflict`;
    const first = await openDevice();
    const second = await openDevice();
    try {
      const a = first.lantern;
      const b = second.lantern;
      await a.writeEntry(TITLE, BODY);
      await setUpSync(a, { server, passphrase: PASSPHRASE });
      await waitSynced(a);
      await setUpSync(b, { server, passphrase: PASSPHRASE });
      await expect.poll(() => b.entryInTree(TITLE).count(), { timeout: 30_000 }).toBe(1);
      await waitSynced(b);

      // The server goes away for 40 s; meanwhile both devices change the same entry.
      const back = couch.restart({ downMs: 40_000 });
      await expect
        .poll(() =>
          fetch(couch.url).then(
            () => 'up',
            () => 'down',
          ),
        )
        .toBe('down');
      await a.entryInTree(TITLE).click();
      await b.entryInTree(TITLE).click();
      await appendToOpenEntry(a, ON_FIRST);
      await appendToOpenEntry(b, ON_SECOND);
      for (const device of [a, b])
        await expect.poll(() => statusText(device), { timeout: 60_000 }).toMatch(/^Offline: /);

      await back;
      // Both texts end up on both devices once sync has found the server again (it retries with backoff):
      // the winner as the entry, the loser as a version marked as a conflict.
      const status = async () => `first: ${await statusText(a)}; second: ${await statusText(b)}`;
      const hasBoth = async (device: LanternPage) => {
        const text = await journalText(device.page);
        return text.includes(ON_FIRST) && text.includes(ON_SECOND);
      };
      await until(() => hasBoth(a), 'the first device has both texts', status);
      await until(() => hasBoth(b), 'the second device has both texts', status);
      for (const device of [a, b]) {
        // The losing text is kept as a version marked as a conflict, shown in the entry's history.
        await device.runCommand('Entry: Show History');
        await device.page.getByText('kept when both changed it', { exact: false }).first().waitFor();
      }
      await waitSynced(a, 60_000);
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });
});
