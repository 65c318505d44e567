import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CouchServer, startCouch } from '../support/couch-server.mjs';
import { openDevice, setUpSync, syncItem, waitSynced } from './sync-support';

const PASSPHRASE = 'lanterns over the estuary';
const TITLE = 'Handover with Dr Quillfeather';
const BODY = 'The registrar and I rehearsed the marmalade escalation before the night shift.';
const EDIT = 'Afterwards we agreed a buttercup checklist for weekends.';
/** Words written on one device or the other: none may be readable on the server. */
const WORDS = ['Quillfeather', 'Handover', 'registrar', 'marmalade', 'escalation', 'buttercup', 'checklist'];

let couch: CouchServer;
beforeAll(async () => {
  couch = await startCouch();
}, 60_000);
afterAll(async () => {
  await couch?.stop();
});

describe('sync between two browsers through a CouchDB server', { timeout: 180_000 }, () => {
  it('carries an entry across and an edit back, refuses a wrong passphrase, and leaves only ciphertext on the server', async () => {
    const server = `${couch.url}/lantern-e2e`;
    const first = await openDevice();
    const second = await openDevice();
    const third = await openDevice();
    try {
      const a = first.lantern;
      await a.writeEntry(TITLE, BODY);
      await setUpSync(a, { server, passphrase: PASSPHRASE });
      await waitSynced(a);
      expect(await syncItem(a).getAttribute('aria-label')).toMatch(/^Synced /);

      const b = second.lantern;
      await setUpSync(b, { server, passphrase: PASSPHRASE });
      await expect.poll(() => b.entryInTree(TITLE).count(), { timeout: 30_000 }).toBe(1);
      await b.entryInTree(TITLE).click();
      await expect.poll(() => b.body().inputValue()).toBe(BODY);

      // An edit on the second browser comes back to the first (read by opening the entry afresh).
      await b.body().press('End');
      await b.page.keyboard.type(` ${EDIT}`);
      await b.waitSaved();
      await expect
        .poll(
          async () => {
            await a.runCommand('Help: Show Welcome');
            await a.entryInTree(TITLE).click();
            return a.body().inputValue();
          },
          { timeout: 30_000, interval: 1000 },
        )
        .toBe(`${BODY} ${EDIT}`);

      // A third browser with the wrong passphrase is refused in plain words; nothing is set up.
      const c = third.lantern;
      await setUpSync(c, { server, passphrase: 'not the passphrase at all' });
      const refusal = c.page.getByRole('alert');
      await refusal.waitFor({ timeout: 30_000 });
      expect(await refusal.textContent()).toMatch(/passphrase/i);
      expect(await c.page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');
      expect(await c.page.getByLabel('Server address', { exact: true }).inputValue()).toBe(server);
      expect(await syncItem(c).count()).toBe(0);
      expect(await c.page.evaluate(() => localStorage.getItem('lantern.syncOrigin'))).toBeNull();

      // Everything on the server, read over HTTP: none of the words written.
      await waitSynced(b);
      const response = await fetch(`${server}/_all_docs?include_docs=true&attachments=true`);
      expect(response.ok).toBe(true);
      const stored = await response.text();
      expect(JSON.parse(stored).rows.length).toBeGreaterThan(0);
      for (const word of WORDS) expect(stored.toLowerCase()).not.toContain(word.toLowerCase());

      // The browsers reached that one server and nothing else.
      for (const device of [first, second, third])
        for (const url of device.launched.outsideRequests) expect(new URL(url).origin).toBe(couch.url);
    } finally {
      await Promise.all([first.close(), second.close(), third.close()]);
    }
  });

  it('brings a journal up to date with no Lantern window open, on the background alarm', async () => {
    const server = `${couch.url}/lantern-e2e-background`;
    const ward = await openDevice();
    const home = await openDevice();
    try {
      await setUpSync(ward.lantern, { server, passphrase: PASSPHRASE });
      await waitSynced(ward.lantern);
      await setUpSync(home.lantern, { server, passphrase: PASSPHRASE });
      await waitSynced(home.lantern);
      await home.lantern.page.close();

      await ward.lantern.writeEntry('Night shift huddle', 'We shared the teal escalation card.');
      await waitSynced(ward.lantern);

      // What the alarm runs, called now rather than in 15 minutes.
      const worker = home.launched.context.serviceWorkers()[0];
      if (!worker) throw new Error('No service worker');
      const outcome = await worker.evaluate(() =>
        (globalThis as unknown as { lanternSyncRound(): Promise<string> }).lanternSyncRound(),
      );
      expect(outcome).toBe('synced');

      // Read straight from home's database, with no Lantern window open.
      const reader = await home.launched.context.newPage();
      await reader.goto(`chrome-extension://${home.launched.extensionId}/manifest.json`);
      const titles = await reader.evaluate(
        () =>
          new Promise<string[]>((resolve, reject) => {
            const request = indexedDB.open('lantern');
            request.onerror = () => reject(request.error);
            request.onsuccess = () => {
              const all = request.result.transaction('entries').objectStore('entries').getAll();
              all.onsuccess = () => resolve(all.result.map((entry: { title: string }) => entry.title));
            };
          }),
      );
      expect(titles).toContain('Night shift huddle');
    } finally {
      await Promise.all([ward.close(), home.close()]);
    }
  });
});
