/** The lock held by whichever window (or background round) syncs this journal. */
export const syncLockName = (journal: string) => `lantern-sync:${journal}`;

/** This page's part in the election of the one window that syncs a journal. */
export interface Election {
  /** Lets the lock go (or stops waiting for it), so another window can take over. */
  release(): void;
}

/**
 * One replication per browser: `run` is called once this page holds the journal's lock
 * (navigator.locks), which it keeps until released. While another window holds it, `onWaiting` is
 * called and this page waits its turn, taking over when that window lets go, unless `stopped()` by then.
 * Where the browser has no locks, `run` is called at once.
 */
export function electOne(journal: string, handlers: { run(): void; onWaiting(): void; stopped(): boolean }): Election {
  const locks = globalThis.navigator?.locks;
  let release: (() => void) | undefined;
  if (!locks) {
    handlers.run();
    return { release: () => undefined };
  }
  const name = syncLockName(journal);
  const hold = () =>
    new Promise<void>((resolve) => {
      release = resolve;
      handlers.run();
    });
  void locks.request(name, { ifAvailable: true }, (lock) => {
    if (lock) return hold();
    handlers.onWaiting();
    void locks.request(name, () => (handlers.stopped() ? undefined : hold()));
    return undefined;
  });
  return { release: () => release?.() };
}
