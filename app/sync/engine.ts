import type { LanternDB } from '../../lib/db';

/*
 * The sync engine (lib/sync) as the interface uses it. It loads only when sync is set up or being
 * set up, so a journal that never syncs never downloads its code. Tests put a fake in its place.
 */

export interface SyncAccount {
  serverUrl: string;
  username: string;
  password: string;
}
export type SyncState = 'syncing' | 'synced' | 'offline' | 'error' | 'paused';
export interface SyncStatus {
  state: SyncState;
  lastSyncedAt?: number;
  pushed: number;
  pulled: number;
  progress?: { done: number; total: number };
  message?: string;
  /** Documents skipped (damaged, too large…), in plain words. */
  problems?: string[];
  /** News for this device in plain words (e.g. the sync passphrase was changed on another device). */
  notice?: string;
}
export interface SyncController {
  readonly status: SyncStatus;
  onStatus(listener: (status: SyncStatus) => void): () => void;
  syncNow(): Promise<void>;
  stop(): Promise<void>;
}
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
