import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openDevice } from './sync-support';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target}`));
}

const focusedLabel = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    return element?.id ? document.querySelector(`label[for="${element.id}"]`)?.textContent : element?.textContent;
  });

describe('setting up sync by keyboard', { timeout: 90_000 }, () => {
  it('opens from the palette, goes field by field with Tab, and says what is wrong next to each field', async () => {
    const device = await openDevice();
    const { page } = device.lantern;
    try {
      await device.lantern.runCommand('Sync: Set Up Sync…');
      await page.getByRole('heading', { name: 'Set up sync' }).waitFor({ timeout: 15_000 });
      // What leaves and what never does, in the engine's words, before anything is sent.
      const leaves = page.getByRole('region', { name: 'What leaves this browser' });
      await leaves.getByText('Any word you wrote', { exact: false }).waitFor();
      await leaves.getByText('encrypted', { exact: false }).first().waitFor();
      expect(await focusedLabel(page)).toBe('Server address');
      await page.keyboard.type('couch.example.org');
      const order = ['Username', 'Password', 'Sync passphrase', 'Repeat sync passphrase'];
      for (const label of order) {
        await page.keyboard.press('Tab');
        expect(await focusedLabel(page)).toBe(label);
        if (label.includes('passphrase'))
          await page.keyboard.type(label === 'Sync passphrase' ? 'one two three four' : 'one two');
      }
      await page.keyboard.press('Enter');
      await page.getByText('That isn’t a web address', { exact: false }).waitFor();
      await page.getByText('The two sync passphrases are different', { exact: false }).waitFor();
      expect(await focusedLabel(page)).toBe('Server address');
      expect(await page.getByLabel('Server address', { exact: true }).getAttribute('aria-invalid')).toBe('true');
      expect(await axeViolations(page)).toEqual([]);
      // Nothing left the browser.
      expect(device.launched.outsideRequests).toEqual([]);
    } finally {
      await device.close();
    }
  });
});
