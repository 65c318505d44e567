import type { LanternDB } from '../../lib/db';

/*
 * The sync engine (lib/sync) as the interface uses it. It loads only when sync is set up or being
 * set up, so a journal that never syncs never downloads its code. Tests put a fake in its place.
 */

// The engine's own types (type-only: importing them loads nothing).
export type { SyncAccount, SyncController, SyncState, SyncStatus } from '../../lib/sync';

import type { SyncAccount, SyncController } from '../../lib/sync';

export interface SyncConfig {
  serverUrl: string;
  username: string;
}

export interface SyncEngine {
  SyncSetupError: abstract new (...args: never[]) => Error;
  loadSyncConfig(db: LanternDB): Promise<SyncConfig | undefined>;
  setUpSync(db: LanternDB, account: SyncAccount, passphrase: string): Promise<void>;
  startSync(db: LanternDB): Promise<SyncController>;
  turnOffSync(db: LanternDB): Promise<void>;
  changeSyncPassphrase(db: LanternDB, current: string, next: string): Promise<void>;
  deleteServerCopy(db: LanternDB): Promise<void>;
  WHAT_LEAVES: { leaves: string[]; never: string[] };
}

let replacement: SyncEngine | null = null;

/** For tests: the engine every later `loadSyncEngine()` returns (null for the real one). */
export function replaceSyncEngine(engine: SyncEngine | null): void {
  replacement = engine;
}

export async function loadSyncEngine(): Promise<SyncEngine> {
  return replacement ?? (await import('../../lib/sync'));
}
