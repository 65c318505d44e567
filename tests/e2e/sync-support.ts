import { expect } from 'vitest';
import { grantLocalServers } from '../support/site-access.mjs';
import { type Launched, launchWithExtension, makeProfile, openLantern } from './harness';
import { LanternPage } from './lantern';

/** A fresh browser profile with Lantern open, allowed to reach servers on this computer. */
export async function openDevice(): Promise<{ lantern: LanternPage; launched: Launched; close(): Promise<void> }> {
  const profile = makeProfile();
  const launched = await launchWithExtension(profile.dir);
  await grantLocalServers(launched.context, launched.extensionId);
  const lantern = new LanternPage(await openLantern(launched));
  return {
    lantern,
    launched,
    async close() {
      await launched.context.close();
      profile.dispose();
    },
  };
}

/** Sets sync up the way a user does: palette, the set-up page's labelled fields, Start syncing. */
export async function setUpSync(
  lantern: LanternPage,
  account: { server: string; username?: string; password?: string; passphrase: string },
): Promise<void> {
  const { page } = lantern;
  await lantern.runCommand('Sync: Set Up Sync…');
  // With sync off the page may reach no server: set-up opens it afresh, able to reach the one typed.
  await page.getByRole('heading', { name: 'Set up sync' }).waitFor({ timeout: 15_000 });
  await page.getByLabel('Server address', { exact: true }).fill(account.server);
  await page.getByLabel('Username', { exact: true }).fill(account.username ?? '');
  await page.getByLabel('Password', { exact: true }).fill(account.password ?? '');
  await page.getByLabel('Sync passphrase', { exact: true }).fill(account.passphrase);
  await page.getByLabel('Repeat sync passphrase', { exact: true }).fill(account.passphrase);
  await page.getByRole('button', { name: 'Start syncing' }).click();
}

export function syncItem(lantern: LanternPage) {
  return lantern.page.getByTestId('sync-status');
}

export async function waitSynced(lantern: LanternPage, timeout = 30_000): Promise<void> {
  await expect
    .poll(async () => ((await syncItem(lantern).count()) ? await syncItem(lantern).textContent() : ''), { timeout })
    .toMatch(/^Synced \d\d:\d\d$/);
}
