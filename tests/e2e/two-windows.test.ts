import { expect, it } from 'vitest';
import { lanternSession, openLantern } from './harness';
import { LanternPage } from './lantern';

/*
 * One entry open in two pages of the same browser: the side panel and `Journal: Open in Tab`
 * (here, two tabs). An edit in one reaches the other's editor while it has nothing unsaved; when it
 * has, the conflict shows at once and neither text is lost.
 */
const session = lanternSession();

it('keeps an entry open in two tabs in step, and shows a conflict at once', async () => {
  const launched = await session.launch();
  const panel = new LanternPage(await openLantern(launched));
  await panel.writeEntry('Ward round', 'Written in the panel.');
  const tab = new LanternPage(await openLantern(launched));
  await tab.entryInTree('Ward round').click();
  await expect.poll(() => tab.body().inputValue()).toBe('Written in the panel.');

  // An edit in the tab reaches the panel's editor, which has nothing unsaved.
  await tab.body().fill('Rewritten in the tab.');
  await tab.waitSaved();
  await expect.poll(() => panel.body().inputValue(), { timeout: 5000 }).toBe('Rewritten in the tab.');

  // Typing on in the panel continues from the tab's text: no conflict, nothing lost.
  await panel.body().press('End');
  await panel.body().pressSequentially(' And the panel adds this.');
  await panel.waitSaved();
  await expect
    .poll(() => tab.body().inputValue(), { timeout: 5000 })
    .toBe('Rewritten in the tab. And the panel adds this.');
  expect(await panel.page.getByText(/also changed in another window/).count()).toBe(0);

  // Now the panel has unsaved words when the tab saves: the panel shows the conflict at once.
  // (The panel types steadily for about a second, shorter than autosave's maximum wait, and the tab
  // saves at once with Ctrl+S, so the panel's words are still unsaved when the tab's save arrives.)
  await panel.body().press('End');
  const typing = panel.page.keyboard.type(' Unsaved in the panel.', { delay: 50 });
  await tab.body().fill('The tab again.');
  await tab.page.keyboard.press('Control+s');
  await typing;
  await panel.page.getByText(/This entry was also changed in another window/).waitFor({ timeout: 5000 });
  await panel.waitSaved();
  expect(await panel.body().inputValue()).toBe('Rewritten in the tab. And the panel adds this. Unsaved in the panel.');
  // Compare shows the tab's version, kept as a conflict revision.
  await panel.page.getByRole('button', { name: 'Compare' }).click();
  await panel.page.getByRole('button', { name: /From another window/ }).click();
  await panel.page.getByRole('region', { name: 'Chosen version' }).getByText('The tab again.').waitFor();
}, 90_000);
