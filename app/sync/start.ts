import type { Workbench } from '../workbench/workbench';
import { isSettingUp, SYNC_ORIGIN_KEY, savedSyncOrigin } from './policy';

/**
 * Called once the page knows whether the journal is locked. Sync's code loads only when sync is
 * set up on this device (or being set up, or set up in another window meanwhile).
 */
export async function startSyncService(wb: Workbench): Promise<void> {
  if (!savedSyncOrigin() && !isSettingUp()) {
    const onStorage = (event: StorageEvent) => {
      if (event.key !== SYNC_ORIGIN_KEY || !event.newValue) return;
      window.removeEventListener('storage', onStorage);
      void startSyncService(wb);
    };
    window.addEventListener('storage', onStorage);
    return;
  }
  const { syncOf } = await import('./syncService');
  syncOf(wb).watch();
  if (isSettingUp()) showSetUpWhenOpen(wb);
}

/** This page was opened to set sync up (its connections are not narrowed yet): the form shows once the journal is open. */
function showSetUpWhenOpen(wb: Workbench): void {
  const show = () => void wb.run('sync.setUp');
  if (!wb.state.lock.locked) {
    show();
    return;
  }
  const stop = wb.store.subscribe(() => {
    if (wb.state.lock.locked) return;
    stop();
    show();
  });
}
