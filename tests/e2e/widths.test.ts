import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoViolations } from './axe';
import { lanternSession } from './harness';

const session = lanternSession();

/** Where the page, or any part that scrolls, is wider than the window: a reader would scroll sideways. */
const sidewaysScroll = (page: Page) =>
  page.evaluate(() => {
    const wide: string[] = [];
    const root = document.scrollingElement ?? document.documentElement;
    if (root.scrollWidth > window.innerWidth) wide.push(`the page (${root.scrollWidth} px)`);
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      const overflow = getComputedStyle(element).overflowX;
      if ((overflow === 'auto' || overflow === 'scroll') && element.scrollWidth > element.clientWidth + 1) {
        const name = element.getAttribute('aria-label') ?? element.className;
        const edge = element.getBoundingClientRect().right;
        const culprit = [...element.querySelectorAll<HTMLElement>('*')].find(
          (inner) => inner.getBoundingClientRect().right > edge + 1,
        );
        const what = culprit
          ? `${culprit.tagName.toLowerCase()}.${culprit.className} “${culprit.textContent?.slice(0, 40)}”`
          : '';
        wide.push(
          `${element.tagName.toLowerCase()} “${name}” (${element.scrollWidth} in ${element.clientWidth} px: ${what})`,
        );
      }
    }
    return wide;
  });

/** Every state a user reaches: each view of the activity bar, the open entry, and the pages commands open. */
const PAGES: { name: string; show(lantern: Awaited<ReturnType<typeof session.start>>): Promise<void> }[] = [
  ...['Journal', 'Competencies', 'Prompts', 'Summaries', 'Mentoring', 'Settings'].map((view) => ({
    name: `the ${view} view`,
    show: async (lantern: Awaited<ReturnType<typeof session.start>>) => {
      const button = lantern.page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: view });
      if ((await button.getAttribute('aria-pressed')) !== 'true') await button.click();
    },
  })),
  ...[
    ['the open entry', 'Journal: Go to Entry…', 'Escalation'],
    ['the appraisal summary', 'Summary: Open Appraisal Summary'],
    ['the Revalidation view', 'Summary: Open Revalidation View'],
    ['the training review', 'Summary: Open Training Review'],
    ['the development plan', 'Summary: Review Development Plan'],
    ['sharing with a mentor', 'Mentoring: Share with Mentor…'],
    ['feedback from a mentor', 'Mentoring: Import Feedback…'],
    ['backups', 'Data: Export Backup…'],
    ['sync set-up', 'Sync: Set Up Sync…'],
    ['settings', 'Preferences: Open Settings'],
  ].map(([name, command, pick]) => ({
    name: name as string,
    show: async (lantern: Awaited<ReturnType<typeof session.start>>) => {
      await lantern.runCommand(command as string);
      if (pick) {
        await lantern.page.keyboard.type(pick);
        await lantern.page.keyboard.press('Enter');
        await lantern.body().waitFor();
      }
      await lantern.page.waitForTimeout(300);
    },
  })),
];

describe('every width a sidebar has', () => {
  it.each([252, 320, 400, 1280])(
    'shows every view and page at %i px with no sideways scroll and no axe violation',
    async (width) => {
      const lantern = await session.start({ width, height: 700 });
      const { page } = lantern;
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await lantern.runCommand('Journal: New Entry from Template…');
      await page.keyboard.type('Gibbs');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Escalation of a deteriorating patient on a busy night shift in the winter of 2026');
      await page.keyboard.press('Tab');
      await page.keyboard.type('We escalated early and the outreach team came within ten minutes.');
      await lantern.waitSaved();
      for (const view of PAGES) {
        await view.show(lantern);
        const where = `${view.name} at ${width} px`;
        expect(await sidewaysScroll(page), where).toEqual([]);
        await expectNoViolations(page, where);
      }
    },
    180_000,
  );
});
