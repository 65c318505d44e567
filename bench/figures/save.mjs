// Save: one character typed at the end of an open entry's body, timed in the page from keydown to the paint
// of "Saved" in the status bar (data-testid="save-state"), after it showed "Saving…". The autosave debounce is
// included. The editor stays open between edits, each 300 ms after the previous "Saved".
import { openLantern, waitFirstRow } from '../browser.mjs';
import { installKeyProbe } from '../probes.mjs';
import { sleep } from '../stats.mjs';

export async function measureSave(launched, runs) {
  const page = await openLantern(launched);
  try {
    await waitFirstRow(page);
    const tree = page.getByRole('tree', { name: 'Journal entries by month' });
    // The first entry under the first (expanded) month.
    await tree.locator('[role="treeitem"][aria-level="2"]').first().click();
    const body = page.getByRole('textbox', { name: 'Reflection (markdown)' });
    await body.waitFor();
    await body.click();
    await page.keyboard.press('Control+End');
    await page.evaluate(installKeyProbe, {
      label: 'Reflection (markdown)',
      regionSelector: '.status-bar',
      textSelector: '[data-testid="save-state"]',
      untilText: 'Saved',
    });
    const times = [];
    // The first edit is a warm-up (the editor's first save), not counted.
    for (let run = -1; run < runs; run++) {
      await page.keyboard.type(run % 2 ? 'x' : 'y');
      const { ms } = await page.evaluate(() => window.__benchKeyDone(15_000));
      if (run >= 0) times.push(ms);
      await sleep(300);
    }
    return times;
  } finally {
    await page.close();
  }
}
