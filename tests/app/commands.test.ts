// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { registerCommands } from '../../app/workbench/commands';
import { Workbench } from '../../app/workbench/workbench';
import { getEntry, moveToTrash, putEntry } from '../../lib/entries/repository';
import { listGoals } from '../../lib/goals/repository';
import { freshDbPerTest } from '../unit/fixtures/db';
import { anEntryInput } from '../unit/fixtures/entries';

freshDbPerTest();
let wb: Workbench;

beforeEach(() => {
  wb = new Workbench({ isMac: false, openInTab: async () => undefined });
  registerCommands(wb);
});

/** Answers the confirm dialog the command opens. */
async function answer(confirmed: boolean): Promise<void> {
  await expect.poll(() => wb.state.confirm).not.toBeNull();
  wb.state.confirm?.resolve(confirmed);
}

const lastNotice = () => wb.state.notices.at(-1)?.message;

describe('Entry: Delete', () => {
  it('moves the entry to Trash, and a command run straight after (Show Trash) is not undone when it lands', async () => {
    const entry = await putEntry(anEntryInput({ title: 'Draft to bin' }));
    wb.store.set({ editor: { type: 'entry', entryId: entry.id, focusTitle: false } });

    const deleting = wb.run('entry.delete');
    const showing = wb.run('journal.showTrash');
    await Promise.all([deleting, showing]);
    expect((await getEntry(entry.id))?.deletedAt).toBeDefined();
    expect(wb.state.editor).toEqual({ type: 'trash' });
    expect(wb.state.selectedTrashId).toBe(entry.id);
  });
});

describe('Entry: Delete for Good…', () => {
  it('asks first, keeps the entry on Cancel, and removes it for ever on yes', async () => {
    const entry = await putEntry(anEntryInput({ title: 'Difficult handover' }));
    await moveToTrash(entry.id);
    wb.store.set({ editor: { type: 'trash' } });

    const cancelled = wb.run('entry.deleteForGood', entry.id);
    await answer(false);
    await cancelled;
    expect(await getEntry(entry.id)).toBeDefined();

    const confirmed = wb.run('entry.deleteForGood', entry.id);
    await expect
      .poll(() => wb.state.confirm?.message)
      .toBe('Delete “Difficult handover” for good? This cannot be undone.');
    await answer(true);
    await confirmed;
    expect(await getEntry(entry.id)).toBeUndefined();
  });

  it('from the banner of an open trashed entry, shows Trash once the entry is gone', async () => {
    const entry = await putEntry(anEntryInput());
    await moveToTrash(entry.id);
    const trashed = await getEntry(entry.id);
    wb.store.set({ editor: { type: 'entry', entryId: entry.id, focusTitle: false }, openEntry: trashed ?? null });

    const running = wb.run('entry.deleteForGood');
    await answer(true);
    await running;
    expect(await getEntry(entry.id)).toBeUndefined();
    expect(wb.state.editor).toEqual({ type: 'trash' });
  });

  it('is not offered where no trashed entry shows, so the palette greys it out', () => {
    const command = wb.registry.get('entry.deleteForGood');
    expect(command && wb.registry.isEnabled(command, wb)).toBe(false);
  });
});

describe('Entry: Make Actions into Goals', () => {
  it('adds one goal per action of the open entry, and only once', async () => {
    const entry = await putEntry(anEntryInput({ actions: ['Book a debrief', 'Ask for feedback'] }));
    wb.store.set({ editor: { type: 'entry', entryId: entry.id, focusTitle: false } });

    await wb.run('entry.makeGoals');
    expect(lastNotice()).toBe('2 goals added to your development plan.');
    expect((await listGoals()).map((goal) => goal.title).sort()).toEqual(['Ask for feedback', 'Book a debrief']);

    await wb.run('entry.makeGoals');
    expect(lastNotice()).toBe('These actions are already goals in your development plan.');
    expect(await listGoals()).toHaveLength(2);
  });

  it('says what to do when the entry has no actions yet', async () => {
    const entry = await putEntry(anEntryInput({ actions: [] }));
    wb.store.set({ editor: { type: 'entry', entryId: entry.id, focusTitle: false } });
    await wb.run('entry.makeGoals');
    expect(lastNotice()).toBe('This entry has no actions yet: write what you will do under Actions first.');
    expect(await listGoals()).toEqual([]);
  });
});

describe('the command registry', () => {
  it('knows commands by a typed id: a misspelt one does not compile, and does nothing', async () => {
    // @ts-expect-error 'entry.sav' is not a command
    await wb.run('entry.sav');
    expect(wb.state.notices).toEqual([]);
  });

  it('gives each surface its commands from their declarations, in order', () => {
    const labels = (menu: Parameters<typeof wb.registry.menu>[0]) =>
      wb.registry.menu(menu).map(({ item }) => item.label);
    expect(labels('editor.format')).toEqual(['Bold', 'Italic', 'Heading', 'Bulleted list', 'Quote', 'Link']);
    expect(labels('summary.export')).toEqual(['Copy as plain text', 'Markdown', 'Word', 'JSON', 'Print…']);
    expect(labels('activityBar')).toEqual(['Journal', 'Competencies', 'Prompts', 'Summaries', 'Mentoring', 'Settings']);
  });

  it('lights the activity bar item of the view on show, and only that one', async () => {
    await wb.run('view.showSummaries');
    const lit = wb.registry.menu('activityBar').filter(({ command }) => command.toggled?.(wb));
    expect(lit.map(({ item }) => item.label)).toEqual(['Summaries']);
  });

  it('while the journal is locked, runs only what is marked to run then', () => {
    wb.store.set((state) => ({ lock: { ...state.lock, enabled: true, locked: true } }));
    const enabled = wb.registry.all().filter((command) => wb.registry.isEnabled(command, wb));
    expect(enabled.map((command) => command.id).sort()).toEqual([
      'privacy.unlock',
      'view.toggleTheme',
      'workbench.showCommands',
    ]);
  });

  it('shows a command’s keys as this platform writes them', () => {
    expect(wb.keyLabel('workbench.showCommands')).toBe('Ctrl+Shift+P');
    expect(wb.keyLabel('workbench.showCommands', 1)).toBe('F1');
    const mac = new Workbench({ isMac: true, openInTab: async () => undefined });
    registerCommands(mac);
    expect(mac.keyLabel('journal.quickOpen')).toBe('⌘P');
    expect(mac.describeCommand('entry.togglePreview')).toBe('Entry: Toggle Preview (⌥P)');
  });
});
