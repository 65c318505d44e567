import { formatBytes } from '../attachments/schema';
import type { LanternDB } from '../db';
import { BATCH_BYTES, fileBytes, inRuns, mapInTurns, yieldToPage } from './batches';
import type { SyncKeys } from './keys';
import { readLocalMany } from './local';
import type { Pouch } from './pouch';
import type { SyncDocRecord } from './schema';
import { docIdFor, fingerprint, type PlainRecord, type RecordKey, sealDoc } from './seal';
import type { SyncTable } from './tables';

export interface RecordRef {
  table: SyncTable;
  key: RecordKey;
}

/**
 * Hosted CouchDB services often refuse requests near 10 MB, and a file travels as base64 (a third
 * larger): a file over this stays on this device, with a message, and everything else syncs.
 */
export const MAX_SYNC_FILE_BYTES = 7 * 1024 * 1024;

function tooLargeMessage(record: Record<string, unknown>, file: Blob, maxFileBytes: number): string {
  const name = typeof record.name === 'string' ? `“${record.name}”` : 'A file';
  return `${name} (${formatBytes(file.size)}) is larger than sync carries (${formatBytes(maxFileBytes)}), so it stays on this device; everything else syncs.`;
}

interface Pending {
  ref: RecordRef;
  state?: SyncDocRecord;
  id: string;
  hash?: string;
  doc: { _id: string; _rev?: string; _deleted?: boolean };
}

interface Item {
  ref: RecordRef;
  id: string;
  state?: SyncDocRecord;
  record?: PlainRecord;
}

export interface PushOptions {
  /** A plain-words problem with one record (it was not sent). */
  onProblem?: (message: string) => void;
  /** For tests: a smaller limit than MAX_SYNC_FILE_BYTES. */
  maxFileBytes?: number;
  /** For tests: smaller steps than BATCH_BYTES of files. */
  batchBytes?: number;
}

/**
 * Seals what changed on this device into the mirror (replication takes it to the server). A record
 * whose fingerprint matches the last one synced is not sent again, so a change that came from the
 * server is never echoed back. Each write names the document revision this device last saw: when
 * the server's copy moved on meanwhile the write is refused, and the record is returned to be tried
 * again after that copy has been taken in. Files are read and sealed about BATCH_BYTES at a time,
 * the page getting a turn between. Returns the records still to send.
 */
export async function pushRecords(
  db: LanternDB,
  mirror: Pouch,
  keys: SyncKeys,
  refs: readonly RecordRef[],
  options: PushOptions = {},
): Promise<RecordRef[]> {
  const ids = await Promise.all(refs.map((ref) => docIdFor(keys, ref.table, ref.key)));
  const [states, records] = await Promise.all([db.syncDocs.bulkGet(ids), readLocalMany(db, refs)]);
  const items = refs.map(
    (ref, index): Item => ({
      ref,
      id: ids[index] as string,
      state: states[index],
      record: records[index],
    }),
  );
  const retry: RecordRef[] = [];
  const runs = inRuns(items, (item) => fileBytes(item.record), options.batchBytes ?? BATCH_BYTES);
  for (const [index, run] of runs.entries()) {
    if (index > 0) await yieldToPage();
    retry.push(...(await pushRun(db, mirror, keys, run, options)));
  }
  return retry;
}

async function pushRun(
  db: LanternDB,
  mirror: Pouch,
  keys: SyncKeys,
  items: Item[],
  { onProblem = () => {}, maxFileBytes = MAX_SYNC_FILE_BYTES }: PushOptions,
): Promise<RecordRef[]> {
  const prepared = await mapInTurns(items, async ({ ref, id, state, record }): Promise<Pending | undefined> => {
    if (!record) return state ? { ref, state, id, doc: { _id: id, _rev: state.rev, _deleted: true } } : undefined;
    const tooLarge = Object.values(record).find((value) => value instanceof Blob && value.size > maxFileBytes);
    if (tooLarge) {
      onProblem(tooLargeMessage(record, tooLarge as Blob, maxFileBytes));
      return undefined;
    }
    const hash = await fingerprint(keys, record);
    if (state?.hash === hash) return undefined;
    const doc = await sealDoc(keys, id, { table: ref.table, key: ref.key, record });
    if (state?.rev) doc._rev = state.rev;
    return { ref, state, id, hash, doc };
  });
  const pending = prepared.filter((item) => item !== undefined);
  if (pending.length === 0) return [];
  const results = await mirror.bulkDocs(pending.map((item) => item.doc) as PouchDB.Core.PutDocument<object>[]);
  const retry: RecordRef[] = [];
  await db.transaction('rw', db.syncDocs, async () => {
    for (const [index, item] of pending.entries()) {
      const result = results[index] as PouchDB.Core.Response | PouchDB.Core.Error | undefined;
      if (!result || !('ok' in result) || !result.ok) {
        retry.push(item.ref);
        continue;
      }
      if (item.hash === undefined) await db.syncDocs.delete(item.id);
      else
        await db.syncDocs.put({
          id: item.id,
          table: item.ref.table,
          key: item.ref.key,
          hash: item.hash,
          rev: result.rev,
        });
    }
  });
  return retry;
}
