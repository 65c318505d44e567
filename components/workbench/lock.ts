import { liveQuery } from 'dexie';
import { getDb } from '../../lib/db';
import {
  changePassphrase,
  eraseJournal,
  finishResealing,
  lockJournal,
  type Progress,
  readVault,
  removePassphrase,
  setPassphrase,
  unlockJournal,
  type VaultRecord,
} from '../../lib/vault';
import { forgetJournalCaches } from '../journal/journalCache';
import type { LockState } from './state';
import type { Workbench } from './workbench';

/*
 * The lockable journal as the page sees it. lib/vault does the cryptography; this keeps the
 * workbench in step: what shows while locked, what is written before locking, progress while
 * records are re-encrypted, and what another window did.
 */

function setLock(wb: Workbench, patch: Partial<LockState>): void {
  wb.store.set((state) => ({ lock: { ...state.lock, ...patch } }));
}

/** Run once the page knows whether the journal has a passphrase, before anything reads it. */
export function initialLockState(vault: VaultRecord | undefined): LockState {
  return { enabled: vault !== undefined, locked: vault !== undefined, reopen: null, progress: null };
}

/**
 * Locks: writes what is typed (sealed) first, then forgets the keys and every copy of the journal's
 * text this page holds. When the text cannot be saved the journal stays open, so nothing is lost
 * (even when another window's new passphrase is why it cannot be saved: the text stays to copy).
 */
export async function lock(wb: Workbench, reason: 'command' | 'idle' | 'elsewhere' = 'command'): Promise<boolean> {
  if (!wb.state.lock.enabled || wb.state.lock.locked) return false;
  if (!(await wb.leaveEditor())) return false;
  // Another call (the idle timer, a second command) may have locked while the text was written.
  if (wb.state.lock.locked) return false;
  const editor = wb.state.editor;
  lockJournal(getDb());
  // The journal list and search index; the views holding them unmount below.
  forgetJournalCaches();
  wb.store.set((state) => ({
    lock: { ...state.lock, locked: true, reopen: editor.type === 'entry' ? editor.entryId : null, progress: null },
    editor: { type: 'empty' },
    openEntry: null,
    palette: null,
    linkPicker: false,
    wordCount: null,
    attachmentCount: null,
    privacy: null,
    save: { state: 'idle' },
    notices: [],
    selectedTrashId: null,
    narrowPart: 'editor',
  }));
  if (reason === 'idle') wb.notify('Lantern locked itself after a while without use.');
  if (reason === 'elsewhere') wb.notify('The passphrase was set or changed in another window. Unlock to carry on.');
  return true;
}

/** Unlocks with the passphrase (throws WrongJournalPassphraseError), then finishes any interrupted re-encryption. */
export async function unlock(wb: Workbench, passphrase: string): Promise<void> {
  const vault = await unlockJournal(getDb(), passphrase);
  const reopen = wb.state.lock.reopen;
  setLock(wb, { enabled: vault !== undefined, locked: false, reopen: null });
  if (reopen) await wb.openEntry(reopen);
  if (vault?.resealing)
    void withProgress(wb, 'Finishing encryption', (onProgress) => finishResealing(getDb(), onProgress));
}

/**
 * A forgotten passphrase: after the user confirms, erases the journal (a backup can then be
 * restored). Returns whether it was erased.
 */
export async function eraseForgottenJournal(wb: Workbench): Promise<boolean> {
  const confirmed = await wb.confirm(
    'Erase the whole journal in this browser? Every entry, earlier version, file, goal and comment will be deleted for good. Only a backup you exported can bring them back.',
    'Erase journal',
  );
  if (!confirmed) return false;
  await eraseJournal(getDb());
  setLock(wb, { enabled: false, locked: false, reopen: null });
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
  try {
    await job((done, total) => setLock(wb, { progress: { label, done, total } }));
  } finally {
    setLock(wb, { progress: null });
  }
}

/**
 * Follows the passphrase record, which other windows may change: a passphrase set or changed
 * elsewhere locks this page (it lacks the new key); one removed elsewhere opens it.
 */
export function watchVault(wb: Workbench): () => void {
  const db = getDb();
  const subscription = liveQuery(() => readVault(db)).subscribe({
    next: (vault) => {
      if (!vault) {
        if (!wb.state.lock.enabled || wb.state.lock.progress) return;
        db.keyring.forget();
        db.keyring.enabled = false;
        setLock(wb, { enabled: false, locked: false });
        return;
      }
      db.keyring.enabled = true;
      const holdsWriteKey = vault.writeKeyId === null ? db.keyring.unlocked : db.keyring.hasKey(vault.writeKeyId);
      if (holdsWriteKey) setLock(wb, { enabled: true });
      else if (!wb.state.lock.locked) {
        setLock(wb, { enabled: true });
        void lock(wb, 'elsewhere');
      }
    },
    error: () => undefined,
  });
  return () => subscription.unsubscribe();
}
