import { describe, expect, it } from 'vitest';
import { lanternSession, openLantern } from './harness';
import { LanternPage } from './lantern';
import { findWords } from './profile-search';

const session = lanternSession();
const PASSPHRASE = 'porridge before clinic';

describe('no plaintext in the profile once a passphrase is set', () => {
  it('keeps no word written after the passphrase anywhere in the profile, after lock and close', async () => {
    // One distinctive word for every place the doctor's words go: entry fields, an earlier
    // version, a file (its name and its bytes) and the roles in Settings.
    const word = {
      title: 'Ibexmarzipan',
      body: 'Okapiclementine',
      tag: 'Tapirsaffron',
      entryRole: 'Gibbonrhubarb',
      learning: 'Pangolinquince',
      action: 'Narwhalcardamom',
      fileName: 'Axolotlfennel',
      fileBytes: 'Capybaravanilla',
      revision: 'Meerkatdamson',
      settingsRole: 'Walrusnutmeg',
    };
    const launched = await session.launch();
    const lantern = new LanternPage(await openLantern(launched));
    const { page } = lantern;
    await lantern.runCommand('Privacy: Set Passphrase…');
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('Passphrase again', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Set passphrase' }).click();
    await page.getByText('Your journal is encrypted. Lock it any time', { exact: false }).waitFor();

    // A first draft, kept as an earlier version when the entry is left and its text replaced.
    await lantern.writeEntry(word.title, `${word.revision} first draft.`);
    await lantern.runCommand('Journal: New Entry');
    await lantern.entryInTree(word.title).click();
    await lantern.body().fill(`${word.body} in clinic.`);
    await page.getByRole('textbox', { name: 'Tags' }).fill(word.tag);
    await page.getByLabel('Role', { exact: true }).fill(word.entryRole);
    await page.getByLabel('Learning points', { exact: true }).fill(word.learning);
    await page.getByLabel('Actions', { exact: true }).fill(word.action);
    await lantern.waitSaved();
    await page.getByLabel('Choose files to attach').setInputFiles({
      name: `${word.fileName}.txt`,
      mimeType: 'text/plain',
      buffer: Buffer.from(`${word.fileBytes} certificate`),
    });
    await page.getByText(`${word.fileName}.txt`).first().waitFor();
    await lantern.waitSaved();
    await lantern.runCommand('Entry: Show History');
    await page.getByRole('list', { name: 'Earlier versions' }).getByRole('button').first().waitFor();

    await lantern.runCommand('Preferences: Open Settings');
    await page.getByLabel('Your roles', { exact: true }).fill(word.settingsRole);
    await page.keyboard.press('Tab');
    await page.waitForTimeout(3000);
    await lantern.runCommand('Privacy: Lock Journal');
    await page.getByRole('heading', { name: 'Your journal is locked' }).waitFor();
    await launched.context.close();

    // Every file: IndexedDB's LevelDB and blobs, session restore, local storage, caches (UTF-8 and UTF-16LE).
    expect(findWords(session.profileDir, Object.values(word))).toEqual([]);
  });
});
