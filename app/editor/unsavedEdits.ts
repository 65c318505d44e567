import { getDb } from '../../lib/db';
import { getEntry, saveEntryText } from '../../lib/entries/repository';
import { displayTitle, type Entry, type EntryPatch } from '../../lib/entries/schema';
import { decodeUnsavedEdit, encodeUnsavedEdit, patchLanded, UNSAVED_PREFIX } from '../../lib/entries/unsaved';
import type { Workbench } from '../workbench/workbench';

/**
 * Keeps an unsaved change in local storage, synchronously, as the page goes away: a save begun now may never
 * reach IndexedDB. Sealed when the journal has a passphrase; not kept (nothing to fall back on) if it cannot be.
 */
export function keepUnsavedEdit(base: Entry, patch: EntryPatch): void {
  const text = encodeUnsavedEdit({ entryId: base.id, base, patch, keptAt: Date.now() }, getDb().keyring);
  if (text === null) return;
  try {
    localStorage.setItem(UNSAVED_PREFIX + base.id, text);
  } catch {
    // Full or unavailable: the save under way is then the only copy, as before.
  }
}

/** Drops the kept change once everything typed in the entry is written. */
export function forgetUnsavedEdit(entryId: string): void {
  try {
    localStorage.removeItem(UNSAVED_PREFIX + entryId);
  } catch {
    // Nothing kept.
  }
}

function keptKeys(): string[] {
  try {
    return Object.keys(localStorage).filter((key) => key.startsWith(UNSAVED_PREFIX));
  } catch {
    return [];
  }
}

/**
 * At start (journal open): writes any change kept as a page went away that never reached the journal, through
 * the normal save, so a version written meanwhile elsewhere is kept as a "conflict" revision, never lost.
 */
export async function recoverUnsavedEdits(wb: Workbench): Promise<void> {
  const recovered: Entry[] = [];
  for (const key of keptKeys()) {
    const edit = decodeUnsavedEdit(localStorage.getItem(key), getDb().keyring);
    if (!edit) {
      localStorage.removeItem(key);
      continue;
    }
    try {
      if (!patchLanded(await getEntry(edit.entryId), edit.patch)) {
        recovered.push((await saveEntryText(edit.base, edit.patch)).entry);
      }
      localStorage.removeItem(key);
    } catch {
      wb.notify(
        'Lantern kept the words you typed just before the page closed but could not save them yet. It will try again when you next open it.',
        { tone: 'error' },
      );
    }
  }
  const [first] = recovered;
  if (!first) return;
  if (recovered.length === 1 && wb.state.editor.type !== 'entry') await wb.openEntry(first.id);
  wb.notify(
    recovered.length === 1
      ? `Saved what you typed in “${displayTitle(first)}” just before the page closed.`
      : `Saved what you typed in ${recovered.length} entries just before the page closed.`,
  );
}
