import { formatInstantDate, formatInstantTime, localIsoDate } from '../../lib/dates';
import type { SyncStatus } from './engine';

/** When the last sync finished: the time today, else the date and time. */
export function syncedWhen(at: number, now: number = Date.now()): string {
  const time = formatInstantTime(at);
  return localIsoDate(new Date(at)) === localIsoDate(new Date(now)) ? time : `${formatInstantDate(at)}, ${time}`;
}

export function progressText(progress: { done: number; total: number }): string {
  return `${progress.done.toLocaleString('en-GB')} of ${progress.total.toLocaleString('en-GB')}`;
}

/**
 * The status bar's words for sync. `text` is what shows; `label` (its accessible name) starts the
 * same way and adds the reason. Each begins with Synced, Syncing…, Offline or Sync error.
 */
export function syncStatusText(status: SyncStatus, now: number = Date.now()): { text: string; label: string } {
  switch (status.state) {
    case 'synced': {
      const text = status.lastSyncedAt === undefined ? 'Synced' : `Synced ${syncedWhen(status.lastSyncedAt, now)}`;
      return { text, label: text };
    }
    case 'syncing': {
      const text = status.progress ? `Syncing… ${progressText(status.progress)}` : 'Syncing…';
      return { text, label: text };
    }
    case 'offline':
      return { text: 'Offline', label: `Offline: ${status.message ?? 'the sync server cannot be reached.'}` };
    case 'error':
      return {
        text: `Sync error: ${status.message ?? 'see Sync: Show Sync Status'}`,
        label: `Sync error: ${status.message ?? 'see Sync: Show Sync Status'}`,
      };
    case 'paused':
      return {
        text: 'Sync paused',
        label: `Sync paused: ${status.message ?? 'it carries on when the journal is open.'}`,
      };
  }
}
