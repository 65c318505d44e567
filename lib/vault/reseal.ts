import type { LanternDB } from '../db';
import { readRecordBlobs } from './blob-bytes';
import type { Keyring } from './keyring';
import { isBound, isSealed, openRecord, SEALED_TABLES, sealedWith, sealRecord, sealsRecord } from './records';
import type { Progress } from './vault';

/** Records re-sealed per transaction; attachments (up to 20 MB each) go a few at a time. */
const BATCH = 200;
const FILE_BATCH = 5;

/**
 * Brings every record to the keyring's write key (or into the clear, when the passphrase is being
 * removed). Each batch is read and rewritten in one transaction, so an edit made meanwhile is never
 * overwritten by an older copy; records already in the wanted form are left alone, so running it
 * again after an interruption carries on where it stopped. Returns false if the journal was locked
 * meanwhile (whoever unlocks next carries on).
 */
export async function resealAll(db: LanternDB, onProgress?: Progress): Promise<boolean> {
  // The settings go first: a handful of records, among them the person's details (SEALED_SETTINGS).
  const tables = ['settings', ...SEALED_TABLES];
  const counts = await Promise.all(tables.map((name) => db.table(name).count()));
  const total = counts.reduce((sum, count) => sum + count, 0);
  let done = 0;
  const advance = (count: number) => {
    done += count;
    onProgress?.(done, total);
  };
  onProgress?.(0, total);
  for (const name of tables) {
    const finished = name === 'attachments' ? await resealFiles(db, advance) : await resealStore(db, name, advance);
    if (!finished) return false;
  }
  return true;
}

/** Whether a stored record is already as the keyring would write it: sealed with the write key and bound. */
function inWantedForm(name: string, stored: unknown, keyring: Keyring): boolean {
  if (!sealsRecord(name, stored)) return true;
  return keyring.writeKeyId === null ? !isSealed(stored) : sealedWith(stored) === keyring.writeKeyId && isBound(stored);
}

/**
 * One store, straight through IndexedDB: the records keep their meaning, so going round Dexie spares
 * every live query on the page from re-running after each batch (at 50,000 entries that was most of
 * the time it took). Sealing is synchronous, so it runs inside the batch's transaction.
 */
async function resealStore(db: LanternDB, name: string, advance: (count: number) => void): Promise<boolean> {
  const { keyring } = db;
  const idb = db.backendDB();
  let after: IDBValidKey | undefined;
  for (;;) {
    if (!keyring.unlocked) return false;
    const from = after;
    const batch = await new Promise<{ count: number; last?: IDBValidKey }>((resolve, reject) => {
      const tx = idb.transaction(name, 'readwrite');
      const store = tx.objectStore(name);
      const range = from === undefined ? null : IDBKeyRange.lowerBound(from, true);
      // One read of keys and one of records (not a cursor step per record), then the writes queued.
      const keys = store.getAllKeys(range, BATCH);
      const values = store.getAll(range, BATCH);
      values.onsuccess = () => {
        try {
          for (const stored of values.result as unknown[]) {
            if (inWantedForm(name, stored, keyring)) continue;
            const record = openRecord(name, stored, keyring) as Record<string, unknown>;
            store.put(keyring.writeKeyId === null ? record : sealRecord(name, record, keyring));
          }
        } catch (error) {
          tx.abort();
          reject(error);
        }
      };
      tx.oncomplete = () => resolve({ count: keys.result.length, last: keys.result.at(-1) });
      tx.onabort = () => reject(tx.error ?? new Error(`Re-encrypting ${name} was interrupted`));
    });
    if (batch.count === 0) return true;
    after = batch.last;
    advance(batch.count);
  }
}

/**
 * Attachments through Dexie: a file's bytes can only be read outside a transaction. Files never
 * change once added, so the copies read first are written back, unless deleted meanwhile.
 */
async function resealFiles(db: LanternDB, advance: (count: number) => void): Promise<boolean> {
  const table = db.attachments;
  const keys = await table.toCollection().primaryKeys();
  for (let start = 0; start < keys.length; start += FILE_BATCH) {
    if (!db.keyring.unlocked) return false;
    const batch = keys.slice(start, start + FILE_BATCH);
    const copies = (await table.bulkGet(batch)).filter((copy) => copy !== undefined);
    for (const copy of copies) await readRecordBlobs(copy);
    await db.transaction('rw', table, async () => {
      const present = new Set((await table.bulkGet(batch)).flatMap((record) => (record ? [record.id] : [])));
      await table.bulkPut(copies.filter((copy) => present.has(copy.id)));
    });
    advance(batch.length);
  }
  return true;
}
