import { describe, expect, it } from 'vitest';
import { lanternSession, openLantern } from './harness';
import { LanternPage } from './lantern';

const session = lanternSession();

describe('the console', () => {
  it('shows no error from Lantern while a doctor opens it, writes, searches, summarises and reloads', async () => {
    const launched = await session.launch();
    // Chromium reports a blocked eval or load (CSP) in the console but not as a console message
    // Playwright sees: say it as one.
    await launched.context.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(`CSP blocked ${event.blockedURI} (${event.violatedDirective}) on ${location.pathname}`),
      ),
    );
    const lantern = new LanternPage(await openLantern(launched));
    await lantern.writeEntry('Handover on a busy night', 'I asked the team what would have helped.');
    await lantern.runCommand('Entry: Link Competencies…');
    await lantern.page.getByRole('combobox', { name: 'Search competencies' }).waitFor();
    await lantern.page.keyboard.press('Escape');
    await lantern.runCommand('Journal: Search Entries');
    await lantern.page.keyboard.type('handover');
    await lantern.runCommand('Summary: Open Appraisal Summary');
    await lantern.page.getByRole('heading', { name: 'Appraisal summary' }).waitFor();
    await lantern.page.reload();
    await lantern.page.getByRole('navigation', { name: 'Views' }).waitFor();
    await lantern.entryInTree('Handover on a busy night').waitFor();
    expect(launched.consoleErrors).toEqual([]);
  });
});
