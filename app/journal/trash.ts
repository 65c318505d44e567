import { deleteForever, getEntry, listTrash, moveToTrash, restoreFromTrash } from '../../lib/entries/repository';
import { displayTitle } from '../../lib/entries/schema';
import type { Workbench } from '../workbench/workbench';

/** `Entry: Delete`: moves the open entry to Trash, with Undo. */
export async function deleteOpenEntry(wb: Workbench): Promise<void> {
  const editor = wb.state.editor;
  if (editor.type !== 'entry') {
    wb.notify('Open an entry first: Entry: Delete moves the open entry to Trash.');
    return;
  }
  if (!(await wb.leaveEditor())) return;
  const entry = await getEntry(editor.entryId);
  if (!entry) {
    // Never saved (nothing typed): there is nothing to keep, so just close it.
    wb.store.set({ editor: { type: 'empty' }, openEntry: null, narrowPart: 'sideBar' });
    return;
  }
  await moveToTrash(entry.id);
  // A command run meanwhile (Show Trash, another entry opened) has replaced the editor: it stays.
  const now = wb.state.editor;
  const stillOpen = now.type === 'entry' && now.entryId === entry.id;
  wb.store.set({
    selectedTrashId: entry.id,
    ...(stillOpen ? { editor: { type: 'empty' }, openEntry: null, narrowPart: 'sideBar' } : {}),
  });
  wb.notify(`“${displayTitle(entry)}” moved to Trash.`, {
    action: { label: 'Undo', run: () => restore(wb, entry.id) },
  });
}

/**
 * The trashed entry a command acts on: the one its button names, else the open trashed entry,
 * else the one picked in Trash, else (when `newest`) the most recently deleted.
 */
async function trashedTarget(wb: Workbench, target: string | undefined, newest: boolean): Promise<string | null> {
  const { editor, openEntry, selectedTrashId } = wb.state;
  const trash = await listTrash();
  const candidates = [
    target ?? null,
    editor.type === 'entry' && openEntry?.deletedAt !== undefined ? openEntry.id : null,
    selectedTrashId,
    newest ? (trash[0]?.id ?? null) : null,
  ];
  return candidates.find((candidate) => candidate && trash.some((entry) => entry.id === candidate)) ?? null;
}

/** `Entry: Restore from Trash`. */
export async function restoreFromTrashCommand(wb: Workbench, target?: string): Promise<void> {
  const id = await trashedTarget(wb, target, true);
  if (!id) {
    wb.notify('Trash is empty: there is nothing to restore.');
    return;
  }
  await restore(wb, id);
}

async function restore(wb: Workbench, id: string): Promise<void> {
  await restoreFromTrash(id);
  const entry = await getEntry(id);
  wb.store.set({ selectedTrashId: null });
  if (entry) {
    wb.notify(`“${displayTitle(entry)}” restored to the journal.`);
    await wb.openEntry(id);
  }
}

/** `Entry: Delete for Good…`: after asking, removes a trashed entry and its history for ever. */
export async function deleteForGood(wb: Workbench, target?: string): Promise<void> {
  const id = await trashedTarget(wb, target, false);
  const entry = id ? await getEntry(id) : undefined;
  if (!entry) {
    wb.notify('Pick an entry in Trash first: only entries in Trash can be deleted for good.');
    return;
  }
  const question = `Delete “${displayTitle(entry)}” for good? This cannot be undone.`;
  if (!(await wb.confirm(question, 'Delete for good'))) return;
  await deleteForever(entry.id);
  const { editor, selectedTrashId } = wb.state;
  if (selectedTrashId === entry.id) wb.store.set({ selectedTrashId: null });
  // The entry was open: Trash shows in its place.
  if (editor.type === 'entry' && editor.entryId === entry.id)
    wb.store.set({ editor: { type: 'trash' }, openEntry: null });
}

/** `Journal: Show Trash`. */
export async function showTrash(wb: Workbench): Promise<void> {
  if (!(await wb.leaveEditor())) return;
  wb.store.set({ editor: { type: 'trash' }, narrowPart: 'editor' });
}
