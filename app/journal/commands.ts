import { emptyTrash } from '../../lib/entries/repository';
import { loadPrompts } from '../../lib/prompts/load';
import { openPalette } from '../palette/open';
import { defineCommands } from '../workbench/command';
import type { Workbench } from '../workbench/workbench';
import { showTrash } from './trash';

async function emptyTrashCommand(wb: Workbench): Promise<void> {
  const confirmed = await wb.confirm('Delete everything in Trash for good? This cannot be undone.', 'Empty Trash');
  if (!confirmed) return;
  const count = await emptyTrash();
  wb.store.set({ selectedTrashId: null });
  wb.notify(
    count
      ? `Trash emptied: ${count} ${count === 1 ? 'entry' : 'entries'} deleted for good.`
      : 'Trash was already empty.',
  );
}

/** Writing, finding and clearing out entries. */
export const JOURNAL_COMMANDS = defineCommands([
  {
    id: 'journal.quickOpen',
    title: 'Journal: Go to Entry…',
    keybinding: 'Mod+P',
    run: (wb) => openPalette(wb, 'entries'),
  },
  {
    id: 'journal.newEntry',
    title: 'Journal: New Entry',
    icon: 'plus',
    keybinding: 'Alt+N',
    menus: [{ menu: 'view.title.journal', label: 'New entry' }],
    run: (wb) => wb.newEntry(),
  },
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
  {
    id: 'journal.showTrash',
    title: 'Journal: Show Trash',
    icon: 'trash',
    menus: [{ menu: 'view.title.journal', label: 'Show Trash' }],
    run: showTrash,
  },
  { id: 'journal.emptyTrash', title: 'Journal: Empty Trash…', run: emptyTrashCommand },
]);
