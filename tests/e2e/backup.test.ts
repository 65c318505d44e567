import { afterEach, describe, expect, it } from 'vitest';
import { type Launched, launchWithExtension, makeProfile, openLantern } from './harness';
import { LanternPage } from './lantern';

let profiles = [makeProfile(), makeProfile()];
const running: Launched[] = [];

afterEach(async () => {
  for (const launched of running.splice(0)) {
    expect(launched.outsideRequests, 'requests that left the extension').toEqual([]);
    await launched.context.close();
  }
  for (const profile of profiles) profile.dispose();
  profiles = [makeProfile(), makeProfile()];
});

describe('backups', () => {
  it('restores every entry into a fresh profile, through a passphrase-protected file', async () => {
    const first = await launchWithExtension(profiles[0]?.dir ?? '');
    running.push(first);
    const lantern = new LanternPage(await openLantern(first));
    await lantern.writeEntry('Rota row', 'Listened first.');
    await lantern.writeEntry('Teaching F1s', 'Sepsis simulation.');

    await lantern.runCommand('Data: Export Backup…');
    await lantern.page.getByLabel('Passphrase (optional)').fill('correct horse battery');
    await lantern.page.getByLabel('Passphrase again').fill('correct horse battery');
    const download = lantern.page.waitForEvent('download');
    await lantern.page.getByRole('button', { name: 'Export backup' }).click();
    const file = `${profiles[0]?.dir}/backup.json`;
    await (await download).saveAs(file);

    const second = await launchWithExtension(profiles[1]?.dir ?? '');
    running.push(second);
    const restored = new LanternPage(await openLantern(second));
    await restored.runCommand('Data: Import Backup…');
    await restored.page.getByLabel('Backup file').setInputFiles(file);
    await restored.page.getByLabel('Passphrase for this backup').fill('wrong one');
    await restored.page.getByRole('button', { name: 'Open backup' }).click();
    await restored.page.getByText("That passphrase doesn't open this file.", { exact: false }).waitFor();
    await restored.page.getByLabel('Passphrase for this backup').fill('correct horse battery');
    await restored.page.getByRole('button', { name: 'Open backup' }).click();
    await restored.page.getByRole('button', { name: 'Merge backup' }).click();

    await restored.entryInTree('Rota row').waitFor();
    await restored.entryInTree('Teaching F1s').click();
    expect(await restored.body().inputValue()).toBe('Sepsis simulation.');
  });

  it('refuses a file that is not a backup and changes nothing', async () => {
    const launched = await launchWithExtension(profiles[0]?.dir ?? '');
    running.push(launched);
    const lantern = new LanternPage(await openLantern(launched));
    await lantern.writeEntry('Keep me', 'Still here.');
    await lantern.runCommand('Data: Import Backup…');
    await lantern.page.getByLabel('Backup file').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"hello": "world"}'),
    });
    await lantern.page.getByText('This is not a Lantern backup file.', { exact: false }).waitFor();
    await lantern.entryInTree('Keep me').waitFor();
  });
});
