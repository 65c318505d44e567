import { type Pouch, PouchDB } from './pouch';
import { request } from './server';
import type { SyncStatus } from './status';
import { describeFault, OFFLINE_MESSAGE } from './words';

type Emitter = { on(event: string, listener: (error: unknown) => void): unknown };

export interface ReplicationEvents {
  /** Documents written into the mirror (`pull`) or to the server (`push`). */
  onWritten(direction: 'pull' | 'push', count: number): void;
  onActive(): void;
  /** Up to date when `error` is undefined; otherwise held up by it (see pausedBy). */
  onPaused(error: unknown): void;
  /** The server refused one document. */
  onDenied(error: unknown): void;
  onError(error: unknown): void;
}

/** Live replication both ways between this device's mirror and the server, retrying with back-off up to 30 s. */
export function replicate(mirror: Pouch, remote: Pouch, events: ReplicationEvents): PouchDB.Replication.Sync<object> {
  const replication = PouchDB.sync(mirror, remote, {
    live: true,
    retry: true,
    batch_size: 100,
    back_off_function: (delay: number) => (delay === 0 ? 1000 : Math.min(delay * 2, 30_000)),
  } as PouchDB.Replication.SyncOptions);
  replication
    .on('change', (info) => events.onWritten(info.direction, info.change.docs_written))
    .on('active', () => events.onActive())
    .on('paused', (error) => events.onPaused(error))
    .on('denied', (error) => events.onDenied(error))
    .on('error', (error) => events.onError(error));
  // A sync's own "paused" drops the error that paused it: each direction still reports it.
  const { push, pull } = replication as unknown as Record<'push' | 'pull', Emitter>;
  for (const direction of [push, pull]) direction.on('requestError', (error) => events.onPaused(error));
  return replication;
}

/**
 * PouchDB says "paused" both when up to date and when the server went away: for a pause with an
 * error, whether the server can be reached tells Offline from a Sync error.
 */
export async function pausedBy(serverUrl: string, error: unknown): Promise<Pick<SyncStatus, 'state' | 'message'>> {
  try {
    await request(serverUrl, {});
    return { state: 'error', message: describeFault(error) };
  } catch {
    return { state: 'offline', message: OFFLINE_MESSAGE };
  }
}
