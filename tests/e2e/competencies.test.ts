import { describe, expect, it } from 'vitest';
import { lanternSession } from './harness';

const session = lanternSession();

describe('competencies and prompts', () => {
  it('starts an entry from a prompt, accepts a suggestion, and the count rises', async () => {
    const lantern = await session.start();
    const { page } = lantern;

    await lantern.runCommand('View: Show Competencies');
    const safety = page.getByRole('treeitem', { name: /Ensuring patient safety/ });
    // Counted as soon as the journal is read: a new one is read in the page, without waiting for its worker.
    await expect.poll(() => safety.textContent(), { timeout: 2000 }).toContain('0 entries');

    await lantern.runCommand('Journal: New Entry from Prompt…');
    await page.getByRole('combobox', { name: 'New entry from prompt' }).fill('listen');
    await page.keyboard.press('Enter');
    await expect.poll(() => lantern.body().inputValue()).toMatch(/^> /);
    expect(await page.getByRole('list', { name: 'Linked competencies' }).getByRole('listitem').count()).toBeGreaterThan(
      0,
    );

    await lantern.body().press('Control+End');
    await page.keyboard.type('After the near miss we held a safety huddle and reported the incident on Datix.');
    const suggestion = page.getByRole('button', { name: 'Link “Ensuring patient safety”' });
    await suggestion.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Unlink Ensuring patient safety' }).waitFor();
    await lantern.waitSaved();

    await lantern.runCommand('View: Show Competencies');
    await expect.poll(() => safety.textContent()).toContain('1 entry');
  });

  it('links a competency by keyboard from the picker and shows it on the coverage grid', async () => {
    const lantern = await session.start();
    await lantern.writeEntry('Budget meeting', 'Agreed the locum spend.');
    await lantern.runCommand('Entry: Link Competencies…');
    await lantern.page.keyboard.type('managing resources');
    await lantern.page.keyboard.press('Enter');
    await lantern.page.keyboard.press('Escape');
    await lantern.page.getByRole('button', { name: 'Unlink Managing resources' }).waitFor();
    await lantern.waitSaved();

    await lantern.runCommand('Competencies: Show Coverage');
    const cell = lantern.page.getByRole('button', { name: /Managing resources/ });
    await expect.poll(() => cell.textContent()).toContain('1');
  });
});
