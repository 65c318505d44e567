import { afterEach, describe, expect, it } from 'vitest';
import { type Launched, launchWithExtension, makeProfile, openLantern } from './harness';
import { LanternPage } from './lantern';

let profile = makeProfile();
let launched: Launched | undefined;

afterEach(async () => {
  await launched?.context.close();
  launched = undefined;
  profile.dispose();
  profile = makeProfile();
});

describe('the weekly reminder', () => {
  it('sets its alarm only once switched on in Settings', async () => {
    launched = await launchWithExtension(profile.dir);
    const lantern = new LanternPage(await openLantern(launched));
    const worker = launched.context.serviceWorkers()[0];
    if (!worker) throw new Error('The extension has no service worker');
    type Alarms = { alarms: { get(name: string): Promise<{ periodInMinutes?: number } | undefined> } };
    const alarm = () =>
      worker.evaluate(() =>
        (globalThis as unknown as { chrome: Alarms }).chrome.alarms
          .get('lantern-reminder')
          .then((found) => found ?? null),
      );

    expect(await alarm()).toBeNull();
    await lantern.runCommand('Preferences: Open Settings');
    await lantern.page.getByRole('checkbox', { name: 'Remind me each week' }).check();
    await expect.poll(alarm).not.toBeNull();
    expect((await alarm())?.periodInMinutes).toBe(7 * 24 * 60);
  });
});
