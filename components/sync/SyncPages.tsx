import './sync.css';
import type { SyncPage } from '../../app/sync/commands';
import { SyncPassphrasePage } from './SyncPassphrasePage';
import { SyncSetUpPage } from './SyncSetUpPage';
import { SyncStatusPage } from './SyncStatusPage';

/** The sync pages in the editor area (loaded together, on first use). */
export function SyncPages(props: { page: SyncPage }) {
  if (props.page === 'setUp') return <SyncSetUpPage />;
  if (props.page === 'passphrase') return <SyncPassphrasePage />;
  return <SyncStatusPage />;
}
