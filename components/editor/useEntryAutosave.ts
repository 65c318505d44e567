import { useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { forgetUnsavedEdit, keepUnsavedEdit } from '../../app/editor/unsavedEdits';
import type { Workbench } from '../../app/workbench/workbench';
import { type Autosaver, createAutosaver } from '../../lib/autosave';
import { saveEntryText } from '../../lib/entries/repository';
import { addRevision, REVISION_INTERVAL_MS } from '../../lib/entries/revisions';
import type { Entry, EntryPatch } from '../../lib/entries/schema';
import { describeStorageError } from '../../lib/storage-errors';

/** Saves within a second of typing stopping; DESIGN.md promises "Saved" under 1.2 s. */
export const AUTOSAVE_DELAY_MS = 500;
/** Typing without a pause is still written this often: with the write itself, a crash loses well under 2 s. */
export const AUTOSAVE_MAX_WAIT_MS = 1000;

/**
 * Autosave for one open entry. `base` is the entry as last loaded or saved; the save state goes to
 * the status bar, and a failure keeps the change pending (the text stays in the editor).
 */
export interface EntrySaver {
  /** The saver of the open entry; null before it exists and after it is gone. */
  readonly current: Autosaver<EntryPatch> | null;
  /** The entry as last loaded or saved here: the next save checks that the stored one is still it. */
  base(): Entry | null;
  /** Takes a newer stored entry (saved in another window) as the base, when nothing here is unsaved. */
  rebase(entry: Entry): void;
}

export function useEntryAutosave(wb: Workbench, base: Entry | null): EntrySaver {
  const saver = useRef<Autosaver<EntryPatch> | null>(null);
  const baseRef = useRef(base);
  const handle = useMemo<EntrySaver>(
    () => ({
      get current() {
        return saver.current;
      },
      base: () => baseRef.current,
      rebase(entry) {
        baseRef.current = entry;
        wb.store.set({ openEntry: entry });
      },
    }),
    [wb],
  );
  const entryId = base?.id;

  // Layout effect: the saver must exist before the first key press reaches the new editor.
  useLayoutEffect(() => {
    if (!baseRef.current) return;
    // Revisions: one every 5 minutes of continuous editing, and one when the editing session ends.
    let lastCheckpoint = 0;
    let savedThisSession = false;
    const instance = createAutosaver<EntryPatch>({
      delayMs: AUTOSAVE_DELAY_MS,
      maxWaitMs: AUTOSAVE_MAX_WAIT_MS,
      async save(patch) {
        const current = baseRef.current;
        if (!current) return;
        const { entry, conflict } = await saveEntryText(current, patch);
        baseRef.current = entry;
        wb.store.set({ openEntry: entry });
        const now = Date.now();
        if (!savedThisSession) lastCheckpoint = now;
        savedThisSession = true;
        if (now - lastCheckpoint >= REVISION_INTERVAL_MS) {
          lastCheckpoint = now;
          await addRevision(entry, 'interval', now);
        }
        if (conflict) {
          wb.notify(
            'This entry was also changed in another window. Your text is saved; the other version is kept in its history.',
            { action: { label: 'Compare', run: () => wb.showPage({ type: 'history', entryId: entry.id }) } },
          );
        }
      },
      onState(state, error) {
        // Everything typed is written: no copy is needed should the page go away now.
        if (state === 'saved' && baseRef.current) forgetUnsavedEdit(baseRef.current.id);
        wb.store.set({
          save: {
            state,
            message: state === 'error' ? describeStorageError(error, instance.unsaved).message : undefined,
          },
        });
      },
    });
    saver.current = instance;
    wb.store.set({ save: { state: 'idle' } });
    // Leaving the page: write now, and keep a copy in case the write cannot finish before the page is gone.
    const keepAndFlush = () => {
      const patch = instance.unsaved;
      if (patch && baseRef.current) keepUnsavedEdit(baseRef.current, patch);
      void instance.flush();
    };
    const flushOnHide = () => {
      if (document.visibilityState === 'hidden') keepAndFlush();
    };
    const flushNow = keepAndFlush;
    document.addEventListener('visibilitychange', flushOnHide);
    window.addEventListener('pagehide', flushNow);
    return () => {
      document.removeEventListener('visibilitychange', flushOnHide);
      window.removeEventListener('pagehide', flushNow);
      void instance
        .flush()
        .then(() => {
          const last = baseRef.current;
          if (savedThisSession && last && instance.state === 'saved') return addRevision(last, 'session');
        })
        // A missed checkpoint loses no words (the entry itself is saved); nothing to tell the user.
        .catch(() => undefined);
      instance.dispose();
      saver.current = null;
    };
    // One saver per entry; `base` changes on every save and must not recreate it.
  }, [wb, entryId]);

  if (baseRef.current?.id !== entryId) baseRef.current = base;
  return handle;
}
