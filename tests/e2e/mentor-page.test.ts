import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumPath, lanternSession } from './harness';

const session = lanternSession();

/** Anything the page asked for beyond the file itself (and the download it made). */
const fromElsewhere = (url: string) => !/^(file:|blob:|data:)/.test(url);

describe('the page for any browser', () => {
  it('opens from disk with no extension, takes comments that survive a reload, and its feedback reaches the entry', async () => {
    const mentee = await session.start();
    await mentee.writeEntry('Chairing the M&M meeting', 'Kept it blame-free.');
    await mentee.runCommand('Mentoring: Share with Mentor…');
    await mentee.page.getByLabel('Your name, as your mentor will see it').fill('Dr Amira Shah');
    await mentee.page.getByLabel('Passphrase (optional)').fill('tea at four');
    const shared = mentee.page.waitForEvent('download');
    await mentee.page.getByRole('button', { name: 'Download page for any browser' }).click();
    const pagePath = join(session.profileDir, 'summary.html');
    await (await shared).saveAs(pagePath);

    // The mentor: a plain Chromium, no extension, no Lantern.
    const browser = await chromium.launch({
      executablePath: chromiumPath(),
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    });
    try {
      const context = await browser.newContext({ acceptDownloads: true });
      const requests: string[] = [];
      context.on('request', (request) => requests.push(request.url()));
      const problems: string[] = [];
      context.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      const mentor = await context.newPage();
      await mentor.goto(pathToFileURL(pagePath).href);
      const passphrase = mentor.getByLabel('Passphrase');
      await passphrase.waitFor();
      const paint = await mentor.evaluate(
        () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      );
      console.log(`The sealed page painted first after ${Math.round(paint)} ms (indicative: the machine is shared).`);
      await expect(mentor.content()).resolves.not.toContain('Chairing the M&M meeting');

      await passphrase.fill('tea at three');
      await mentor.getByRole('button', { name: 'Open' }).click();
      await mentor.getByRole('alert').filter({ hasText: 'That passphrase doesn’t open this summary' }).waitFor();
      await passphrase.fill('tea at four');
      await mentor.getByRole('button', { name: 'Open' }).click();
      await mentor.getByRole('heading', { name: 'Dr Amira Shah', level: 1 }).waitFor();
      await mentor.getByRole('heading', { name: /Chairing the M&M meeting/ }).waitFor();
      await mentor.getByText('This page makes no network request').waitFor();

      await mentor.getByLabel('Comment on “Chairing the M&M meeting”').fill('Good, keep that tone.');
      await mentor.getByLabel('Suggest a development goal').fill('Lead a QI project');
      await mentor.getByRole('button', { name: 'Suggest goal' }).click();
      await mentor.getByText('Your comments are kept in this browser.', { exact: true }).waitFor();

      await mentor.reload();
      await mentor.getByLabel('Passphrase').fill('tea at four');
      await mentor.getByRole('button', { name: 'Open' }).click();
      await expect
        .poll(() => mentor.getByLabel('Comment on “Chairing the M&M meeting”').inputValue())
        .toBe('Good, keep that tone.');
      await mentor.getByText('Suggested goal: Lead a QI project').waitFor();

      await mentor.getByLabel('Your name, as your mentee will see it').fill('Dr Patel');
      const saved = mentor.waitForEvent('download');
      await mentor.getByRole('button', { name: 'Save feedback' }).click();
      const feedbackPath = join(session.profileDir, 'feedback.json');
      await (await saved).saveAs(feedbackPath);
      expect(requests.filter(fromElsewhere), 'requests the page made').toEqual([]);
      expect(problems, 'errors in the page, such as a blocked script').toEqual([]);

      await mentee.runCommand('Mentoring: Import Feedback…');
      await mentee.page.getByLabel('Feedback file').setInputFiles(feedbackPath);
      await mentee.page.getByLabel('Passphrase for this file').fill('tea at four');
      await mentee.page.getByRole('button', { name: 'Open file' }).click();
      await mentee.page
        .getByRole('listitem')
        .filter({ hasText: 'on “Chairing the M&M meeting”' })
        .getByText('Good, keep that tone.')
        .waitFor();
      await mentee.page.getByText('Suggested goal: Lead a QI project').waitFor();
    } finally {
      await browser.close();
    }
  });
});
