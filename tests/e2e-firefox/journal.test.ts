import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Firefox, launchFirefox } from './harness';
import { FirefoxLantern } from './lantern';

// One Firefox for the file (a launch takes seconds): each story adds to the same journal, in order.
let firefox: Firefox;
let lantern: FirefoxLantern;

beforeAll(async () => {
  firefox = await launchFirefox();
  lantern = new FirefoxLantern(await firefox.openLantern());
});

afterEach(async () => {
  expect(await firefox.takeLanternErrors(), 'errors Lantern logged in Firefox').toEqual([]);
  expect(await firefox.takeOutsideRequests(), 'requests that left the extension').toEqual([]);
});

afterAll(async () => {
  await firefox?.close();
});

describe('Lantern in Firefox', () => {
  it('keeps an entry written through the command palette across a reload', async () => {
    await lantern.writeEntry('Handover that went wrong', 'We listened to the night team **first**.');

    await lantern.reload();
    await (await lantern.entryInTree('Handover that went wrong')).click();
    await expect.poll(() => lantern.title()).toBe('Handover that went wrong');
    expect(await lantern.body()).toBe('We listened to the night team **first**.');
  });

  it('finds an entry when the search has a typo in it', async () => {
    await lantern.writeEntry('Breaking bad news', 'A difficult conversation with a family.');
    await lantern.runCommand('Journal: Search Entries');
    await lantern.page.keyboard.type('convresation');
    const results = await lantern.find({ role: 'list', name: 'Search results' });
    await expect
      .poll(() => results.$$eval('.results__title', (titles) => titles.map((title) => title.textContent)))
      .toEqual(['Breaking bad news']);
  });

  it('shows the appraisal summary and downloads it as Markdown', async () => {
    await lantern.writeEntry('Sepsis study day', 'Two days of simulation.');
    await lantern.runCommand('Summary: Open Appraisal Summary');
    await lantern.find({ role: 'heading', name: 'Appraisal summary' });
    await lantern.waitForText('Sepsis study day');

    await lantern.runCommand('Summary: Export as Markdown');
    const saved = () => readdirSync(firefox.downloads).filter((name) => /^lantern-appraisal-\d{4}\.md$/.test(name));
    await expect.poll(saved, { timeout: 10_000 }).toHaveLength(1);
    const [name = ''] = saved();
    await expect
      .poll(() => readFileSync(join(firefox.downloads, name), 'utf8'), { timeout: 5000 })
      .toContain('Sepsis study day');
  });

  it('locks the journal behind a passphrase and opens it again only with that passphrase', async () => {
    const { page } = lantern;
    await lantern.runCommand('Privacy: Set Passphrase…');
    await lantern.find({ role: 'heading', name: 'Lock your journal with a passphrase' });
    await lantern.fill('Passphrase', 'kettle on the night shift');
    await lantern.fill('Passphrase again', 'kettle on the night shift');
    await lantern.click('button', 'Set passphrase');
    await lantern.waitForText('Your journal is encrypted. Lock it any time');

    await lantern.runCommand('Privacy: Lock Journal');
    await lantern.find({ role: 'heading', name: 'Your journal is locked' });
    expect(await page.evaluate(() => document.body.innerText)).not.toContain('Sepsis study day');

    await lantern.reload();
    await lantern.find({ role: 'heading', name: 'Your journal is locked' });
    await lantern.fill('Passphrase', 'kettle off');
    await page.keyboard.press('Enter');
    await lantern.waitForText("doesn't unlock this journal");
    await lantern.fill('Passphrase', 'kettle on the night shift');
    await page.keyboard.press('Enter');
    await lantern.entryInTree('Sepsis study day');
  });
});
