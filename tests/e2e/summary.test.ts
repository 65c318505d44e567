import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lanternSession } from './harness';
import type { LanternPage } from './lantern';

const session = lanternSession();

async function start(): Promise<LanternPage> {
  const lantern = await session.start();
  await lantern.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  return lantern;
}

describe('the appraisal summary', () => {
  it('exports plain text and Markdown, and prints as a page without the workbench', async () => {
    const lantern = await start();
    const { page } = lantern;
    await lantern.writeEntry('Sepsis study day', 'Two days of simulation.');
    await page.getByRole('combobox', { name: 'Kind' }).selectOption('cpd');
    await page.getByLabel('CPD hours or credits').fill('12');
    await lantern.waitSaved();

    await lantern.runCommand('Summary: Open Appraisal Summary');
    await page.getByRole('heading', { name: 'Appraisal summary' }).waitFor();
    await page.getByText('CPD: 12 of 50 hours recorded').first().waitFor();

    // The health and wellbeing reflection stays private until the doctor includes it.
    await page.getByLabel('Your reflection on Health and wellbeing').fill('Swimming again since the spring.');
    await page.getByText('Saved.').waitFor();
    await page.getByText('Private: left out of every export, print and mentor share.').waitFor();

    await lantern.runCommand('Summary: Copy as Plain Text');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('Sepsis study day');
    const plain = await page.evaluate(() => navigator.clipboard.readText());
    expect(plain).not.toMatch(/\*\*|^#/m);
    expect(plain).not.toContain('Swimming');

    await page.getByRole('checkbox', { name: 'Include in exports' }).check();
    await page.getByText('Will be included: your exports, print and mentor shares show this reflection.').waitFor();
    await lantern.runCommand('Summary: Copy as Plain Text');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('Swimming');

    const download = page.waitForEvent('download');
    await lantern.runCommand('Summary: Export as Markdown');
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^lantern-appraisal-\d{4}\.md$/);
    const path = `${session.profileDir}/summary.md`;
    await file.saveAs(path);
    expect(readFileSync(path, 'utf8')).toContain('Sepsis study day');

    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Views' }).isVisible()).toBe(false);
    expect(await page.getByRole('heading', { name: 'Appraisal summary' }).isVisible()).toBe(true);
  });

  it('refuses to export while included text holds a patient detail, until it is resolved', async () => {
    const lantern = await start();
    const { page } = lantern;
    await lantern.writeEntry('Patient Mrs Jones, NHS 943 476 5919', 'Seen on the ward.');
    await lantern.runCommand('Summary: Open Appraisal Summary');
    await page.getByRole('heading', { name: /Exports wait/ }).waitFor();

    await lantern.runCommand('Summary: Export as Markdown');
    await page.getByText(/Not exported/).waitFor();

    const notDetail = page.getByRole('button', { name: /Not a patient detail/ });
    // Each click re-checks the summary, so take the buttons one at a time until none is left.
    for (let left = await notDetail.count(); left > 0; left = await notDetail.count()) {
      await notDetail
        .first()
        .click({ timeout: 5000 })
        .catch(() => undefined);
      await expect.poll(() => notDetail.count(), { timeout: 5000 }).toBeLessThan(left);
    }
    await page.getByRole('heading', { name: /Exports wait/ }).waitFor({ state: 'detached' });
    const download = page.waitForEvent('download');
    await lantern.runCommand('Summary: Export as Markdown');
    expect((await download).suggestedFilename()).toMatch(/\.md$/);
  });
});
