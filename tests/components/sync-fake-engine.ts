import type { SyncAccount, SyncController, SyncEngine, SyncStatus } from '../../app/sync/engine';

type Reason = 'wrong-passphrase' | 'unreachable' | 'not-couchdb';

class FakeSyncSetupError extends Error {
  constructor(
    readonly reason: Reason,
    message: string,
  ) {
    super(message);
    this.name = 'SyncSetupError';
  }
}

/**
 * A sync engine in memory: the "server" accepts one passphrase, and a running sync reports
 * whatever status the test sets. It records what the interface asked of it.
 */
export function fakeSyncEngine(options: { passphrase?: string; serverUrl?: string } = {}) {
  const server = { passphrase: options.passphrase ?? 'river stones at dawn', reachable: true };
  let config: { serverUrl: string; username: string } | undefined = options.serverUrl
    ? { serverUrl: options.serverUrl, username: '' }
    : undefined;
  const calls: string[] = [];
  const listeners = new Set<(status: SyncStatus) => void>();
  let status: SyncStatus = { state: 'synced', lastSyncedAt: Date.now(), pushed: 0, pulled: 0 };
  let running = false;

  const controller: SyncController = {
    get status() {
      return status;
    },
    onStatus(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async syncNow() {
      calls.push('syncNow');
    },
    async stop() {
      calls.push('stop');
      running = false;
    },
  };

  const engine: SyncEngine = {
    SyncSetupError: FakeSyncSetupError,
    WHAT_LEAVES: {
      leaves: ['Encrypted copies of your records (ciphertext)', 'Random-looking ids', 'Sizes', 'Times of change'],
      never: ['Any word you write', 'Tags', 'Competency ids', 'Kinds of entry'],
    },
    async loadSyncConfig() {
      return config;
    },
    async setUpSync(_db, account: SyncAccount, passphrase: string) {
      calls.push(`setUpSync ${account.serverUrl} ${account.username}`);
      if (!server.reachable)
        throw new FakeSyncSetupError('unreachable', 'Lantern could not reach that server. Check the address.');
      if (passphrase !== server.passphrase)
        throw new FakeSyncSetupError(
          'wrong-passphrase',
          'That sync passphrase doesn’t open the journal on this server. Nothing was changed.',
        );
      config = { serverUrl: account.serverUrl, username: account.username };
    },
    async startSync() {
      calls.push('startSync');
      running = true;
      return controller;
    },
    async turnOffSync() {
      calls.push('turnOffSync');
      config = undefined;
    },
    async changeSyncPassphrase(_db, current, next) {
      calls.push('changeSyncPassphrase');
      if (current !== server.passphrase)
        throw new FakeSyncSetupError(
          'wrong-passphrase',
          'That isn’t the current sync passphrase. Nothing was changed.',
        );
      server.passphrase = next;
    },
    async deleteServerCopy() {
      calls.push('deleteServerCopy');
      config = undefined;
    },
  };

  return {
    engine,
    calls,
    server,
    get running() {
      return running;
    },
    /** What the running sync reports next. */
    report(next: SyncStatus) {
      status = next;
      for (const listener of listeners) listener(next);
    },
  };
}
