import { createStore, type Store } from '../workbench/store';
import type { Workbench } from '../workbench/workbench';
import type { SyncConfig, SyncStatus } from './engine';
import { savedSyncOrigin } from './policy';

/*
 * What the page shows of sync: part of the first paint, so it is kept small. The sync service
 * (syncService.ts, loaded only when sync is set up or being set up) writes it.
 */
export interface SyncView {
  /** This device's set-up; null when sync is off, undefined until it has been read. */
  config: SyncConfig | null | undefined;
  status: SyncStatus | null;
}

const views = new WeakMap<Workbench, Store<SyncView>>();

export function syncViewOf(wb: Workbench): Store<SyncView> {
  let view = views.get(wb);
  if (!view) {
    view = createStore<SyncView>({ config: savedSyncOrigin() ? undefined : null, status: null });
    views.set(wb, view);
  }
  return view;
}

/** Whether this device has sync set up, as far as the page knows without loading sync's code. */
export function syncConfigured(wb: Workbench): boolean {
  return syncViewOf(wb).get().config !== null;
}
