import { getDb } from '../../lib/db';
import { loadPreferences } from '../../lib/settings/repository';
import { needsResealing } from '../../lib/vault/state';
import {
  changePassphrase,
  eraseJournal,
  finishResealing,
  type Progress,
  removePassphrase,
  setPassphrase,
  unlockJournal,
} from '../../lib/vault/vault';
import { setLock } from '../workbench/lock';
import type { Workbench } from '../workbench/workbench';

/*
 * Setting, using and changing the journal's passphrase, for the lock screen and the passphrase
 * page. Both load on demand, and with them the cryptography: a page whose journal has no
 * passphrase never loads it.
 */

/** Unlocks with the passphrase (throws WrongJournalPassphraseError), then finishes any interrupted re-encryption. */
export async function unlock(wb: Workbench, passphrase: string): Promise<void> {
  const vault = await unlockJournal(getDb(), passphrase);
  const reopen = wb.state.lock.reopen;
  setLock(wb, { enabled: vault !== undefined, locked: false, reopen: null });
  // The person's details (roles, dates) are sealed: only now can they be read.
  wb.store.set({ preferences: await loadPreferences() });
  // The passphrase box goes with the lock screen: the caret goes back into the entry that was
  // open, or focus to what is on screen.
  if (reopen) wb.store.set({ editor: { type: 'entry', entryId: reopen, focusTitle: true }, narrowPart: 'editor' });
  else wb.keepFocus();
  if (vault && needsResealing(vault))
    void withProgress(wb, 'Finishing encryption', (onProgress) => finishResealing(getDb(), onProgress));
}

/**
 * A forgotten passphrase: after the user confirms, erases the journal (a backup can then be
 * restored). Returns whether it was erased.
 */
export async function eraseForgottenJournal(wb: Workbench): Promise<boolean> {
  const confirmed = await wb.confirm(
    'Erase the whole journal in this browser? Every entry, earlier version, file, goal and comment, and your roles and dates in Settings, will be deleted for good. Only a backup you exported can bring them back.',
    'Erase journal',
  );
  if (!confirmed) return false;
  await eraseJournal(getDb());
  setLock(wb, { enabled: false, locked: false, reopen: null });
  wb.store.set({ preferences: await loadPreferences() });
  wb.keepFocus();
  wb.notify('The journal was erased. Start afresh, or restore a backup with Data: Import Backup….');
  return true;
}

export async function choosePassphrase(wb: Workbench, passphrase: string): Promise<void> {
  await wb.flushEditor();
  await withProgress(wb, 'Encrypting', (onProgress) => setPassphrase(getDb(), passphrase, { onProgress }));
  setLock(wb, { enabled: true, locked: false });
}

export async function replacePassphrase(wb: Workbench, current: string, next: string): Promise<void> {
  await wb.flushEditor();
  await withProgress(wb, 'Re-encrypting', (onProgress) => changePassphrase(getDb(), current, next, { onProgress }));
}

export async function dropPassphrase(wb: Workbench, current: string): Promise<void> {
  await wb.flushEditor();
  await withProgress(wb, 'Decrypting', (onProgress) => removePassphrase(getDb(), current, { onProgress }));
  setLock(wb, { enabled: false, locked: false });
}

async function withProgress(wb: Workbench, label: string, job: (onProgress: Progress) => Promise<void>): Promise<void> {
  // Set before the job writes anything, so watchVault knows the change is this page's own.
  setLock(wb, { progress: { label, done: 0, total: 0 } });
  try {
    await job((done, total) => setLock(wb, { progress: { label, done, total } }));
  } finally {
    setLock(wb, { progress: null });
  }
}
