import { describe, expect, it } from 'vitest';
import { lanternSession, openLantern } from './harness';
import { LanternPage } from './lantern';
import { findWords } from './profile-search';

const session = lanternSession();
const PASSPHRASE = 'porridge before clinic';

describe('no plaintext in the profile once a passphrase is set', () => {
  it('keeps no word written after the passphrase anywhere in the profile, after lock and close', async () => {
    const words = ['Ibexmarzipan', 'Okapiclementine', 'Tapirsaffron'];
    const launched = await session.launch();
    const lantern = new LanternPage(await openLantern(launched));
    const { page } = lantern;
    await lantern.runCommand('Privacy: Set Passphrase…');
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('Passphrase again', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Set passphrase' }).click();
    await page.getByText('Your journal is encrypted. Lock it any time', { exact: false }).waitFor();

    await lantern.writeEntry(words[0] ?? '', `${words[1]} in clinic.`);
    await page.getByRole('textbox', { name: 'Tags' }).fill(words[2] ?? '');
    await lantern.waitSaved();
    await page.waitForTimeout(3000);
    await lantern.runCommand('Privacy: Lock Journal');
    await page.getByRole('heading', { name: 'Your journal is locked' }).waitFor();
    await launched.context.close();

    // Every file: IndexedDB's LevelDB, session restore, local storage, caches (UTF-8 and UTF-16LE).
    expect(findWords(session.profileDir, words)).toEqual([]);
  });
});
