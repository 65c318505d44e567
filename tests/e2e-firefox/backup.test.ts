import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ElementHandle } from 'puppeteer-core';
import { afterEach, describe, expect, it } from 'vitest';
import { type Firefox, launchFirefox } from './harness';
import { FirefoxLantern } from './lantern';

const running: Firefox[] = [];

async function start(): Promise<{ firefox: Firefox; lantern: FirefoxLantern }> {
  const firefox = await launchFirefox();
  running.push(firefox);
  return { firefox, lantern: new FirefoxLantern(await firefox.openLantern()) };
}

afterEach(async () => {
  for (const firefox of running.splice(0)) {
    const errors = await firefox.takeLanternErrors();
    const requests = await firefox.takeOutsideRequests();
    await firefox.close();
    expect(errors, 'errors Lantern logged in Firefox').toEqual([]);
    expect(requests, 'requests that left the extension').toEqual([]);
  }
});

describe('backups in Firefox', () => {
  // Two browser launches, each 10–15 s on a busy machine.
  it('restores every entry into a fresh profile, through a passphrase-protected file', {
    timeout: 120_000,
  }, async () => {
    const { firefox, lantern } = await start();
    await lantern.writeEntry('Rota row', 'Listened first.');
    await lantern.writeEntry('Teaching F1s', 'Sepsis simulation.');
    await lantern.runCommand('Data: Export Backup…');
    await lantern.fill('Passphrase (optional)', 'correct horse battery');
    await lantern.fill('Passphrase again', 'correct horse battery');
    await lantern.click('button', 'Export backup');
    const saved = () => readdirSync(firefox.downloads).filter((name) => name.endsWith('.json'));
    await expect.poll(saved, { timeout: 10_000 }).toHaveLength(1);
    const file = join(firefox.downloads, saved()[0] ?? '');

    const { lantern: restored } = await start();
    await restored.runCommand('Data: Import Backup…');
    const input = await restored.find({ role: 'field', name: 'Backup file' });
    await (input as ElementHandle<HTMLInputElement>).uploadFile(file);
    await restored.fill('Passphrase for this backup', 'wrong one');
    await restored.click('button', 'Open backup');
    await restored.waitForText("That passphrase doesn't open this file.");
    await restored.fill('Passphrase for this backup', 'correct horse battery');
    await restored.click('button', 'Open backup');
    await restored.click('button', 'Merge backup');

    await restored.entryInTree('Rota row');
    await (await restored.entryInTree('Teaching F1s')).click();
    await expect.poll(() => restored.body()).toBe('Sepsis simulation.');
  });
});
