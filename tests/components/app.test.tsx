// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { listJournal, listTrash } from '../../lib/entries/repository';
import { componentSession, press, runFromPalette } from './render';

const session = componentSession();
const renderLantern = session.render;
const failWrites = session.failWrites;

async function typeNewEntry(title: string, body: string) {
  await runFromPalette('Journal: New Entry');
  const titleBox = await screen.findByRole('textbox', { name: 'Title' });
  fireEvent.input(titleBox, { target: { value: title } });
  fireEvent.input(screen.getByRole('textbox', { name: 'Reflection (markdown)' }), { target: { value: body } });
}

describe('the command palette', () => {
  it('opens with F1, lists commands with their keys, and closes with Escape', async () => {
    renderLantern();
    press('F1', { code: 'F1' });
    const input = await screen.findByRole('combobox', { name: 'Command palette' });
    expect(document.activeElement).toBe(input);
    const newEntry = screen
      .getAllByRole('option')
      .find((option) => option.querySelector('.palette__label')?.textContent === 'Journal: New Entry');
    expect(newEntry?.querySelector('.palette__detail')?.textContent).toBe('Alt+N');
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(screen.queryByRole('combobox')).toBeNull();
  });

  it('opens with Ctrl+Shift+P, and with Cmd+Shift+P on a Mac', async () => {
    renderLantern({ isMac: true });
    press('P', { code: 'KeyP', ctrlKey: true, shiftKey: true });
    expect(screen.queryByRole('combobox')).toBeNull();
    press('P', { code: 'KeyP', metaKey: true, shiftKey: true });
    expect(await screen.findByRole('combobox', { name: 'Command palette' })).toBeTruthy();
    expect(screen.getByRole('option', { name: /Journal: Go to Entry/ }).textContent).toContain('⌘P');
  });

  it('filters as you type, puts an exact title first, and moves with the arrow keys', async () => {
    renderLantern();
    press('F1', { code: 'F1' });
    const input = await screen.findByRole('combobox');
    fireEvent.input(input, { target: { value: 'Entry: Delete' } });
    expect(screen.getAllByRole('option')[0]?.textContent).toBe('Entry: Delete');

    fireEvent.input(input, { target: { value: 'trash' } });
    const titles = screen.getAllByRole('option').map((option) => option.textContent);
    expect(titles).toEqual(expect.arrayContaining(['Journal: Show Trash', 'Journal: Empty Trash…']));
    expect(titles.every((title) => /trash/i.test(title ?? ''))).toBe(true);
    await waitFor(() => expect(screen.getAllByRole('option')[0]?.getAttribute('aria-selected')).toBe('true'));
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    await waitFor(() => expect(screen.getAllByRole('option')[1]?.getAttribute('aria-selected')).toBe('true'));
    expect(input.getAttribute('aria-activedescendant')).toBe(screen.getAllByRole('option')[1]?.id);
  });

  it('says so when nothing matches', async () => {
    renderLantern();
    press('F1', { code: 'F1' });
    fireEvent.input(await screen.findByRole('combobox'), { target: { value: 'zzzzqqq' } });
    expect(screen.getByText('No matching commands.')).toBeTruthy();
  });

  it('runs Journal: Open in Tab through the platform', async () => {
    const { opened } = renderLantern();
    await runFromPalette('Journal: Open in Tab');
    await waitFor(() => expect(opened).toEqual(['tab']));
  });
});

describe('writing an entry', () => {
  it('opens a new entry with the caret in the title', async () => {
    renderLantern();
    await runFromPalette('Journal: New Entry');
    const title = await screen.findByRole('textbox', { name: 'Title' });
    await waitFor(() => expect(document.activeElement).toBe(title));
  });

  it('does not store an entry nobody typed in', async () => {
    renderLantern();
    await runFromPalette('Journal: New Entry');
    await screen.findByRole('textbox', { name: 'Title' });
    await runFromPalette('Journal: New Entry');
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(await listJournal()).toEqual([]);
  });

  it('saves itself after typing stops and says "Saved"', async () => {
    renderLantern();
    await typeNewEntry('Rota dispute', 'I asked before I argued.');
    expect(screen.getByTestId('save-state').textContent).toBe('Saving…');
    await waitFor(() => expect(screen.getByTestId('save-state').textContent).toBe('Saved'), { timeout: 2000 });
    const [saved] = await listJournal();
    expect(saved).toMatchObject({ title: 'Rota dispute', body: 'I asked before I argued.' });
    expect(screen.getByTestId('word-count').textContent).toBe('5 words');
    expect(await screen.findByRole('treeitem', { name: /Rota dispute/ })).toBeTruthy();
  });

  it('keeps the text on screen and says what happened when saving fails, then saves on retry', async () => {
    renderLantern();
    failWrites(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    await typeNewEntry('Night shift', 'Everything I typed must survive.');
    const alert = await screen.findByText(/run out of storage space/, {}, { timeout: 2000 });
    expect(alert).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'Reflection (markdown)' }) as HTMLTextAreaElement).value).toBe(
      'Everything I typed must survive.',
    );
    expect(await listJournal()).toEqual([]);

    failWrites(null);
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.getByTestId('save-state').textContent).toBe('Saved'));
    expect((await listJournal())[0]?.body).toBe('Everything I typed must survive.');
  });

  it('does not move away from an entry whose text could not be saved', async () => {
    renderLantern();
    await typeNewEntry('Unsaved', 'Keep me on screen.');
    failWrites(new DOMException('closed', 'DatabaseClosedError'));
    await runFromPalette('Journal: New Entry');
    expect(await screen.findByText(/could not be saved, so it stays open/)).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'Title' }) as HTMLInputElement).value).toBe('Unsaved');
    expect((screen.getByRole('textbox', { name: 'Reflection (markdown)' }) as HTMLTextAreaElement).value).toBe(
      'Keep me on screen.',
    );
  });

  // Sanitising itself is tested under jsdom (tests/unit/markdown.test.ts) and in real Chromium.
  it('shows the rendered preview and returns to writing', async () => {
    renderLantern();
    await typeNewEntry('Preview', '**bold** and plain');
    await runFromPalette('Entry: Toggle Preview');
    const preview = await screen.findByRole('region', { name: 'Preview' });
    // Formatting itself is checked where the sanitiser runs (tests/unit/markdown.test.ts under jsdom, and the
    // e2e preview test); happy-dom cannot sanitise, so Lantern shows the text as written here.
    await waitFor(() => expect(preview.textContent).toContain('bold** and plain'));
    await runFromPalette('Entry: Toggle Preview');
    expect(await screen.findByRole('textbox', { name: 'Reflection (markdown)' })).toBeTruthy();
  });
});

describe('Trash', () => {
  it('moves the open entry to Trash, offers Undo, and restores it', async () => {
    renderLantern();
    await typeNewEntry('Complaint letter', 'Draft reply.');
    await waitFor(() => expect(screen.getByTestId('save-state').textContent).toBe('Saved'));
    await runFromPalette('Entry: Delete');
    await waitFor(async () => expect((await listTrash()).map((entry) => entry.title)).toEqual(['Complaint letter']));
    expect(await listJournal()).toEqual([]);
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await listJournal()).map((entry) => entry.title)).toEqual(['Complaint letter']));
  });

  it('saves what was typed before deleting, so nothing is lost in Trash', async () => {
    renderLantern();
    await typeNewEntry('Typed quickly', 'Deleted before the autosave.');
    await runFromPalette('Entry: Delete');
    await waitFor(async () => expect((await listTrash())[0]?.body).toBe('Deleted before the autosave.'));
  });

  it('says Trash is empty when there is nothing to restore', async () => {
    renderLantern();
    await runFromPalette('Entry: Restore from Trash');
    expect(await screen.findByText(/Trash is empty/)).toBeTruthy();
  });

  it('asks before emptying Trash and does nothing on Cancel', async () => {
    renderLantern();
    await typeNewEntry('Old draft', 'x');
    await runFromPalette('Entry: Delete');
    await waitFor(async () => expect(await listTrash()).toHaveLength(1));
    await runFromPalette('Journal: Empty Trash…');
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(await listTrash()).toHaveLength(1);
    await runFromPalette('Journal: Empty Trash…');
    fireEvent.click(await screen.findByRole('button', { name: 'Empty Trash' }));
    await waitFor(async () => expect(await listTrash()).toHaveLength(0));
  });
});

describe('the journal tree', () => {
  it('lists entries by month and opens one with the keyboard', async () => {
    await session.db.entries.bulkAdd([
      anEntry('a', 'October reflection', '2026-10-03'),
      anEntry('b', 'November reflection', '2026-11-20'),
    ]);
    renderLantern();
    const tree = await screen.findByRole('tree', { name: 'Journal entries by month' });
    const items = await screen.findAllByRole('treeitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringContaining('November 2026'),
      expect.stringContaining('November reflection'),
      expect.stringContaining('October 2026'),
      expect.stringContaining('October reflection'),
    ]);
    items[0]?.focus();
    fireEvent.keyDown(tree, { key: 'ArrowDown' });
    fireEvent.keyDown(tree, { key: 'Enter' });
    const title = (await screen.findByRole('textbox', { name: 'Title' })) as HTMLInputElement;
    expect(title.value).toBe('November reflection');
  });
});

function anEntry(id: string, title: string, occurredOn: string) {
  return {
    id,
    title,
    body: 'Some text.',
    kind: 'reflection' as const,
    occurredOn,
    createdAt: 1,
    updatedAt: 1,
    template: 'free',
    competencies: [],
    tags: [],
    learningPoints: [],
    actions: [],
    starred: false,
  };
}
