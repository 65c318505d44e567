import Dexie, { type ObservabilitySet } from 'dexie';
import { base64ToBytes } from '../crypto/base64';
import type { LanternDB } from '../db';
import { JournalLockedError } from '../vault/errors';
import { BATCH_RECORDS, yieldToPage } from './batches';
import { changedRecords, recordsOf } from './changes';
import { openSecrets, readConfig } from './config';
import { type Election, electOne } from './election';
import { SyncNotSetUpError } from './errors';
import { pullChanges } from './incoming';
import { deriveSyncKeys, KEY_DOC_ID, KeyDocument, type SyncKeys } from './keys';
import { pushRecords, type RecordRef } from './outgoing';
import { openMirror, openServer, type Pouch } from './pouch';
import { pausedBy, replicate } from './replication';
import { LAST_SYNCED_KEY, type SyncConfig } from './schema';
import { StatusBoard, type SyncStatus } from './status';
import { SYNCED_TABLES, type SyncedTable } from './tables';
import {
  describeFault,
  LOCKED_MESSAGE,
  NEW_KEY_MESSAGE,
  OTHER_WINDOW_MESSAGE,
  PASSPHRASE_CHANGED_MESSAGE,
} from './words';

export interface SyncController {
  readonly status: SyncStatus;
  onStatus(listener: (status: SyncStatus) => void): () => void;
  syncNow(): Promise<void>;
  stop(): Promise<void>;
}

const PUSH_DELAY_MS = 250;
const refKey = (ref: RecordRef) => JSON.stringify([ref.table, ref.key]);
const running = new Map<LanternDB, Runner>();

/** The name of this journal's mirror database on this device. */
export function mirrorName(db: LanternDB): string {
  return `${db.name}-sync`;
}

/** Starts live sync from the stored set-up (call when sync is configured and the journal is open). */
export async function startSync(db: LanternDB): Promise<SyncController> {
  const config = await readConfig(db);
  if (!config) throw new SyncNotSetUpError();
  const secrets = openSecrets(db, config);
  const keys = await deriveSyncKeys(base64ToBytes(secrets.dataKey));
  await running.get(db)?.stop();
  const runner = new Runner(db, config, openServer({ ...config, password: secrets.password }), keys);
  running.set(db, runner);
  runner.begin();
  return runner;
}

/** Stops this journal's sync in this page, if it runs. */
export async function stopRunning(db: LanternDB): Promise<void> {
  await running.get(db)?.stop();
}

class Runner implements SyncController {
  private readonly board = new StatusBoard();
  private readonly mirror: Pouch;
  private replication: ReturnType<typeof replicate> | undefined;
  private readonly pending = new Map<string, RecordRef>();
  /** Records whose next change notice is sync's own write coming back (see pullChanges' onApplying). */
  private readonly echoes = new Set<string>();
  private serial: Promise<void> = Promise.resolve();
  private pushTimer: ReturnType<typeof setTimeout> | undefined;
  private election: Election | undefined;
  private stopped = false;
  private firstSync = false;
  /** Replication last said it was up to date (paused without an error). */
  private idle = false;
  /** Documents of the mirror looked at since this page started syncing (for a first sync's progress). */
  private seen = 0;
  private pausedWaiters: (() => void)[] = [];
  private readonly onMutated = (parts: ObservabilitySet) => this.noteChanges(parts);

  constructor(
    private readonly db: LanternDB,
    private readonly config: SyncConfig,
    private readonly remote: Pouch,
    private readonly keys: SyncKeys,
  ) {
    this.mirror = openMirror(mirrorName(db));
  }

  get status(): SyncStatus {
    return this.board.status;
  }

  onStatus(listener: (status: SyncStatus) => void): () => void {
    return this.board.listen(listener);
  }

  /** One replication per browser: a second window waits its turn and takes over (see electOne). */
  begin(): void {
    this.election = electOne(this.db.name, {
      run: () => void this.run(),
      onWaiting: () => this.board.update({ state: 'paused', message: OTHER_WINDOW_MESSAGE }),
      stopped: () => this.stopped,
    });
  }

  private async run(): Promise<void> {
    if (this.stopped) return;
    this.board.update({ state: 'syncing' });
    Dexie.on('storagemutated', this.onMutated);
    this.firstSync = !(await this.db.syncMeta.get(LAST_SYNCED_KEY));
    const lastSyncedAt = (await this.db.syncMeta.get(LAST_SYNCED_KEY))?.value;
    if (typeof lastSyncedAt === 'number') this.board.update({ lastSyncedAt });
    if (this.firstSync) {
      const total = await this.remote.info().then(
        (info) => info.doc_count,
        () => undefined,
      );
      if (total) this.board.update({ progress: { done: 0, total } });
    }
    this.enqueue(() => this.pullThenPush());
    this.enqueue(async () => this.queue(await recordsOf(this.db, SYNCED_TABLES)));
    this.startReplication();
  }

  private startReplication(): void {
    if (this.stopped) return;
    this.replication = replicate(this.mirror, this.remote, {
      onWritten: (direction, count) => {
        if (direction === 'pull') {
          this.board.update({ pulled: this.board.status.pulled + count });
          this.enqueue(() => this.pullThenPush());
        } else this.board.update({ pushed: this.board.status.pushed + count });
      },
      onActive: () => {
        this.idle = false;
        if (this.board.status.state !== 'syncing') this.board.update({ state: 'syncing' });
      },
      onPaused: (error) => void this.onPaused(error),
      onDenied: (error) => this.board.problem(describeFault(error)),
      onError: (error) => this.board.update({ state: 'error', message: describeFault(error) }),
    });
  }

  private async onPaused(error: unknown): Promise<void> {
    if (this.stopped) return;
    if (error) {
      this.idle = false;
      const status = await pausedBy(this.config.serverUrl, error);
      if (!this.stopped) this.board.update(status);
      return;
    }
    this.idle = true;
    this.settle();
  }

  /** Synced: replication is idle and every change made here has been sealed into the mirror. */
  private settle(): void {
    this.enqueue(async () => {
      if (!this.idle || this.pending.size > 0 || this.stopped) return;
      // Replication idle and nothing left to take in or send: caught up, whatever the count says (a
      // first sync resumed after an interruption counts only what this page took in).
      const progress = this.board.status.progress;
      if (this.firstSync && progress) this.board.update({ progress: { done: progress.total, total: progress.total } });
      const now = Date.now();
      await this.db.syncMeta.put({ key: LAST_SYNCED_KEY, value: now });
      this.firstSync = false;
      this.board.update({ state: 'synced', lastSyncedAt: now });
      for (const waiter of this.pausedWaiters.splice(0)) waiter();
      void this.checkKeyDocument();
    });
  }

  /** The key document changed on the server: another device changed the passphrase, or set up anew. */
  private async checkKeyDocument(): Promise<void> {
    const doc = await this.mirror.get(KEY_DOC_ID).catch(() => undefined);
    const parsed = KeyDocument.safeParse(doc);
    if (!parsed.success) return;
    if (parsed.data.keyId !== this.config.keyId) {
      this.board.update({ state: 'error', message: NEW_KEY_MESSAGE });
      return;
    }
    // A passphrase change re-wraps the same key: this device carries on, and is told.
    if (parsed.data.changedAt > this.config.setUpAt + 1_000 && !this.board.status.notice)
      this.board.update({ notice: PASSPHRASE_CHANGED_MESSAGE });
  }

  private noteChanges(parts: ObservabilitySet): void {
    const { refs, wholeTables } = changedRecords(this.db, parts);
    // A record just written as the server has it needs no sending (nor reading and hashing again).
    this.queue(refs.filter((ref) => !this.echoes.delete(refKey(ref))));
    if (wholeTables.length > 0)
      this.enqueue(async () => this.queue(await recordsOf(this.db, wholeTables as SyncedTable[])));
  }

  private queue(refs: readonly RecordRef[]): void {
    if (refs.length === 0 || this.stopped) return;
    for (const ref of refs) this.pending.set(refKey(ref), ref);
    clearTimeout(this.pushTimer);
    this.pushTimer = setTimeout(() => this.enqueue(() => this.flush()), PUSH_DELAY_MS);
  }

  private async flush(): Promise<void> {
    const refs = [...this.pending.values()];
    this.pending.clear();
    const retry: RecordRef[] = [];
    for (let start = 0; start < refs.length && !this.stopped; start += BATCH_RECORDS) {
      if (start > 0) await yieldToPage();
      retry.push(
        ...(await pushRecords(this.db, this.mirror, this.keys, refs.slice(start, start + BATCH_RECORDS), {
          onProblem: (message) => this.board.problem(message),
        })),
      );
    }
    // Refused because the server's copy moved on: take that in first, then send again.
    if (retry.length > 0) this.enqueue(() => this.pullThenPush(retry));
    else if (this.pending.size === 0) this.settle();
  }

  private async pullThenPush(also: RecordRef[] = []): Promise<void> {
    const toSend = await pullChanges({
      db: this.db,
      mirror: this.mirror,
      keys: this.keys,
      onProblem: (message) => this.board.problem(message),
      onKeyDocument: () => void this.checkKeyDocument(),
      onApplying: (refs) => {
        for (const ref of refs) this.echoes.add(refKey(ref));
      },
      onProgress: (count) => {
        this.seen += count;
        const progress = this.board.status.progress;
        if (this.firstSync && progress)
          this.board.update({ progress: { done: Math.min(this.seen, progress.total), total: progress.total } });
      },
    });
    this.queue([...toSend, ...also]);
  }

  private enqueue(task: () => Promise<void>): void {
    this.serial = this.serial.then(async () => {
      if (this.stopped) return;
      try {
        await task();
      } catch (error) {
        // A step that failed may have noted echoes its transaction never wrote.
        this.echoes.clear();
        if (error instanceof JournalLockedError) {
          this.board.update({ state: 'paused', message: LOCKED_MESSAGE });
          void this.stop();
        } else this.board.update({ state: 'error', message: describeFault(error) });
      }
    });
  }

  async syncNow(): Promise<void> {
    if (this.stopped) return;
    this.enqueue(() => this.pullThenPush());
    this.enqueue(async () => this.queue(await recordsOf(this.db, SYNCED_TABLES)));
    const paused = new Promise<void>((resolve) => {
      this.pausedWaiters.push(resolve);
      setTimeout(resolve, 30_000);
    });
    // A fresh replication forgets any back-off: "Sync Now" tries the server at once.
    this.replication?.cancel();
    this.startReplication();
    await paused;
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    running.delete(this.db);
    clearTimeout(this.pushTimer);
    Dexie.on.storagemutated.unsubscribe(this.onMutated);
    this.replication?.cancel();
    for (const waiter of this.pausedWaiters.splice(0)) waiter();
    await this.serial;
    await this.mirror.close().catch(() => undefined);
    this.election?.release();
    if (this.board.status.state !== 'paused') this.board.update({ state: 'paused', message: 'Sync is stopped.' });
  }
}
