import type { LanternDB } from '../db';
import { readConfig } from './config';
import { syncLockName } from './election';
import { startSync } from './runner';
import type { SyncState } from './status';

/** How a round with no Lantern window open ended. */
export type RoundOutcome = 'off' | 'locked' | 'busy' | SyncState;

export interface RoundOptions {
  /** A round that has not settled by then is stopped; the next alarm carries on from its checkpoints. */
  timeoutMs?: number;
  /** Called every few seconds while the round runs (a service worker calls an extension API to stay awake). */
  keepAlive?: () => void;
}

const KEEP_ALIVE_MS = 20_000;
const SETTLED_MS = 3_000;

/**
 * One round of sync while no Lantern window is open, for the background's alarm: it takes in what
 * other devices sent and sends what this one has not (an edit made just before the window closed).
 * It runs only where the sync keys are kept on the device without the journal's passphrase (as the
 * entries are); with a passphrase they are sealed under it and nothing runs until the journal is
 * unlocked in a window, so the background never holds a key. It stands aside when a window syncs.
 */
export async function syncRound(db: LanternDB, options: RoundOptions = {}): Promise<RoundOutcome> {
  const config = await readConfig(db);
  if (!config) return 'off';
  if (!config.secrets) return 'locked';
  if (await someoneSyncing(db)) return 'busy';
  const controller = await startSync(db);
  const alive = options.keepAlive ? setInterval(options.keepAlive, KEEP_ALIVE_MS) : undefined;
  try {
    return await new Promise<SyncState>((resolve) => {
      let quiet: ReturnType<typeof setTimeout> | undefined;
      const timer = setTimeout(() => finish(controller.status.state), options.timeoutMs ?? 4 * 60_000);
      const finish = (state: SyncState) => {
        clearTimeout(timer);
        clearTimeout(quiet);
        resolve(state);
      };
      // "Synced" can show for a moment before replication picks up what was just sealed into the
      // mirror: the round ends only once it has stayed so for a few seconds.
      const watch = (state: SyncState) => {
        clearTimeout(quiet);
        if (state !== 'syncing') quiet = setTimeout(() => finish(state), SETTLED_MS);
      };
      controller.onStatus((status) => watch(status.state));
      watch(controller.status.state);
    });
  } finally {
    clearInterval(alive);
    await controller.stop();
  }
}

/** A window (or an earlier round) holds or waits for this journal's sync lock. */
async function someoneSyncing(db: LanternDB): Promise<boolean> {
  const locks = globalThis.navigator?.locks;
  if (!locks) return false;
  const { held = [], pending = [] } = await locks.query();
  return [...held, ...pending].some((lock) => lock.name === syncLockName(db.name));
}
