import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { lanternSession } from './harness';
import { LanternPage } from './lantern';

const session = lanternSession();

/** How far the page itself has scrolled or could scroll: each part must scroll inside itself instead. */
const pageScroll = (page: Page) =>
  page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return { overflow: root.scrollHeight - window.innerHeight, scrolled: window.scrollY + root.scrollTop };
  });

describe('the layout', () => {
  it.each([
    [252, 640],
    [320, 640],
    [1000, 700],
  ])('never scrolls the whole page away, in any view, at %i px wide', async (width, height) => {
    const lantern = await session.start({ width, height });
    const { page } = lantern;
    // A patient detail, so the status bar carries its warning too.
    await lantern.writeEntry('Rota gaps over winter', 'We talked through the rota for NHS number 943 476 5919. ');
    await page.keyboard.insertText('And what would help. '.repeat(150));
    await lantern.waitSaved();
    const statusBar = page.locator('.status-bar');
    expect((await statusBar.boundingBox())?.height, 'the status bar keeps to one line').toBeLessThanOrEqual(30);
    const views = page.getByRole('navigation', { name: 'Views' }).getByRole('button');
    const count = await views.count();
    expect(count).toBeGreaterThanOrEqual(6);
    for (let index = 0; index < count; index++) {
      await views.nth(index).click();
      await page.mouse.move(20, height - 60);
      await page.mouse.wheel(0, 4000);
      await page.keyboard.press('End');
      expect(await pageScroll(page), `view ${index + 1}`).toEqual({ overflow: 0, scrolled: 0 });
    }
    await lantern.runCommand('Summary: Open Appraisal Summary');
    await page.getByRole('heading', { name: 'Appraisal summary' }).waitFor();
    await page.mouse.move(width - 40, height / 2);
    await page.mouse.wheel(0, 20_000);
    await page.mouse.move(20, 100);
    await page.mouse.wheel(0, 20_000);
    expect(await pageScroll(page)).toEqual({ overflow: 0, scrolled: 0 });
    await expect.poll(() => page.getByRole('navigation', { name: 'Views' }).isVisible()).toBe(true);
  });

  it('grows the title to show every word of a long one in a narrow panel, and shrinks it again', async () => {
    const lantern = await session.start({ width: 252, height: 640 });
    await lantern.runCommand('Journal: New Entry');
    const title = lantern.title();
    await title.fill('Rota');
    const oneLine = (await title.boundingBox())?.height ?? 0;
    await title.fill('A long title about the weekly multidisciplinary handover meeting on the acute medical unit');
    const grown = await title.evaluate((node) => ({ height: node.clientHeight, text: node.scrollHeight }));
    expect(grown.height, 'taller than one line').toBeGreaterThan(oneLine * 2);
    expect(grown.text, 'no line hidden').toBeLessThanOrEqual(grown.height + 1);
    await title.fill('Rota');
    expect((await title.boundingBox())?.height).toBe(oneLine);
  });

  it('changes the theme in every open window when it is changed in one', async () => {
    const panel = await session.start();
    const tab = new LanternPage(await panel.page.context().newPage());
    await tab.page.goto(panel.page.url());
    await tab.page.getByRole('navigation', { name: 'Views' }).waitFor();
    const theme = (lantern: LanternPage) => lantern.page.evaluate(() => document.documentElement.dataset.theme);
    const before = await theme(panel);
    await tab.runCommand('View: Toggle Theme');
    await expect.poll(() => theme(tab)).not.toBe(before);
    const after = await theme(tab);
    await expect.poll(() => theme(panel), { timeout: 5000 }).toBe(after);
  });
});
