import { describe, expect, it } from 'vitest';
import { lanternSession, openLantern } from './harness';
import { LanternPage } from './lantern';

const session = lanternSession();

describe('Reflect on this in Lantern', () => {
  it('starts a draft entry quoting the selection, with the page as its source', async () => {
    const launched = await session.launch();
    const lantern = new LanternPage(await openLantern(launched));
    const worker = launched.context.serviceWorkers()[0];
    if (!worker) throw new Error('The extension has no service worker');
    // A headless browser cannot click the native menu: call the handler the click calls.
    await worker.evaluate(() =>
      (globalThis as unknown as { lanternCapture: (info: object, tab: object) => Promise<void> }).lanternCapture(
        {
          menuItemId: 'lantern-reflect',
          selectionText: 'Engagement is a journey, not an event.',
          pageUrl: 'http://localhost/engagement',
        },
        { title: 'Medical engagement' },
      ),
    );
    await expect.poll(() => lantern.title().inputValue()).toBe('Reflecting on Medical engagement');
    expect(await lantern.body().inputValue()).toMatch(/^> Engagement is a journey, not an event\./);
    await lantern.page.keyboard.type(' ');
    await lantern.waitSaved();
  });
});
