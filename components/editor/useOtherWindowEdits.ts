import { useEffect } from 'preact/hooks';
import type { Entry } from '../../lib/entries/schema';
import type { EntrySaver } from './useEntryAutosave';

/**
 * Keeps an open entry in step with saves made in another window (the side panel and a tab). When
 * nothing here is unsaved, the editor takes the newer entry at once. When something is, it is saved
 * now rather than at the next pause, so the conflict is found at once: this window's text is kept,
 * the other's becomes a "conflict" revision, and the notice offers Compare.
 */
export function useOtherWindowEdits(stored: Entry | undefined, saver: EntrySaver, show: (entry: Entry) => void): void {
  useEffect(() => {
    const base = saver.base();
    if (!stored || !base || stored.id !== base.id || stored.updatedAt <= base.updatedAt) return;
    const instance = saver.current;
    if (!instance) return;
    if (instance.unsaved !== undefined) {
      void instance.flush();
      return;
    }
    saver.rebase(stored);
    show(stored);
  }, [stored, saver, show]);
}
