import { liveQuery } from 'dexie';
import { canonicalJson } from '../../lib/json';
import { loadPreferences } from '../../lib/settings/repository';
import type { Workbench } from './workbench';

/**
 * Follows the stored preferences, so a change made in another window (the theme toggled in a tab while
 * the side panel is open) or received by sync (roles, appraisal dates from another device) shows here
 * at once, without a reload.
 */
export function watchPreferences(wb: Workbench): () => void {
  const subscription = liveQuery(() => loadPreferences()).subscribe({
    next: (preferences) => {
      if (canonicalJson(preferences) !== canonicalJson(wb.state.preferences)) wb.store.set({ preferences });
    },
    // A failed read keeps what is on screen; the next change tries again.
    error: () => undefined,
  });
  return () => subscription.unsubscribe();
}
