import { syncStatusText } from '../../app/sync/statusText';
import { syncViewOf } from '../../app/sync/syncView';
import { useStore } from '../hooks/useStore';
import { useWorkbench } from '../workbench/context';

/** Sync's word in the status bar (Synced 14:02, Syncing…, Offline, Sync error: …); absent with sync off. */
export function SyncStatusItem() {
  const wb = useWorkbench();
  const status = useStore(syncViewOf(wb), (view) => (view.config === null ? null : view.status));
  if (!status) return null;
  const { text, label } = syncStatusText(status);
  const trouble = status.state === 'error';
  return (
    <button
      type="button"
      class={`status-bar__item sync-status-item${trouble ? ' status-bar__item--error' : ''}`}
      data-testid="sync-status"
      aria-label={label}
      title={`${label} — ${wb.describeCommand('sync.showStatus')}`}
      onClick={() => void wb.run('sync.showStatus')}
    >
      {text}
    </button>
  );
}
