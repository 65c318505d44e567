import { defineCommands } from '../workbench/command';
import type { Workbench } from '../workbench/workbench';
import { currentNarrowing, SET_UP_QUERY } from './policy';
import { syncConfigured } from './syncView';

const configured = syncConfigured;
/** The sync service loads with the first command that needs it. */
const service = async (wb: Workbench) => (await import('./syncService')).syncOf(wb);

/** The page types sync shows in the editor area. */
export type SyncPage = 'setUp' | 'status' | 'passphrase';
export type SyncPageTarget = { type: 'sync'; page: SyncPage };

const showSyncPage = (wb: Workbench, page: SyncPage) => wb.showPage({ type: 'sync', page });

async function setUp(wb: Workbench): Promise<void> {
  if (syncConfigured(wb)) {
    wb.notify('Sync is already set up on this device. To use another server, turn sync off first.');
    return showSyncPage(wb, 'status');
  }
  if (currentNarrowing() === 'none') {
    // With sync off this page may reach no server at all, and its policy can only narrow: set-up
    // opens the page afresh (after writing what is typed), without that narrowing.
    if (!(await wb.leaveEditor())) return;
    const url = new URL(location.href);
    url.searchParams.set(SET_UP_QUERY, '');
    location.assign(url.href);
    return;
  }
  return showSyncPage(wb, 'setUp');
}

async function confirmThen(wb: Workbench, message: string, label: string, action: () => Promise<void>) {
  if (!(await wb.confirm(message, label))) return;
  await action();
}

/** The sync commands; titles follow DESIGN.md (a contract the acceptance tests drive). */
export const SYNC_COMMANDS = defineCommands([
  { id: 'sync.setUp', title: 'Sync: Set Up Sync…', run: setUp },
  {
    id: 'sync.now',
    title: 'Sync: Sync Now',
    when: configured,
    run: async (wb) => (await service(wb)).syncNow(),
  },
  { id: 'sync.showStatus', title: 'Sync: Show Sync Status', run: (wb) => showSyncPage(wb, 'status') },
  {
    id: 'sync.turnOff',
    title: 'Sync: Turn Off Sync…',
    when: configured,
    run: (wb) =>
      confirmThen(
        wb,
        'Turn off sync on this device? Nothing is deleted: your journal stays here and its encrypted copy stays on the server.',
        'Turn off sync',
        async () => {
          await (await service(wb)).turnOff();
          wb.notify('Sync is off on this device. Nothing was deleted here or on the server.');
        },
      ),
  },
  {
    id: 'sync.changePassphrase',
    title: 'Sync: Change Sync Passphrase…',
    when: configured,
    run: (wb) => showSyncPage(wb, 'passphrase'),
  },
  {
    id: 'sync.deleteServerCopy',
    title: 'Sync: Delete Server Copy…',
    when: configured,
    run: (wb) =>
      confirmThen(
        wb,
        'Delete this journal’s encrypted copy from the server? Your journal stays on this device, but other devices will no longer sync with it, and sync turns off here.',
        'Delete server copy',
        async () => {
          await (await service(wb)).deleteServerCopy();
          wb.notify('The server copy is deleted and sync is off. Everything is still here on this device.');
        },
      ),
  },
]);
