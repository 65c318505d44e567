import type { Command } from '../../lib/commands';
import { emptyTrash } from '../../lib/entries/repository';
import type { Format } from '../../lib/markdown-edit';
import { loadPrompts } from '../../lib/prompts/load';
import { THEMES } from '../../lib/settings/schema';
import { resolveTheme } from '../shell/theme';
import { SYNC_COMMANDS } from '../sync/commands';
import { lock } from './lock';
import type { PaletteMode, ViewId } from './state';
import type { SummaryAction, Workbench } from './workbench';

const entryOpen = (wb: Workbench) => wb.state.editor.type === 'entry';

function openPalette(wb: Workbench, mode: PaletteMode): void {
  const active = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  wb.store.set((state) => ({ palette: { mode, restoreFocus: state.palette?.restoreFocus ?? active } }));
}

const FORMATS: [Format, string, string][] = [
  ['bold', 'Entry: Bold', 'Mod+B'],
  ['italic', 'Entry: Italic', 'Mod+I'],
  ['heading', 'Entry: Heading', 'Mod+Shift+H'],
  ['list', 'Entry: Bulleted List', 'Mod+Shift+8'],
  ['quote', 'Entry: Quote', 'Mod+Shift+9'],
  ['link', 'Entry: Insert Link', 'Mod+K'],
];

const SUMMARY_EXPORTS: [SummaryAction, string][] = [
  ['copyPlainText', 'Summary: Copy as Plain Text'],
  ['exportMarkdown', 'Summary: Export as Markdown'],
  ['exportWord', 'Summary: Export as Word'],
  ['exportJson', 'Summary: Export as JSON'],
  ['print', 'Summary: Print…'],
];

const showView = (id: ViewId, title: string, commandId: string): Command<Workbench> => ({
  id: commandId,
  title,
  run: (wb) => wb.showView(id),
});

/**
 * Every action in Lantern, declared once. The palette, keybindings, buttons and menus read this
 * list; titles follow DESIGN.md, which tests drive the product by.
 */
export const COMMANDS: Command<Workbench>[] = [
  {
    id: 'workbench.showCommands',
    title: 'View: Show Command Palette',
    keybinding: ['Mod+Shift+P', 'F1'],
    run: (wb) => openPalette(wb, 'commands'),
  },
  {
    id: 'journal.quickOpen',
    title: 'Journal: Go to Entry…',
    keybinding: 'Mod+P',
    run: (wb) => openPalette(wb, 'entries'),
  },
  { id: 'journal.newEntry', title: 'Journal: New Entry', keybinding: 'Alt+N', run: (wb) => wb.newEntry() },
  {
    id: 'journal.newEntryFromPrompt',
    title: 'Journal: New Entry from Prompt…',
    keybinding: 'Alt+Shift+N',
    // The palette lists the prompts as soon as it opens, so they are loaded first.
    run: async (wb) => {
      await loadPrompts();
      openPalette(wb, 'prompts');
    },
  },
  {
    id: 'journal.newEntryFromTemplate',
    title: 'Journal: New Entry from Template…',
    run: (wb) => openPalette(wb, 'newFromTemplate'),
  },
  {
    id: 'prompts.today',
    title: 'Prompts: Reflect on the Prompt of the Day',
    run: (wb) => wb.newEntryFromPromptOfTheDay(),
  },
  {
    id: 'journal.search',
    title: 'Journal: Search Entries',
    keybinding: 'Mod+Shift+F',
    run: (wb) =>
      wb.store.set((state) => ({ view: 'journal', narrowPart: 'sideBar', searchFocus: state.searchFocus + 1 })),
  },
  { id: 'journal.openInTab', title: 'Journal: Open in Tab', run: (wb) => wb.platform.openInTab() },
  { id: 'journal.importNotes', title: 'Journal: Import Notes…', run: (wb) => wb.showPage({ type: 'importNotes' }) },
  { id: 'journal.showTrash', title: 'Journal: Show Trash', run: (wb) => wb.showTrash() },
  {
    id: 'journal.emptyTrash',
    title: 'Journal: Empty Trash…',
    run: async (wb) => {
      const confirmed = await wb.confirm('Delete everything in Trash for good? This cannot be undone.', 'Empty Trash');
      if (!confirmed) return;
      const count = await emptyTrash();
      wb.store.set({ selectedTrashId: null });
      wb.notify(
        count
          ? `Trash emptied: ${count} ${count === 1 ? 'entry' : 'entries'} deleted for good.`
          : 'Trash was already empty.',
      );
    },
  },
  {
    id: 'entry.togglePreview',
    title: 'Entry: Toggle Preview',
    keybinding: 'Alt+P',
    when: entryOpen,
    run: (wb) => wb.store.set((state) => ({ preview: !state.preview })),
  },
  {
    id: 'entry.save',
    title: 'Entry: Save Now',
    keybinding: 'Mod+S',
    when: entryOpen,
    run: (wb) => wb.flushEditor(),
  },
  { id: 'entry.delete', title: 'Entry: Delete', when: entryOpen, run: (wb) => wb.deleteOpenEntry() },
  {
    id: 'entry.linkCompetencies',
    title: 'Entry: Link Competencies…',
    keybinding: 'Alt+L',
    when: entryOpen,
    run: (wb) => wb.openLinkPicker(),
  },
  ...FORMATS.map(
    ([format, title, keybinding]): Command<Workbench> => ({
      id: `entry.format.${format}`,
      title,
      keybinding,
      when: entryOpen,
      run: (wb) => wb.editorHandle?.format(format),
    }),
  ),
  {
    id: 'entry.addAttachment',
    title: 'Entry: Add Attachment…',
    when: entryOpen,
    run: (wb) => wb.editorHandle?.addAttachment(),
  },
  {
    id: 'entry.changeTemplate',
    title: 'Entry: Change Template…',
    when: entryOpen,
    run: (wb) => openPalette(wb, 'templates'),
  },
  {
    id: 'entry.showHistory',
    title: 'Entry: Show History',
    when: entryOpen,
    run: (wb) => {
      const { editor } = wb.state;
      if (editor.type === 'entry') return wb.showPage({ type: 'history', entryId: editor.entryId });
    },
  },
  {
    id: 'competencies.showCoverage',
    title: 'Competencies: Show Coverage',
    run: (wb) => wb.showPage({ type: 'coverage' }),
  },
  {
    id: 'competencies.assess',
    title: 'Competencies: Rate Yourself…',
    run: (wb) => wb.showPage({ type: 'assessment' }),
  },
  { id: 'entry.restore', title: 'Entry: Restore from Trash', run: (wb) => wb.restoreFromTrash() },
  {
    id: 'summary.openAppraisal',
    title: 'Summary: Open Appraisal Summary',
    run: (wb) => wb.showPage({ type: 'summary', kind: 'appraisal' }),
  },
  {
    id: 'summary.openRevalidation',
    title: 'Summary: Open Revalidation View',
    run: (wb) => wb.showPage({ type: 'summary', kind: 'revalidation' }),
  },
  {
    id: 'summary.openTraining',
    title: 'Summary: Open Training Review',
    run: (wb) => wb.showPage({ type: 'summary', kind: 'training' }),
  },
  ...SUMMARY_EXPORTS.map(
    ([action, title]): Command<Workbench> => ({
      id: `summary.${action}`,
      title,
      run: (wb) => wb.exportSummary(action),
    }),
  ),
  {
    id: 'summary.reviewPlan',
    title: 'Summary: Review Development Plan',
    run: (wb) => wb.showPage({ type: 'plan' }),
  },
  { id: 'mentoring.share', title: 'Mentoring: Share with Mentor…', run: (wb) => wb.showPage({ type: 'share' }) },
  {
    id: 'mentoring.openBundle',
    title: 'Mentoring: Open Shared Bundle…',
    run: (wb) => wb.showPage({ type: 'openBundle' }),
  },
  {
    id: 'mentoring.exportFeedback',
    title: 'Mentoring: Export Feedback…',
    run: async (wb) => {
      const { editor } = wb.state;
      if (editor.type === 'mentee') return wb.focusSection('Send your feedback');
      const { listMentees } = await import('../../lib/mentoring');
      const mentees = await listMentees();
      const first = mentees[0];
      if (!first) return wb.notify('Open a shared summary first: feedback goes back to the mentee who sent it.');
      await wb.showPage({ type: 'mentee', menteeId: first.menteeId });
      wb.focusSection('Send your feedback');
    },
  },
  {
    id: 'mentoring.importFeedback',
    title: 'Mentoring: Import Feedback…',
    run: (wb) => wb.showPage({ type: 'feedback' }),
  },
  {
    id: 'data.exportBackup',
    title: 'Data: Export Backup…',
    run: (wb) => wb.showPage({ type: 'backup', focus: 'export' }),
  },
  {
    id: 'data.importBackup',
    title: 'Data: Import Backup…',
    run: (wb) => wb.showPage({ type: 'backup', focus: 'import' }),
  },
  {
    id: 'privacy.setPassphrase',
    title: 'Privacy: Set Passphrase…',
    run: (wb) => {
      if (!wb.state.lock.enabled) return wb.showPage({ type: 'passphrase', mode: 'set' });
      wb.notify('Your journal already has a passphrase. You can change it here.');
      return wb.showPage({ type: 'passphrase', mode: 'change' });
    },
  },
  {
    id: 'privacy.changePassphrase',
    title: 'Privacy: Change Passphrase…',
    run: (wb) => {
      if (wb.state.lock.enabled) return wb.showPage({ type: 'passphrase', mode: 'change' });
      wb.notify('Your journal has no passphrase yet. Choose one here.');
      return wb.showPage({ type: 'passphrase', mode: 'set' });
    },
  },
  {
    id: 'privacy.removePassphrase',
    title: 'Privacy: Remove Passphrase…',
    when: (wb) => wb.state.lock.enabled,
    run: (wb) => wb.showPage({ type: 'passphrase', mode: 'remove' }),
  },
  {
    id: 'privacy.lock',
    title: 'Privacy: Lock Journal',
    run: async (wb) => {
      if (wb.state.lock.enabled) {
        await lock(wb);
        return;
      }
      wb.notify('To lock your journal, first choose a passphrase: locking encrypts everything with it.');
      await wb.showPage({ type: 'passphrase', mode: 'set' });
    },
  },
  {
    id: 'privacy.unlock',
    title: 'Privacy: Unlock Journal',
    run: (wb) => {
      // Locked, the lock screen puts the caret in its passphrase box as it appears.
      if (wb.state.lock.locked) document.getElementById('unlock-passphrase')?.focus();
      else
        wb.notify(
          wb.state.lock.enabled
            ? 'Your journal is already unlocked.'
            : 'Your journal has no passphrase, so it is never locked.',
        );
    },
  },
  {
    id: 'view.toggleTheme',
    title: 'View: Toggle Theme',
    run: async (wb) => {
      // Cycle through the explicit themes, starting from the one on screen.
      const order = THEMES.filter((theme) => theme !== 'browser');
      const current = resolveTheme(wb.state.preferences.theme);
      const next = order[(order.indexOf(current) + 1) % order.length] ?? 'light';
      await wb.setPreferences({ theme: next });
      wb.notify(`Theme: ${next.replace('-', ' ')}. Settings can set it back to follow the browser.`);
    },
  },
  { id: 'help.welcome', title: 'Help: Show Welcome', run: (wb) => wb.showPage({ type: 'welcome' }) },
  {
    id: 'help.shortcuts',
    title: 'Help: Keyboard Shortcuts',
    keybinding: 'Mod+Alt+K',
    run: (wb) => wb.showPage({ type: 'shortcuts' }),
  },
  showView('journal', 'View: Show Journal', 'view.showJournal'),
  showView('competencies', 'View: Show Competencies', 'view.showCompetencies'),
  showView('prompts', 'View: Show Prompts', 'view.showPrompts'),
  showView('summaries', 'View: Show Summaries', 'view.showSummaries'),
  showView('mentoring', 'View: Show Mentoring', 'view.showMentoring'),
  showView('settings', 'Preferences: Open Settings', 'preferences.open'),
  ...SYNC_COMMANDS,
];

/** What can run while the journal is locked: nothing that reads or writes it. */
const WHILE_LOCKED = new Set(['workbench.showCommands', 'privacy.unlock', 'view.toggleTheme']);

function notWhileLocked(command: Command<Workbench>): Command<Workbench> {
  const { when } = command;
  return { ...command, when: (wb) => !wb.state.lock.locked && (when ? when(wb) : true) };
}

export function registerCommands(wb: Workbench): void {
  for (const command of COMMANDS)
    wb.registry.register(WHILE_LOCKED.has(command.id) ? command : notWhileLocked(command));
}
