import { getEntry } from '../../lib/entries/repository';
import { goalsFromEntryActions } from '../../lib/goals/repository';
import type { Format } from '../../lib/markdown/edit';
import { deleteForGood, deleteOpenEntry, restoreFromTrashCommand } from '../journal/trash';
import { openPalette } from '../palette/open';
import { defineCommands, entryOpen, type LanternCommand } from '../workbench/command';
import type { Workbench } from '../workbench/workbench';

/** A formatting command; the toolbar shows it as `text`, named `label`. */
function format<const F extends Format>(
  name: F,
  title: string,
  keybinding: string,
  label: string,
  text: string,
): LanternCommand<`entry.format.${F}`> {
  return {
    id: `entry.format.${name}`,
    title,
    keybinding,
    when: entryOpen,
    menus: [{ menu: 'editor.format', label, text }],
    run: (wb) => wb.editorHandle?.format(name),
  };
}

/** `Entry: Make Actions into Goals`: one development-plan goal per action of the open entry. */
async function makeGoals(wb: Workbench): Promise<void> {
  const { editor } = wb.state;
  if (editor.type !== 'entry') return;
  await wb.flushEditor();
  const entry = await getEntry(editor.entryId);
  if (!entry?.actions.some((action) => action.trim()) || entry.deletedAt !== undefined) {
    wb.notify('This entry has no actions yet: write what you will do under Actions first.');
    return;
  }
  const created = await goalsFromEntryActions(entry);
  wb.notify(
    created.length
      ? `${created.length} ${created.length === 1 ? 'goal' : 'goals'} added to your development plan.`
      : 'These actions are already goals in your development plan.',
    { action: { label: 'Open plan', run: () => wb.showPage({ type: 'plan' }) } },
  );
}

/** What acts on the open entry: saving, previewing, formatting, linking, Trash. */
export const ENTRY_COMMANDS = defineCommands([
  {
    id: 'entry.togglePreview',
    title: 'Entry: Toggle Preview',
    keybinding: 'Alt+P',
    when: entryOpen,
    toggled: (wb) => wb.state.preview,
    run: (wb) => wb.store.set((state) => ({ preview: !state.preview })),
  },
  { id: 'entry.save', title: 'Entry: Save Now', keybinding: 'Mod+S', when: entryOpen, run: (wb) => wb.flushEditor() },
  { id: 'entry.delete', title: 'Entry: Delete', when: entryOpen, run: deleteOpenEntry },
  {
    id: 'entry.linkCompetencies',
    title: 'Entry: Link Competencies…',
    keybinding: 'Alt+L',
    when: entryOpen,
    run: (wb) => wb.openLinkPicker(),
  },
  format('bold', 'Entry: Bold', 'Mod+B', 'Bold', 'B'),
  format('italic', 'Entry: Italic', 'Mod+I', 'Italic', 'I'),
  format('heading', 'Entry: Heading', 'Mod+Shift+H', 'Heading', 'H'),
  format('list', 'Entry: Bulleted List', 'Mod+Shift+8', 'Bulleted list', '•'),
  format('quote', 'Entry: Quote', 'Mod+Shift+9', 'Quote', '“ ”'),
  format('link', 'Entry: Insert Link', 'Mod+K', 'Link', 'Link'),
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
  { id: 'entry.makeGoals', title: 'Entry: Make Actions into Goals', when: entryOpen, run: makeGoals },
  { id: 'entry.restore', title: 'Entry: Restore from Trash', run: restoreFromTrashCommand },
  {
    id: 'entry.deleteForGood',
    title: 'Entry: Delete for Good…',
    // Where trashed entries show: Trash, or a trashed entry open.
    when: (wb) => wb.state.editor.type === 'trash' || (entryOpen(wb) && wb.state.openEntry?.deletedAt !== undefined),
    run: deleteForGood,
  },
]);
