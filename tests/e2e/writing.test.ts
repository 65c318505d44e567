import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENTRY_KINDS, kindsToChoose } from '../../lib/entries/kinds';
import { lanternSession } from './harness';

const session = lanternSession();

const start = () => session.start();

describe('reflective writing', () => {
  it('creates one entry of each kind offered through the palette', async () => {
    const lantern = await start();
    for (const kind of kindsToChoose()) {
      const { label } = ENTRY_KINDS[kind];
      await lantern.writeEntry(`A ${label.toLowerCase()}`, `About ${kind}.`);
      await lantern.page.getByRole('combobox', { name: 'Kind' }).selectOption(kind);
      await lantern.waitSaved();
    }
    await lantern.page.getByRole('combobox', { name: 'Group by' }).selectOption('kind');
    for (const kind of kindsToChoose()) {
      const { label } = ENTRY_KINDS[kind];
      await lantern.page.getByRole('treeitem', { name: new RegExp(`^${label.replace(/[()]/g, '.')}\\s*1$`) }).waitFor();
    }
  }, 120_000);

  it('finds an entry by a mistyped word and highlights the match', async () => {
    const lantern = await start();
    await lantern.writeEntry('Night shift', 'The handover to the day team was rushed.');
    await lantern.writeEntry('Budget', 'Locum spend agreed.');
    await lantern.runCommand('Journal: Search Entries');
    await lantern.page.keyboard.type('handvoer');
    const results = lantern.page.getByRole('list', { name: 'Search results' });
    await results.getByText('Night shift').waitFor();
    expect(await results.getByRole('listitem').count()).toBe(1);
    expect(await results.locator('mark').first().textContent()).toMatch(/handover/i);
  });

  it('attaches a file to an entry and downloads it back unchanged', async () => {
    const lantern = await start();
    await lantern.writeEntry('Certificate', 'ALS recertification.');
    await lantern.page.getByLabel('Choose files to attach').setInputFiles({
      name: 'als-certificate.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Advanced Life Support: passed'),
    });
    await lantern.page.getByText('als-certificate.txt').first().waitFor();
    expect(await lantern.page.getByTestId('attachment-count').textContent()).toBe('1 attachment');
    const download = lantern.page.waitForEvent('download');
    await lantern.page.getByRole('button', { name: 'Download als-certificate.txt' }).click();
    const path = `${session.profileDir}/cert.txt`;
    await (await download).saveAs(path);
    expect(readFileSync(path, 'utf8')).toBe('Advanced Life Support: passed');
  });

  it('restores an earlier version from the history, keeping the replaced text too', async () => {
    const lantern = await start();
    await lantern.writeEntry('Difficult call', 'First version.');
    // Leaving the entry ends the editing session: a version is kept.
    await lantern.runCommand('Journal: New Entry');
    await lantern.entryInTree('Difficult call').click();
    await lantern.body().fill('Second version.');
    await lantern.waitSaved();
    await lantern.runCommand('Entry: Show History');
    const versions = lantern.page.getByRole('list', { name: 'Earlier versions' });
    await versions.getByRole('button').first().waitFor();
    await versions.getByRole('button').last().click();
    await lantern.page.getByRole('button', { name: 'Restore this version' }).press('Enter');
    await expect.poll(() => lantern.body().inputValue()).toBe('First version.');
    // The button is gone with its page; focus lands in the restored text, not on nothing.
    await expect
      .poll(() => lantern.page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Reflection (markdown)');
  });
});
