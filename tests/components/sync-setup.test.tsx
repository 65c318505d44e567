// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { replaceSyncEngine } from '../../app/sync/engine';
import { requestServerAccess } from '../../app/sync/permission';
import { resetNarrowingForTests, SYNC_ORIGIN_KEY } from '../../app/sync/policy';
import { componentSession, runFromPalette } from './render';
import { fakeSyncEngine } from './sync-fake-engine';

vi.mock('../../app/sync/permission', () => ({ requestServerAccess: vi.fn() }));

const session = componentSession();
const PASSPHRASE = 'river stones at dawn';
const SERVER = 'https://couch.example.org/lantern-jsmith';
let fake: ReturnType<typeof fakeSyncEngine>;

beforeEach(() => {
  fake = fakeSyncEngine({ passphrase: PASSPHRASE });
  replaceSyncEngine(fake.engine);
  vi.mocked(requestServerAccess).mockImplementation(async () => {
    fake.calls.push('permission');
    return true;
  });
  localStorage.clear();
});
afterEach(async () => {
  // A command lands focus on what it showed (retrying for a moment): let it finish before the page goes.
  await vi.waitFor(() => expect(document.activeElement).not.toBe(document.body), { timeout: 1500 }).catch(() => {});
  await new Promise((resolve) => setTimeout(resolve, 50));
  replaceSyncEngine(null);
  resetNarrowingForTests();
});

async function openSetUp() {
  session.render();
  await runFromPalette('Sync: Set Up Sync…');
  await screen.findByRole('heading', { name: 'Set up sync' }, { timeout: 5000 });
  await screen.findByText('Any word you write');
}

function fill(values: Partial<Record<string, string>>) {
  for (const [label, value] of Object.entries(values))
    fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

const startSyncing = () => fireEvent.click(screen.getByRole('button', { name: 'Start syncing' }));

describe('setting up sync', () => {
  it('asks for the server, account and passphrase twice, saying what leaves and what never does before anything is sent', async () => {
    await openSetUp();
    for (const label of ['Server address', 'Username', 'Password', 'Sync passphrase', 'Repeat sync passphrase'])
      expect(screen.getByLabelText(label)).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Server address'));
    const leaves = screen.getByRole('region', { name: 'What leaves this browser' }).textContent ?? '';
    for (const item of [...fake.engine.WHAT_LEAVES.leaves, ...fake.engine.WHAT_LEAVES.never])
      expect(leaves).toContain(item);
    expect(fake.calls).toEqual([]);
  });

  it('says what is wrong next to each field, sends nothing and asks no permission', async () => {
    await openSetUp();
    fill({ 'Server address': 'couch.example.org', 'Sync passphrase': PASSPHRASE, 'Repeat sync passphrase': 'river' });
    startSyncing();
    const address = screen.getByLabelText('Server address');
    expect(address.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/That isn’t a web address/).id).toBe('sync-server-error');
    expect(address.getAttribute('aria-describedby')).toContain('sync-server-error');
    expect(screen.getByText(/two sync passphrases are different/).id).toBe('sync-repeat-error');
    expect(document.activeElement).toBe(address);

    fill({ 'Server address': 'http://couch.example.org/journal', 'Repeat sync passphrase': PASSPHRASE });
    startSyncing();
    expect(screen.getByText(/Use https:\/\/ for a server on another computer/)).toBeTruthy();
    expect(screen.queryByText(/two sync passphrases are different/)).toBeNull();

    fill({ 'Server address': SERVER, 'Sync passphrase': '', 'Repeat sync passphrase': '' });
    startSyncing();
    expect(screen.getByText('Enter your sync passphrase.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Sync passphrase'));
    expect(fake.calls).toEqual([]);
  });

  it('asks the browser for that one server inside the click, then sets up, starts and remembers the server', async () => {
    await openSetUp();
    fill({ 'Server address': SERVER, Username: 'jsmith', Password: 'pw', 'Sync passphrase': PASSPHRASE });
    fill({ 'Repeat sync passphrase': PASSPHRASE });
    startSyncing();
    // Asked synchronously, within the click: before anything awaited.
    expect(requestServerAccess).toHaveBeenCalledWith('https://couch.example.org');
    await screen.findByRole('heading', { name: 'Sync' });
    expect(fake.calls).toEqual(['permission', `setUpSync ${SERVER} jsmith`, 'startSync']);
    expect(localStorage.getItem(SYNC_ORIGIN_KEY)).toBe('https://couch.example.org');
    // From now on this page may reach that one server only.
    expect(document.head.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(
      'connect-src https://couch.example.org',
    );
    expect((await screen.findByTestId('sync-status')).textContent).toMatch(/^Synced \d\d:\d\d$/);
    expect(screen.getByRole('button', { name: /^Synced \d\d:\d\d$/ })).toBeTruthy();
  });

  it('shows a refusal in plain words, moves focus to it and keeps everything typed', async () => {
    await openSetUp();
    fill({ 'Server address': SERVER, Username: 'jsmith', 'Sync passphrase': 'wrong passphrase here' });
    fill({ 'Repeat sync passphrase': 'wrong passphrase here' });
    startSyncing();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'That sync passphrase doesn’t open the journal on this server. Nothing was changed.',
    );
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect((screen.getByLabelText('Server address') as HTMLInputElement).value).toBe(SERVER);
    expect((screen.getByLabelText('Username') as HTMLInputElement).value).toBe('jsmith');
    expect((screen.getByLabelText('Sync passphrase') as HTMLInputElement).value).toBe('wrong passphrase here');
    expect(localStorage.getItem(SYNC_ORIGIN_KEY)).toBeNull();
    expect(screen.queryByTestId('sync-status')).toBeNull();
  });

  it('sends nothing when the browser’s permission is refused, and says how to try again', async () => {
    vi.mocked(requestServerAccess).mockResolvedValue(false);
    await openSetUp();
    fill({ 'Server address': SERVER, 'Sync passphrase': PASSPHRASE, 'Repeat sync passphrase': PASSPHRASE });
    startSyncing();
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /needs your permission to reach https:\/\/couch\.example\.org, and nothing was sent/,
    );
    expect(fake.calls).toEqual([]);
  });
});
