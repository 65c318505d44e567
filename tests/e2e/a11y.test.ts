import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { expectNoViolations } from './axe';
import { type Launched, launchWithExtension, makeProfile, openLantern } from './harness';
import { LanternPage } from './lantern';

/** What has keyboard focus, as a short description: `BODY` means focus was lost. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element) return 'nothing';
    const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? '';
    return `${element.tagName}${name ? ` “${name}”` : ''}`;
  });
}

async function expectFocusKept(page: Page, after: string): Promise<void> {
  await expect.poll(() => focused(page), { message: `focus after ${after}`, timeout: 2000 }).not.toMatch(/^BODY\b/);
}

const THEMES = [
  { label: 'Light', dataset: 'light' },
  { label: 'Dark', dataset: 'dark' },
  { label: 'High contrast', dataset: 'high-contrast' },
] as const;

describe.each(THEMES)('accessibility in the $label theme', (theme) => {
  const profile = makeProfile();
  let launched: Launched | undefined;
  let lantern: LanternPage;
  let page: Page;
  let setUp: Promise<void> | undefined;

  // Set up inside the first test that needs it (expect.poll, used by waitSaved, works only in tests).
  const ready = () => {
    setUp ??= writeSomeEntries();
    return setUp;
  };

  async function writeSomeEntries(): Promise<void> {
    launched = await launchWithExtension(profile.dir);
    page = await openLantern(launched);
    // Transitions would let axe measure colours half-way through a fade.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    lantern = new LanternPage(page);

    await lantern.runCommand('Preferences: Open Settings');
    await page.getByLabel('Theme', { exact: true }).selectOption({ label: theme.label });
    await page.waitForFunction((name) => document.documentElement.dataset.theme === name, theme.dataset);

    await lantern.writeEntry('Rota meeting', 'Agreed who covers the **weekend** ward round.');
    await lantern.writeEntry('Ward round', 'Saw Mrs Jones, NHS 943 476 5919, born 03/04/1941.');
    await page.locator('#patient-details').waitFor();
    await lantern.writeEntry('To throw away', 'A draft I no longer need.');
    await lantern.runCommand('Entry: Delete');
    await lantern.entryInTree('To throw away').waitFor({ state: 'detached' });
    await lantern.writeEntry('Budget meeting', 'Agreed the locum spend.');
    await lantern.runCommand('Entry: Link Competencies…');
    await page.keyboard.type('managing resources');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Unlink Managing resources' }).waitFor();
    await lantern.body().press('Control+End');
    await page.keyboard.type('\n\nAfter the near miss we held a safety huddle and reported the incident on Datix.');
    await page.getByRole('button', { name: 'Link “Ensuring patient safety”' }).waitFor();
    await lantern.waitSaved();
  }

  afterEach(() => {
    if (launched) expect(launched.outsideRequests, 'requests that left the extension').toEqual([]);
  });

  afterAll(async () => {
    await launched?.context.close();
    profile.dispose();
  });

  it('the open entry, with competencies linked and a suggestion showing', async () => {
    await ready();
    await lantern.runCommand('View: Show Journal');
    await lantern.entryInTree('Budget meeting').click();
    await page.getByRole('button', { name: 'Link “Ensuring patient safety”' }).waitFor();
    await page.getByRole('button', { name: 'Unlink Managing resources' }).waitFor();
    await expectNoViolations(page, 'the open entry');
  });

  it('an entry with possible patient details', async () => {
    await ready();
    await lantern.runCommand('View: Show Journal');
    await lantern.entryInTree('Ward round').click();
    await page.locator('#patient-details').waitFor();
    await expectNoViolations(page, 'an entry with possible patient details');
  });

  it('the narrow side panel, Journal and entry', async () => {
    await ready();
    await page.setViewportSize({ width: 360, height: 700 });
    try {
      await lantern.runCommand('View: Show Journal');
      await lantern.entryInTree('Rota meeting').waitFor();
      await expectNoViolations(page, 'the narrow Journal view');
      await lantern.entryInTree('Rota meeting').press('Enter');
      await lantern.body().waitFor();
      await expectNoViolations(page, 'the narrow entry editor');
    } finally {
      await page.setViewportSize({ width: 1000, height: 700 });
    }
  });

  it('the competency picker', async () => {
    await ready();
    await lantern.runCommand('Entry: Link Competencies…');
    await page.getByRole('dialog').waitFor();
    await page.keyboard.type('team');
    await expectNoViolations(page, 'the competency picker');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  });

  it('the Journal view with a few entries', async () => {
    await ready();
    await lantern.runCommand('View: Show Journal');
    await lantern.entryInTree('Rota meeting').waitFor();
    await expectNoViolations(page, 'the Journal view');
  });

  it('the command palette', async () => {
    await ready();
    await page.keyboard.press('F1');
    const input = page.getByRole('combobox', { name: 'Command palette' });
    await input.waitFor();
    await page.keyboard.type('summary');
    await expectNoViolations(page, 'the command palette');
    await page.keyboard.press('Escape');
    await input.waitFor({ state: 'detached' });
  });

  it.each([
    [
      'the Competencies view',
      'View: Show Competencies',
      () => page.getByRole('treeitem', { name: /Managing resources/ }),
    ],
    [
      'competency coverage',
      'Competencies: Show Coverage',
      () => page.getByRole('button', { name: /Managing resources/ }),
    ],
    ['the Prompts view', 'View: Show Prompts', () => page.getByRole('tree').first()],
    ['the Summaries view', 'View: Show Summaries', () => page.getByRole('complementary', { name: 'Side bar' })],
    [
      'the appraisal summary',
      'Summary: Open Appraisal Summary',
      () => page.getByRole('heading', { name: 'Appraisal summary' }),
    ],
    ['the Mentoring view', 'View: Show Mentoring', () => page.getByRole('complementary', { name: 'Side bar' })],
    ['Settings', 'Preferences: Open Settings', () => page.getByLabel('Theme', { exact: true })],
    ['keyboard shortcuts', 'Help: Keyboard Shortcuts', () => page.getByRole('main').getByRole('heading').first()],
    [
      'Trash',
      'Journal: Show Trash',
      () => page.getByRole('list', { name: 'Entries in Trash' }).getByText('To throw away'),
    ],
    ['the backup page', 'Data: Export Backup…', () => page.getByRole('main').getByRole('heading').first()],
    ['the welcome page', 'Help: Show Welcome', () => page.getByRole('button', { name: 'Start your first reflection' })],
    [
      'the passphrase page',
      'Privacy: Set Passphrase…',
      () => page.getByRole('heading', { name: 'Lock your journal with a passphrase' }),
    ],
  ])('%s', async (where, command, shown) => {
    await ready();
    await lantern.runCommand(command);
    await shown().waitFor();
    await expectFocusKept(page, command);
    await expectNoViolations(page, where);
  });

  // Last: it leaves the journal with a passphrase.
  it('the lock screen', async () => {
    await ready();
    await lantern.runCommand('Privacy: Set Passphrase…');
    await page.getByLabel('Passphrase', { exact: true }).fill('a11y check phrase');
    await page.getByLabel('Passphrase again', { exact: true }).fill('a11y check phrase');
    await page.getByRole('button', { name: 'Set passphrase' }).click();
    await page.getByText('Your journal is encrypted. Lock it any time', { exact: false }).waitFor();
    await lantern.runCommand('Privacy: Lock Journal');
    await page.getByRole('heading', { name: 'Your journal is locked' }).waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id), { message: 'focus on the passphrase box' })
      .toBe('unlock-passphrase');
    await expectNoViolations(page, 'the lock screen');
    await page.getByLabel('Passphrase', { exact: true }).fill('wrong phrase');
    await page.keyboard.press('Enter');
    await page.locator('#unlock-error').waitFor();
    await page.getByRole('button', { name: 'Unlock' }).and(page.locator(':enabled')).waitFor();
    await expectNoViolations(page, 'the lock screen with an error');
  });
});

describe('using Lantern without a mouse', () => {
  const profile = makeProfile();
  let launched: Launched | undefined;

  afterAll(async () => {
    await launched?.context.close();
    profile.dispose();
  });

  it('goes from the welcome page to a linked reflection and the appraisal summary by keyboard alone', async () => {
    launched = await launchWithExtension(profile.dir);
    const page = await openLantern(launched);
    const start = page.getByRole('button', { name: 'Start your first reflection' });
    await start.waitFor();

    for (let presses = 0; presses < 40; presses++) {
      if (await start.evaluate((button) => button === document.activeElement)) break;
      await page.keyboard.press('Tab');
    }
    expect(await focused(page)).toBe('BUTTON “Start your first reflection”');
    await page.keyboard.press('Enter');
    await expectFocusKept(page, 'Start your first reflection');
    await page.keyboard.type('Listening to the night team');
    await expectFocusKept(page, 'typing');

    const palette = page.getByRole('combobox', { name: 'Command palette' });
    const command = async (title: string) => {
      await page.keyboard.press('F1');
      await palette.waitFor();
      await page.keyboard.type(title);
      await page.keyboard.press('Enter');
      await palette.waitFor({ state: 'detached' });
    };

    await command('Entry: Link Competencies…');
    await page.getByRole('dialog').waitFor();
    await expectFocusKept(page, 'Entry: Link Competencies…');
    await page.keyboard.type('managing resources');
    await page.keyboard.press('Enter');
    await expectFocusKept(page, 'picking a competency');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Unlink Managing resources' }).waitFor();
    await expectFocusKept(page, 'closing the picker');

    await command('Summary: Open Appraisal Summary');
    await page.getByRole('heading', { name: 'Appraisal summary' }).waitFor();
    await expectFocusKept(page, 'Summary: Open Appraisal Summary');
    expect(launched.outsideRequests, 'requests that left the extension').toEqual([]);
  });
});

describe('text at 200% in a 360px-wide panel', () => {
  const profile = makeProfile();
  let launched: Launched | undefined;

  afterAll(async () => {
    await launched?.context.close();
    profile.dispose();
  });

  it('fits the editor to the panel without horizontal scrolling', async () => {
    launched = await launchWithExtension(profile.dir);
    const lantern = new LanternPage(await openLantern(launched, { width: 360, height: 700 }));
    const { page } = lantern;
    await page.evaluate(() => {
      document.documentElement.style.zoom = '2';
    });
    await lantern.writeEntry(
      'A long title about the weekly multidisciplinary handover meeting',
      'We agreed a shared checklist. '.repeat(20),
    );
    await lantern.runCommand('Entry: Link Competencies…');
    await page.keyboard.type('managing resources');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Unlink Managing resources' }).waitFor();

    const overflowing = await page.evaluate(() => {
      const editor = document.querySelector('main');
      if (!editor) return ['no <main>'];
      // Form controls scroll their own text; everything else must fit its box.
      const parts = [document.documentElement, document.body, editor, ...editor.querySelectorAll('*')].filter(
        (element) =>
          !element.matches('input, textarea, select, option, pre, code, pre *, .visually-hidden') &&
          element.clientWidth > 0,
      );
      const tooWide = parts.filter((element) => element.scrollWidth > element.clientWidth + 1);
      const pastEdge = [...editor.querySelectorAll('*')].filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.right > editor.getBoundingClientRect().right + 1;
      });
      const describe = (element: Element) =>
        `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).replaceAll(' ', '.')}` : ''}${element.getAttribute('aria-label') ? `[${element.getAttribute('aria-label')}]` : ''} (${element.scrollWidth} > ${element.clientWidth})`;
      return [...tooWide.map(describe), ...pastEdge.map((element) => `past the edge: ${describe(element)}`)];
    });
    expect(overflowing).toEqual([]);
  });
});
