import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { lanternSession } from './harness';
import type { LanternPage } from './lantern';

const session = lanternSession();
const SECRET = 'Mr Lockwood';
const PASSPHRASE = 'kettle on the night shift';

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

    await lantern.runCommand('Privacy: Set Passphrase…');
    await page.getByRole('heading', { name: 'Lock your journal with a passphrase' }).waitFor();
    expect(await page.getByText('cannot be recovered').first().isVisible()).toBe(true);
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('Passphrase again', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('checkbox', { name: /cannot be recovered/ }).check();
    await page.getByRole('button', { name: 'Encrypt my journal' }).click();
    await page.getByText('Your journal is encrypted', { exact: false }).waitFor();
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
});
