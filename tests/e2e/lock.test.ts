import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { lanternSession, openLantern } from './harness';
import { LanternPage } from './lantern';

const session = lanternSession();
const SECRET = 'Mr Lockwood';
const PASSPHRASE = 'kettle on the night shift';
const SECRET_QUOTE = 'the quiet escalation';

/** Every string in Lantern's IndexedDB, bytes decoded as UTF-8, read straight from the browser's store. */
function storedText(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('lantern');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const decoder = new TextDecoder();
    const parts: string[] = [];
    const walk = (value: unknown): void => {
      if (typeof value === 'string') parts.push(value);
      else if (value instanceof Uint8Array) parts.push(decoder.decode(value));
      else if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') Object.values(value).forEach(walk);
    };
    for (const name of [...db.objectStoreNames]) {
      const records = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      walk(records);
    }
    db.close();
    return parts.join('\n');
  });
}

async function setPassphrase(lantern: LanternPage, passphrase: string): Promise<void> {
  const { page } = lantern;
  await lantern.runCommand('Privacy: Set Passphrase…');
  await page.getByRole('heading', { name: 'Lock your journal with a passphrase' }).waitFor();
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Passphrase again', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Set passphrase' }).click();
  await page.getByText('Your journal is encrypted. Lock it any time', { exact: false }).waitFor();
}

async function unlock(lantern: LanternPage, passphrase: string): Promise<void> {
  const field = lantern.page.getByLabel('Passphrase', { exact: true });
  await field.fill(passphrase);
  await lantern.page.keyboard.press('Enter');
}

describe('the lockable journal', () => {
  it('encrypts at rest, hides everything when locked, and opens only with the passphrase', async () => {
    const lantern = await session.start();
    const { page } = lantern;
    await lantern.writeEntry(`Handover about ${SECRET}`, `${SECRET} was more breathless overnight; I escalated.`);
    expect(await storedText(page)).toContain(SECRET);

    await setPassphrase(lantern, PASSPHRASE);
    expect(await storedText(page)).not.toContain(SECRET);
    // Still open: what was written reads back.
    await expect.poll(() => lantern.entryInTree(`Handover about ${SECRET}`).count()).toBe(1);

    await lantern.runCommand('Privacy: Lock Journal');
    await page.getByRole('heading', { name: 'Your journal is locked' }).waitFor();
    expect(await page.locator('body').innerText()).not.toContain(SECRET);
    expect(await lantern.journalTree().count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('unlock-passphrase');

    // A page opened later starts locked, and the wrong passphrase is refused.
    await page.reload();
    await page.getByRole('heading', { name: 'Your journal is locked' }).waitFor();
    expect(await page.locator('body').innerText()).not.toContain(SECRET);
    await unlock(lantern, 'kettle off');
    await page.getByRole('alert').getByText("doesn't unlock this journal", { exact: false }).waitFor();

    await unlock(lantern, PASSPHRASE);
    await lantern.entryInTree(`Handover about ${SECRET}`).click();
    await expect.poll(() => lantern.body().inputValue()).toContain('more breathless');

    // Change the passphrase: the old one stops working, the new one opens everything.
    await lantern.runCommand('Privacy: Change Passphrase…');
    await page.getByLabel('Current passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('New passphrase', { exact: true }).fill('porridge before clinic');
    await page.getByLabel('New passphrase again', { exact: true }).fill('porridge before clinic');
    await page.getByRole('button', { name: 'Change passphrase' }).click();
    await page.getByText('Your passphrase is changed', { exact: false }).waitFor();
    expect(await storedText(page)).not.toContain(SECRET);
    await lantern.runCommand('Privacy: Lock Journal');
    await unlock(lantern, PASSPHRASE);
    await page.getByRole('alert').getByText("doesn't unlock this journal", { exact: false }).waitFor();
    await unlock(lantern, 'porridge before clinic');
    await expect.poll(() => lantern.entryInTree(`Handover about ${SECRET}`).count()).toBe(1);
  });

  it('keeps a capture from the web waiting, in memory only, until the journal is unlocked', async () => {
    const launched = await session.launch();
    const lantern = new LanternPage(await openLantern(launched));
    const { page } = lantern;
    await setPassphrase(lantern, PASSPHRASE);
    await lantern.runCommand('Privacy: Lock Journal');
    await page.getByRole('heading', { name: 'Your journal is locked' }).waitFor();

    const worker = launched.context.serviceWorkers()[0];
    if (!worker) throw new Error('The extension has no service worker');
    await worker.evaluate(
      (quote) =>
        (globalThis as unknown as { lanternCapture: (info: object, tab: object) => Promise<void> }).lanternCapture(
          { menuItemId: 'lantern-reflect', selectionText: `Notes on ${quote}`, pageUrl: 'http://localhost/a' },
          { title: 'An article' },
        ),
      SECRET_QUOTE,
    );
    // Waiting, it is neither on screen nor written to disk (local storage or IndexedDB).
    await page.waitForTimeout(300);
    expect(await page.locator('body').innerText()).not.toContain(SECRET_QUOTE);
    const onDisk = await page.evaluate(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: { storage: { local: { get(keys: null): Promise<object> } } };
      };
      return JSON.stringify(await chrome.storage.local.get(null));
    });
    expect(onDisk).not.toContain(SECRET_QUOTE);
    expect(await storedText(page)).not.toContain(SECRET_QUOTE);

    await unlock(lantern, PASSPHRASE);
    await expect.poll(() => lantern.body().inputValue()).toContain(SECRET_QUOTE);
    await lantern.page.keyboard.type(' ');
    await lantern.waitSaved();
    expect(await storedText(page)).not.toContain(SECRET_QUOTE);
  });

  it('keeps two open windows in step: a new passphrase or a lock in one locks the other', async () => {
    const launched = await session.launch();
    const first = new LanternPage(await openLantern(launched));
    const second = new LanternPage(await openLantern(launched));
    await first.writeEntry(`Seen in both: ${SECRET}`, 'Shared between windows.');
    await expect.poll(() => second.entryInTree(`Seen in both: ${SECRET}`).count()).toBe(1);

    await setPassphrase(first, PASSPHRASE);
    await second.page.getByRole('heading', { name: 'Your journal is locked' }).waitFor();
    expect(await second.page.locator('body').innerText()).not.toContain(SECRET);
    await unlock(second, PASSPHRASE);
    await second.entryInTree(`Seen in both: ${SECRET}`).waitFor();

    await first.runCommand('Privacy: Lock Journal');
    await first.page.getByRole('heading', { name: 'Your journal is locked' }).waitFor();
    await second.page.getByRole('heading', { name: 'Your journal is locked' }).waitFor();
    expect(await second.page.locator('body').innerText()).not.toContain(SECRET);
  });
});
