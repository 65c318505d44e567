import { liveQuery } from 'dexie';
import { getDb } from '../../lib/db';
import { withoutPersonDetails } from '../../lib/settings/schema';
import type { VaultRecord } from '../../lib/vault/schema';
import { lockJournal, needsResealing, readVault } from '../../lib/vault/state';
import { forgetJournalCaches } from '../journal/journalCache';
import { forgetTitles } from '../palette/titleIndex';
import type { LockState } from './state';
import type { Workbench } from './workbench';

/*
 * The lockable journal as the page sees it: whether it is locked, what is written before locking,
 * and what another window did. Setting, using and changing the passphrase (and the cryptography
 * behind them) live in app/privacy/passphraseActions.ts, loaded only when needed.
 */

export function setLock(wb: Workbench, patch: Partial<LockState>): void {
  wb.store.set((state) => ({ lock: { ...state.lock, ...patch } }));
}

/** Run once the page knows whether the journal has a passphrase, before anything reads it. */
export function initialLockState(vault: VaultRecord | undefined): LockState {
  return { enabled: vault !== undefined, locked: vault !== undefined, reopen: null, progress: null };
}

/** Why the journal locks: asked here, idle here, a passphrase set or changed elsewhere, or locked elsewhere. */
type LockReason = 'command' | 'idle' | 'passphrase-elsewhere' | 'locked-elsewhere';

/** Tells the other open Lantern pages (other windows, a tab) that the journal was locked here. */
const otherPages = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('lantern-lock');

/**
 * Locks: writes what is typed (sealed) first, then forgets the keys and every copy of the journal's
 * text this page holds. When the text cannot be saved the journal stays open, so nothing is lost
 * (even when another window's new passphrase is why it cannot be saved: the text stays to copy).
 */
export async function lock(wb: Workbench, reason: LockReason = 'command'): Promise<boolean> {
  if (!wb.state.lock.enabled || wb.state.lock.locked) return false;
  if (!(await wb.leaveEditor())) return false;
  // Another call (the idle timer, a second command) may have locked while the text was written.
  if (wb.state.lock.locked) return false;
  const editor = wb.state.editor;
  lockJournal(getDb());
  // The journal list and search index; the views holding them unmount below.
  forgetJournalCaches();
  forgetTitles();
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
    // The roles and dates are sealed with the journal: the page forgets them too until unlocked.
    preferences: withoutPersonDetails(state.preferences),
  }));
  if (reason === 'command') otherPages?.postMessage('locked');
  if (reason === 'idle') wb.notify('Lantern locked itself after a while without use.');
  if (reason === 'locked-elsewhere') wb.notify('Lantern was locked in another window.');
  if (reason === 'passphrase-elsewhere')
    wb.notify('The passphrase was set or changed in another window. Unlock to carry on.');
  return true;
}

/**
 * Follows the other windows: a passphrase set or changed elsewhere locks this page (it lacks the
 * new key); one removed elsewhere opens it; Privacy: Lock Journal in one window locks them all.
 */
export function watchVault(wb: Workbench): () => void {
  const db = getDb();
  const subscription = liveQuery(() => readVault(db)).subscribe({
    next: (vault) => {
      // This page is setting, changing or removing the passphrase itself: nothing to follow.
      if (wb.state.lock.progress) return;
      if (!vault) {
        if (!wb.state.lock.enabled) return;
        db.keyring.forget();
        db.keyring.enabled = false;
        setLock(wb, { enabled: false, locked: false });
        return;
      }
      db.keyring.enabled = true;
      db.keyring.acceptsUnbound = needsResealing(vault);
      const holdsWriteKey = vault.writeKeyId === null ? db.keyring.unlocked : db.keyring.hasKey(vault.writeKeyId);
      if (holdsWriteKey) setLock(wb, { enabled: true });
      else if (!wb.state.lock.locked) {
        setLock(wb, { enabled: true });
        void lock(wb, 'passphrase-elsewhere');
      }
    },
    error: () => undefined,
  });
  // Locking in one window locks them all: the doctor stepping away means every copy on screen.
  const onMessage = () => void lock(wb, 'locked-elsewhere');
  otherPages?.addEventListener('message', onMessage);
  return () => {
    subscription.unsubscribe();
    otherPages?.removeEventListener('message', onMessage);
  };
}
