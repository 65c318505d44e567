import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { type Launched, launchWithExtension, makeProfile, openLantern } from './harness';
import { LanternPage } from './lantern';

let profile = makeProfile();
let launched: Launched | undefined;

afterEach(async () => {
  if (launched) expect(launched.outsideRequests, 'requests that left the extension').toEqual([]);
  await launched?.context.close();
  launched = undefined;
  profile.dispose();
  profile = makeProfile();
});

async function start(): Promise<LanternPage> {
  launched = await launchWithExtension(profile.dir);
  return new LanternPage(await openLantern(launched));
}

async function focusedName(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);
}

describe('writing in the journal', () => {
  it('keeps an entry written by keyboard across a reload and a browser restart', async () => {
    const lantern = await start();
    await lantern.writeEntry('Handover that went wrong', 'We listened to the night team **first**.');
    await expect(lantern.entryInTree('Handover that went wrong')).toBeDefined();

    await lantern.page.reload();
    await lantern.entryInTree('Handover that went wrong').waitFor();

    await launched?.context.close();
    launched = await launchWithExtension(profile.dir);
    const again = new LanternPage(await openLantern(launched));
    await again.entryInTree('Handover that went wrong').click();
    expect(await again.title().inputValue()).toBe('Handover that went wrong');
    expect(await again.body().inputValue()).toBe('We listened to the night team **first**.');
  });

  it('keeps words typed just before a reload, in an entry and in a new one never saved', async () => {
    const lantern = await start();
    await lantern.writeEntry('Ward round', 'Saved already.');
    await lantern.body().press('End');
    await lantern.page.keyboard.type(' And this, typed as the page reloads.');
    await lantern.page.reload();
    // The entry reopens with the words, and says so.
    await expect
      .poll(() => lantern.body().inputValue(), { timeout: 10_000 })
      .toBe('Saved already. And this, typed as the page reloads.');
    await lantern.page.getByText('Saved what you typed in “Ward round” just before the page closed.').waitFor();

    await lantern.runCommand('Journal: New Entry');
    await lantern.page.keyboard.type('Brand new');
    await lantern.page.reload();
    await lantern.entryInTree('Brand new').waitFor();
    // The copy kept as the page went away is gone once written.
    expect(await lantern.page.evaluate(() => Object.keys(localStorage).length)).toBe(0);
  });

  it('never leaves focus on nothing: going to an entry by title, or opening one from the tree in a narrow panel', async () => {
    const lantern = await start();
    await lantern.writeEntry('Rota meeting', 'Notes.');
    await lantern.writeEntry('Teaching session', 'More notes.');
    await lantern.runCommand('Journal: Go to Entry…');
    await lantern.page.keyboard.type('Rota meeting');
    await lantern.page.keyboard.press('Enter');
    await expect.poll(() => lantern.title().inputValue()).toBe('Rota meeting');
    await expect.poll(() => focusedName(lantern.page)).toBe('Reflection (markdown)');

    await lantern.page.setViewportSize({ width: 360, height: 700 });
    await lantern.runCommand('View: Show Journal');
    const row = lantern.entryInTree('Teaching session');
    await row.focus();
    await lantern.page.keyboard.press('Enter');
    await expect.poll(() => lantern.title().inputValue()).toBe('Teaching session');
    await expect.poll(() => lantern.page.evaluate(() => document.activeElement !== document.body)).toBe(true);
  });

  it('puts the caret in the title of a new entry and Tab moves to the body', async () => {
    const lantern = await start();
    await lantern.runCommand('Journal: New Entry');
    expect(await focusedName(lantern.page)).toBe('Title');
    await lantern.page.keyboard.press('Tab');
    expect(await focusedName(lantern.page)).toBe('Reflection (markdown)');
  });

  it('shows "Saving…" while typing and "Saved" within a second or so of stopping', async () => {
    const lantern = await start();
    await lantern.runCommand('Journal: New Entry');
    await lantern.page.keyboard.type('Quick note');
    expect(await lantern.page.getByTestId('save-state').textContent()).toBe('Saving…');
    const started = Date.now();
    await lantern.waitSaved();
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('previews markdown safely: formatting shows, scripts and remote images do not', async () => {
    const lantern = await start();
    await lantern.writeEntry(
      'Preview check',
      '## What went well\n\n- **clear** roles\n\n<img src=x onerror="document.title=1">\n\n![chart](https://example.org/chart.png)',
    );
    await lantern.runCommand('Entry: Toggle Preview');
    const preview = lantern.page.getByRole('region', { name: 'Preview' });
    await preview.getByRole('heading', { name: 'What went well' }).waitFor();
    expect(await preview.locator('strong').textContent()).toBe('clear');
    expect(await preview.locator('img[src^="http"]').count()).toBe(0);
    expect(await lantern.page.title()).toBe('Lantern');
    await lantern.runCommand('Entry: Toggle Preview');
    expect(await lantern.body().inputValue()).toContain('## What went well');
  });

  it('quick-opens an entry by title with Ctrl+P', async () => {
    const lantern = await start();
    await lantern.writeEntry('Rota meeting', 'First one.');
    await lantern.writeEntry('Teaching the new F1s', 'Second one.');
    await lantern.page.keyboard.press('Control+P');
    await lantern.page.keyboard.type('rota');
    await lantern.page.keyboard.press('Enter');
    await expect.poll(() => lantern.title().inputValue()).toBe('Rota meeting');
  });

  it('reads, indexes and searches a journal longer than its first page off the page, in one worker of its own', async () => {
    const lantern = await start();
    await lantern.writeEntry('Breaking bad news', 'A difficult conversation with a family.');
    const { page } = lantern;
    // Seventy more, stored as that one was: more than the first page the journal paints before reading the rest.
    await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('lantern');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const store = db.transaction('entries', 'readwrite').objectStore('entries');
      const [first] = await new Promise<Record<string, unknown>[]>((resolve) => {
        const request = store.getAll();
        request.onsuccess = () => resolve(request.result);
      });
      for (let at = 0; at < 70; at++) {
        store.put({ ...first, id: `copy-${at}`, title: `Night shift ${at}`, body: 'Covered the wards alone.' });
      }
      await new Promise((resolve) => {
        store.transaction.oncomplete = resolve;
      });
      db.close();
    });
    const readers: string[] = [];
    page.on('worker', (worker) => readers.push(worker.url()));
    await page.reload();
    await lantern.journalTree().waitFor();
    await page.keyboard.press('Control+Shift+F');
    await page.keyboard.type('night shift 69');
    const results = page.getByRole('list', { name: 'Search results' });
    await expect
      .poll(() => results.locator('.results__title').allTextContents(), { timeout: 10_000 })
      .toContain('Night shift 69');
    expect(readers).toEqual([expect.stringMatching(/\/assets\/journal\.worker-[\w-]+\.js$/)]);
    // A save reaches the worker's index too.
    await results.locator('.results__title', { hasText: 'Night shift 69' }).click();
    await lantern.body().press('Control+End');
    await page.keyboard.type(' Then the registrar came in.');
    await lantern.waitSaved();
    await page.keyboard.press('Control+Shift+F');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('registrar');
    await expect
      .poll(() => results.locator('.results__title').allTextContents(), { timeout: 10_000 })
      .toEqual(['Night shift 69']);
  });

  it('moves from the search box into the results by keyboard, and opens one with Enter', async () => {
    const lantern = await start();
    await lantern.writeEntry('Breaking bad news', 'A difficult conversation with a family.');
    await lantern.writeEntry('Rota gaps', 'A difficult week on the wards.');
    await lantern.writeEntry('Audit', 'Nothing hard about this one.');
    const { page } = lantern;
    await page.keyboard.press('Control+Shift+F');
    const box = page.getByRole('searchbox', { name: 'Search entries' });
    await expect.poll(() => box.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.type('difficult');
    const results = page.getByRole('list', { name: 'Search results' });
    await expect.poll(() => results.getByRole('listitem').count(), { timeout: 10_000 }).toBe(2);
    const titles = await results.locator('.results__title').allTextContents();
    // The results are one tab stop.
    expect(await results.locator('button[tabindex="0"]').count()).toBe(1);

    const focused = () =>
      page.evaluate(() => {
        const active = document.activeElement;
        const style = active ? getComputedStyle(active) : null;
        return {
          title: active?.closest('li')?.querySelector('.results__title')?.textContent ?? null,
          ring: active?.matches(':focus-visible') === true && style?.outlineStyle === 'solid',
        };
      });
    await page.keyboard.press('ArrowDown');
    await expect.poll(focused).toEqual({ title: titles[0], ring: true });
    await page.keyboard.press('ArrowDown');
    await expect.poll(focused).toEqual({ title: titles[1], ring: true });
    await page.keyboard.press('Enter');
    await expect.poll(() => lantern.title().inputValue()).toBe(titles[1]);

    await page.keyboard.press('Escape');
    await expect.poll(() => box.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => lantern.title().inputValue()).toBe(titles[0]);
  });
});

describe('Trash', () => {
  it('moves the open entry to Trash and restores it', async () => {
    const lantern = await start();
    await lantern.writeEntry('Difficult feedback', 'Kept calm.');
    await lantern.runCommand('Entry: Delete');
    await lantern.entryInTree('Difficult feedback').waitFor({ state: 'detached' });
    await expect
      .poll(() => lantern.page.evaluate(() => document.activeElement?.tagName), { timeout: 2000 })
      .toMatch(/^(BUTTON|LI|INPUT|TEXTAREA)$/);

    await lantern.runCommand('Journal: Show Trash');
    const trash = lantern.page.getByRole('list', { name: 'Entries in Trash' });
    await trash.getByText('Difficult feedback').waitFor();

    await lantern.runCommand('Entry: Restore from Trash');
    await lantern.entryInTree('Difficult feedback').waitFor();
    expect(await lantern.body().inputValue()).toBe('Kept calm.');
  });

  it('empties Trash only after confirmation', async () => {
    const lantern = await start();
    await lantern.writeEntry('To throw away', 'Draft.');
    await lantern.runCommand('Entry: Delete');
    await lantern.runCommand('Journal: Show Trash');

    await lantern.runCommand('Journal: Empty Trash…');
    await lantern.page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).press('Enter');
    await lantern.page.getByRole('list', { name: 'Entries in Trash' }).getByText('To throw away').waitFor();

    await lantern.runCommand('Journal: Empty Trash...');
    const confirm = lantern.page.getByRole('dialog').getByRole('button', { name: 'Empty Trash' });
    await confirm.focus();
    await confirm.press('Enter');
    await lantern.page.getByText('Trash is empty.').waitFor();
  });
});

describe('the command palette', () => {
  it('ranks an exact title first, moves with arrows and returns focus on Escape', async () => {
    const lantern = await start();
    await lantern.writeEntry('Palette focus', 'Body text');
    await lantern.body().focus();
    await lantern.page.keyboard.press('Control+Shift+P');
    const input = lantern.page.getByRole('combobox', { name: 'Command palette' });
    await input.fill('Journal: Show Trash');
    const options = lantern.page.getByRole('listbox', { name: 'Command palette' }).getByRole('option');
    expect(await options.first().textContent()).toContain('Journal: Show Trash');
    await lantern.page.keyboard.press('ArrowDown');
    expect(
      await lantern.page
        .getByRole('listbox', { name: 'Command palette' })
        .getByRole('option', { selected: true })
        .count(),
    ).toBe(1);
    await lantern.page.keyboard.press('Escape');
    await input.waitFor({ state: 'detached' });
    expect(await focusedName(lantern.page)).toBe('Reflection (markdown)');
  });

  it('shows each command with its keybinding', async () => {
    const lantern = await start();
    await lantern.page.keyboard.press('F1');
    await lantern.page.getByRole('combobox', { name: 'Command palette' }).fill('new entry');
    const option = lantern.page
      .getByRole('listbox', { name: 'Command palette' })
      .getByRole('option', { name: /Journal: New Entry/ })
      .first();
    expect(await option.textContent()).toContain('Alt+N');
  });
});

describe('layout', () => {
  it('shows one part at a time in a narrow side panel', async () => {
    launched = await launchWithExtension(profile.dir);
    const lantern = new LanternPage(await openLantern(launched, { width: 360, height: 700 }));
    await lantern.writeEntry('Narrow', 'Side panel width.');
    expect(await lantern.page.getByRole('complementary', { name: 'Side bar' }).isVisible()).toBe(false);
    await lantern.page.getByRole('button', { name: 'Journal' }).click();
    await lantern.entryInTree('Narrow').waitFor();
    expect(await lantern.body().isVisible()).toBe(false);
  });
});
