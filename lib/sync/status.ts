export type SyncState = 'syncing' | 'synced' | 'offline' | 'error' | 'paused';

export interface SyncStatus {
  state: SyncState;
  /** Epoch ms of the last complete round. */
  lastSyncedAt?: number;
  /** Documents, since sync started on this page. */
  pushed: number;
  pulled: number;
  /** While a first (or large) pull runs. */
  progress?: { done: number; total: number };
  /** Plain words for offline, error or paused. */
  message?: string;
  /** News that needs no action here, e.g. the sync passphrase was changed on a device. */
  notice?: string;
  /** Documents skipped because they did not open or pass the checks, with why (latest last). */
  problems?: string[];
}

type Listener = (status: SyncStatus) => void;

/** The status and its listeners; every change is a new object, so a page can compare by identity. */
export class StatusBoard {
  private current: SyncStatus = { state: 'syncing', pushed: 0, pulled: 0 };
  private listeners = new Set<Listener>();

  get status(): SyncStatus {
    return this.current;
  }

  update(patch: Partial<SyncStatus>): void {
    const next = { ...this.current, ...patch };
    if (next.state !== 'syncing') delete next.progress;
    if (next.state === 'syncing' || next.state === 'synced') delete next.message;
    this.current = next;
    for (const listener of this.listeners) listener(next);
  }

  problem(message: string): void {
    if (this.current.problems?.includes(message)) return;
    const problems = [...(this.current.problems ?? []), message].slice(-20);
    this.update({ problems });
  }

  listen(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
