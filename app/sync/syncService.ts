import { getDb } from '../../lib/db';
import type { Store } from '../workbench/store';
import type { Workbench } from '../workbench/workbench';
import { loadSyncEngine, type SyncAccount, type SyncController } from './engine';
import {
  currentNarrowing,
  isSettingUp,
  narrowConnections,
  originOf,
  SET_UP_QUERY,
  SYNC_ORIGIN_KEY,
  saveSyncOrigin,
} from './policy';
import { type SyncView, syncConfigured, syncViewOf } from './syncView';

const PAUSED_LOCKED = 'Sync is paused while the journal is locked. It carries on when you unlock.';
const RELOAD = 'Sync was set up after this window opened. Reload this window (or close it) to sync here.';

/**
 * Sync as the page runs it: reads this device's set-up, starts live sync while the journal is open
 * and stops it when it locks, and carries out the sync commands. One per workbench, loaded only
 * when sync is set up or being set up; what it knows shows through the workbench's SyncView.
 */
export class SyncService {
  readonly store: Store<SyncView>;
  readonly #wb: Workbench;
  #controller: SyncController | null = null;
  #stopListening: (() => void) | null = null;
  /** Starting, stopping and set-up run one at a time, in the order asked. */
  #queue: Promise<unknown> = Promise.resolve();

  constructor(wb: Workbench) {
    this.#wb = wb;
    this.store = syncViewOf(wb);
  }

  get configured(): boolean {
    return syncConfigured(this.#wb);
  }

  #serial<T>(job: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(job, job);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** Follows the lock (sync runs only while the journal is open) and other windows turning sync on or off. */
  watch(): () => void {
    let locked = this.#wb.state.lock.locked;
    if (!locked) void this.resume();
    else if (this.configured)
      this.store.set({ status: { state: 'paused', pushed: 0, pulled: 0, message: PAUSED_LOCKED } });
    const stopLock = this.#wb.store.subscribe(() => {
      const now = this.#wb.state.lock.locked;
      if (now === locked) return;
      locked = now;
      if (now) void this.pause();
      else void this.resume();
    });
    const onStorage = (event: StorageEvent) => {
      if (event.key !== SYNC_ORIGIN_KEY) return;
      if (event.newValue) {
        this.store.set({ config: undefined });
        if (!this.#wb.state.lock.locked) void this.resume();
      } else void this.#serial(() => this.#forget());
    };
    window.addEventListener('storage', onStorage);
    return () => {
      stopLock();
      window.removeEventListener('storage', onStorage);
    };
  }

  /** Reads this device's set-up and starts live sync when there is one (the journal must be open). */
  resume(): Promise<void> {
    return this.#serial(async () => {
      if (this.store.get().config === null || this.#controller) return;
      const engine = await loadSyncEngine();
      const config = await engine.loadSyncConfig(getDb());
      if (!config) {
        // The page's note of the server outlived the set-up (it was turned off elsewhere).
        saveSyncOrigin(null);
        this.store.set({ config: null, status: null });
        return;
      }
      this.store.set({ config });
      const narrowed = currentNarrowing();
      if (narrowed !== null && narrowed !== originOf(config.serverUrl)) {
        this.store.set({ status: { state: 'paused', pushed: 0, pulled: 0, message: RELOAD } });
        return;
      }
      await this.#start();
    });
  }

  async #start(): Promise<void> {
    const engine = await loadSyncEngine();
    this.store.set({ status: { state: 'syncing', pushed: 0, pulled: 0 } });
    try {
      const controller = await engine.startSync(getDb());
      this.#controller = controller;
      this.#stopListening = controller.onStatus((status) => {
        // Told once, as a notice, when it first arrives (the status page keeps showing it).
        if (status.notice && status.notice !== this.store.get().status?.notice) this.#wb.notify(status.notice);
        this.store.set({ status });
      });
      this.store.set({ status: controller.status });
    } catch (error) {
      this.store.set({ status: { state: 'error', pushed: 0, pulled: 0, message: messageOf(error) } });
    }
  }

  async #stop(): Promise<void> {
    const controller = this.#controller;
    this.#stopListening?.();
    this.#stopListening = null;
    this.#controller = null;
    await controller?.stop();
  }

  async #forget(): Promise<void> {
    await this.#stop();
    this.store.set({ config: null, status: null });
  }

  /** The journal locked: sync stops, and says so. */
  pause(): Promise<void> {
    return this.#serial(async () => {
      await this.#stop();
      if (this.configured)
        this.store.set((view) => ({
          status: {
            state: 'paused',
            pushed: view.status?.pushed ?? 0,
            pulled: view.status?.pulled ?? 0,
            message: PAUSED_LOCKED,
          },
        }));
    });
  }

  /**
   * Checks the account and passphrase against the server and stores this device's set-up (the
   * engine throws SyncSetupError, storing nothing, when it cannot); then narrows this page's
   * connections to that one server and starts syncing.
   */
  setUp(account: SyncAccount, passphrase: string): Promise<void> {
    return this.#serial(async () => {
      const origin = originOf(account.serverUrl);
      if (!origin) throw new Error('The server address must start with https:// (or http:// for this computer).');
      const engine = await loadSyncEngine();
      await engine.setUpSync(getDb(), account, passphrase);
      saveSyncOrigin(origin);
      narrowConnections(origin);
      if (isSettingUp()) {
        const url = new URL(location.href);
        url.searchParams.delete(SET_UP_QUERY);
        history.replaceState(history.state, '', url);
      }
      // The engine may have resolved the address (a server root and username lead to the user's database).
      const config = await engine.loadSyncConfig(getDb());
      this.store.set({ config: config ?? { serverUrl: account.serverUrl, username: account.username } });
      await this.#start();
    });
  }

  async syncNow(): Promise<void> {
    if (this.#controller && this.#controller.status.state !== 'paused') return this.#controller.syncNow();
    // Not running, or stopped by itself (the journal locked under it): start afresh.
    await this.#serial(() => this.#stop());
    await this.resume();
  }

  /** Stops syncing and forgets this device's set-up; nothing is deleted here or on the server. */
  turnOff(): Promise<void> {
    return this.#serial(async () => {
      await this.#stop();
      const engine = await loadSyncEngine();
      await engine.turnOffSync(getDb());
      this.#closeConnections();
      this.store.set({ config: null, status: null });
    });
  }

  /** Deletes this journal's copy on the server (this device keeps everything) and turns sync off. */
  deleteServerCopy(): Promise<void> {
    return this.#serial(async () => {
      await this.#stop();
      const engine = await loadSyncEngine();
      try {
        await engine.deleteServerCopy(getDb());
      } catch (error) {
        // Nothing was deleted: sync carries on as it was.
        await this.#start();
        throw error;
      }
      this.#closeConnections();
      this.store.set({ config: null, status: null });
    });
  }

  async changePassphrase(current: string, next: string): Promise<void> {
    const engine = await loadSyncEngine();
    await engine.changeSyncPassphrase(getDb(), current, next);
  }

  #closeConnections(): void {
    saveSyncOrigin(null);
    narrowConnections('none');
  }
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const services = new WeakMap<Workbench, SyncService>();

/** The sync service of this page's workbench. */
export function syncOf(wb: Workbench): SyncService {
  let service = services.get(wb);
  if (!service) {
    service = new SyncService(wb);
    services.set(wb, service);
  }
  return service;
}
