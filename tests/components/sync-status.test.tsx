// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { replaceSyncEngine } from '../../app/sync/engine';
import { resetNarrowingForTests, SYNC_ORIGIN_KEY } from '../../app/sync/policy';
import { startSyncService } from '../../app/sync/start';
import { syncStatusText } from '../../app/sync/statusText';
import { syncConfigured } from '../../app/sync/syncView';
import { componentSession, runFromPalette } from './render';
import { fakeSyncEngine } from './sync-fake-engine';

const session = componentSession();
const SERVER = 'https://couch.example.org/lantern-jsmith';
let fake: ReturnType<typeof fakeSyncEngine>;

beforeEach(() => localStorage.clear());
afterEach(async () => {
  // A command lands focus on what it showed (retrying for a moment): let it finish before the page goes.
  await vi.waitFor(() => expect(document.activeElement).not.toBe(document.body), { timeout: 1500 }).catch(() => {});
  await new Promise((resolve) => setTimeout(resolve, 50));
  replaceSyncEngine(null);
  resetNarrowingForTests();
});

/** Lantern opening on a device where sync was set up earlier. */
async function openSynced() {
  fake = fakeSyncEngine({ serverUrl: SERVER });
  replaceSyncEngine(fake.engine);
  localStorage.setItem(SYNC_ORIGIN_KEY, 'https://couch.example.org');
  const rendered = session.render();
  await startSyncService(rendered.workbench);
  await screen.findByTestId('sync-status');
  return rendered;
}

const item = () => screen.getByTestId('sync-status');

describe('the sync status words', () => {
  const at = new Date(2026, 10, 22, 14, 2).getTime();
  it('begin with Synced, Syncing…, Offline or Sync error, and the accessible name says why', () => {
    expect(syncStatusText({ state: 'synced', lastSyncedAt: at, pushed: 0, pulled: 0 }, at)).toEqual({
      text: 'Synced 14:02',
      label: 'Synced 14:02',
    });
    expect(syncStatusText({ state: 'synced', lastSyncedAt: at, pushed: 0, pulled: 0 }, at + 86_400_000).text).toBe(
      'Synced 22 Nov 2026, 14:02',
    );
    const first = { state: 'syncing', pushed: 0, pulled: 1200, progress: { done: 1200, total: 10000 } } as const;
    expect(syncStatusText(first).text).toBe('Syncing… 1,200 of 10,000');
    const offline = syncStatusText({
      state: 'offline',
      pushed: 0,
      pulled: 0,
      message: 'The server cannot be reached.',
    });
    expect(offline).toEqual({ text: 'Offline', label: 'Offline: The server cannot be reached.' });
    expect(
      syncStatusText({ state: 'error', pushed: 0, pulled: 0, message: 'The server refused the password.' }),
    ).toEqual({
      text: 'Sync error: The server refused the password.',
      label: 'Sync error: The server refused the password.',
    });
  });
});

describe('sync in the status bar', () => {
  it('is absent while sync is off, and Sync Now, Turn Off and Delete Server Copy are greyed out', async () => {
    fake = fakeSyncEngine();
    replaceSyncEngine(fake.engine);
    const { workbench } = session.render();
    await startSyncService(workbench);
    expect(screen.queryByTestId('sync-status')).toBeNull();
    const enabled = (title: string) => {
      const command = workbench.registry.byTitle(title);
      return command && workbench.registry.isEnabled(command, workbench);
    };
    for (const title of ['Sync: Sync Now', 'Sync: Turn Off Sync…', 'Sync: Delete Server Copy…'])
      expect(enabled(title)).toBe(false);
    expect(enabled('Sync: Change Sync Passphrase…')).toBe(false);
    expect(enabled('Sync: Set Up Sync…')).toBe(true);
    expect(enabled('Sync: Show Sync Status')).toBe(true);
    expect(fake.calls).toEqual([]);
  });

  it('follows sync as it runs, and opens the status page with the counts and a progress bar', async () => {
    await openSynced();
    expect(item().textContent).toMatch(/^Synced \d\d:\d\d$/);
    fake.report({ state: 'syncing', pushed: 3, pulled: 1200, progress: { done: 1200, total: 10000 } });
    await waitFor(() => expect(item().textContent).toBe('Syncing… 1,200 of 10,000'));
    expect(item().getAttribute('aria-label')).toBe('Syncing… 1,200 of 10,000');

    fireEvent.click(item());
    await screen.findByRole('heading', { name: 'Sync' }, { timeout: 5000 });
    expect(screen.getByText(SERVER)).toBeTruthy();
    expect(screen.getByTestId('sync-pushed').textContent).toBe('3 records since this window opened');
    expect(screen.getByTestId('sync-pulled').textContent).toBe('1,200 records since this window opened');
    const bar = screen.getByRole('progressbar', { name: 'First sync: 1,200 of 10,000 records' });
    expect(bar.getAttribute('value')).toBe('1200');

    fake.report({ state: 'offline', pushed: 3, pulled: 10000, message: 'The sync server cannot be reached.' });
    await waitFor(() => expect(item().textContent).toBe('Offline'));
    expect(item().getAttribute('aria-label')).toBe('Offline: The sync server cannot be reached.');
    await waitFor(() => expect(screen.getByTestId('sync-state').textContent).toBe('Offline'));
    expect(screen.getByText('The sync server cannot be reached.')).toBeTruthy();

    fake.report({ state: 'error', pushed: 3, pulled: 10000, message: 'The server refused the password.' });
    await waitFor(() => expect(item().textContent).toBe('Sync error: The server refused the password.'));

    const skipped = 'A file of 12 MB is larger than the server accepts: it stays on this device.';
    fake.report({ state: 'synced', lastSyncedAt: Date.now(), pushed: 3, pulled: 10000, problems: [skipped] });
    const notSynced = await screen.findByRole('region', { name: 'Not synced' });
    expect(notSynced.textContent).toContain(skipped);
    expect(screen.queryByRole('progressbar')).toBeNull();

    // Told when the sync passphrase was changed on another device.
    const notice = 'Your sync passphrase was changed on another device. Use the new one when you next set up a device.';
    fake.report({ state: 'synced', lastSyncedAt: Date.now(), pushed: 3, pulled: 10000, notice });
    expect((await screen.findAllByText(notice)).length).toBeGreaterThan(0);
  });

  it('runs Sync Now from the status page', async () => {
    await openSynced();
    await runFromPalette('Sync: Show Sync Status');
    fireEvent.click(await screen.findByRole('button', { name: 'Sync now' }, { timeout: 5000 }));
    await waitFor(() => expect(fake.calls).toContain('syncNow'));
  });

  it('turns off only when confirmed, deleting nothing, and then is gone from the status bar', async () => {
    await openSynced();
    await runFromPalette('Sync: Turn Off Sync…');
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('Nothing is deleted');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(fake.calls).not.toContain('turnOffSync');
    expect(item()).toBeTruthy();

    await runFromPalette('Sync: Turn Off Sync…');
    fireEvent.click(await screen.findByRole('button', { name: 'Turn off sync' }));
    await waitFor(() => expect(screen.queryByTestId('sync-status')).toBeNull());
    expect(fake.calls).toEqual(['startSync', 'stop', 'turnOffSync']);
    expect(localStorage.getItem(SYNC_ORIGIN_KEY)).toBeNull();
    expect(document.head.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(
      "connect-src 'none'",
    );
  });

  it('deletes the server copy only when confirmed', async () => {
    await openSynced();
    await runFromPalette('Sync: Delete Server Copy…');
    fireEvent.click(await screen.findByRole('button', { name: 'Delete server copy' }));
    await waitFor(() => expect(screen.queryByTestId('sync-status')).toBeNull());
    expect(fake.calls).toEqual(['startSync', 'stop', 'deleteServerCopy']);
  });

  it('pauses while the journal is locked and carries on when it opens', async () => {
    const { workbench } = await openSynced();
    const lock = workbench.state.lock;
    workbench.store.set({ lock: { ...lock, enabled: true, locked: true } });
    await waitFor(() => expect(item().textContent).toBe('Sync paused'));
    expect(fake.running).toBe(false);
    workbench.store.set({ lock: { ...lock, enabled: true, locked: false } });
    await waitFor(() => expect(fake.running).toBe(true));
    expect(syncConfigured(workbench)).toBe(true);
  });

  it('changes the sync passphrase, saying plainly when the current one is wrong', async () => {
    await openSynced();
    await runFromPalette('Sync: Change Sync Passphrase…');
    await screen.findByRole('heading', { name: 'Change your sync passphrase' }, { timeout: 5000 });
    fireEvent.input(screen.getByLabelText('Current sync passphrase'), { target: { value: 'not it at all' } });
    fireEvent.input(screen.getByLabelText('New sync passphrase'), { target: { value: 'a brand new phrase' } });
    fireEvent.input(screen.getByLabelText('Repeat new sync passphrase'), { target: { value: 'a brand new phrase' } });
    fireEvent.click(screen.getByRole('button', { name: 'Change sync passphrase' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'That isn’t the current sync passphrase. Nothing was changed.',
    );
    fireEvent.input(screen.getByLabelText('Current sync passphrase'), { target: { value: 'river stones at dawn' } });
    fireEvent.click(screen.getByRole('button', { name: 'Change sync passphrase' }));
    await screen.findByText('Your sync passphrase is changed. Your other devices will ask for the new one.');
    expect(fake.server.passphrase).toBe('a brand new phrase');
  });
});
