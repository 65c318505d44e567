import Dexie, { type Transaction } from 'dexie';
import { newId } from './ids';

/*
 * Revisions had auto-incremented numbers for ids until database version 6. Numbers are only known
 * once IndexedDB has written the record, collide between computers, and cannot be bound into a
 * sealed record (lib/vault binds each record to its id). Since version 6 every revision has a random
 * string id, given before it is written.
 *
 * The store keeps its `++id` declaration: Dexie cannot change a table's primary key in place (it
 * refuses with "Not yet support for changing primary key"), and moving revisions to a new table name
 * would ripple through backups, sealing and sync. IndexedDB lets an auto-increment store take an
 * explicit key of any type, so string ids work in it unchanged.
 */

/**
 * Version 6's upgrade: every revision with a number for an id gets a random string id instead.
 * Straight through IndexedDB, because a sealed revision cannot be opened here (no keys before
 * unlock); its id is in the clear and, sealed before ids were bound, nothing inside depends on it.
 */
export function giveRevisionsStringIds(tx: Transaction): Promise<void> {
  return new Dexie.Promise<void>((resolve, reject) => {
    const store = tx.idbtrans.objectStore('revisions');
    // Numbers sort before strings in IndexedDB, so this range holds every old id and no new one.
    const request = store.openCursor(IDBKeyRange.upperBound(Number.POSITIVE_INFINITY));
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return resolve();
      store.put({ ...(cursor.value as object), id: newId() });
      cursor.delete();
      cursor.continue();
    };
    request.onerror = () => reject(request.error);
  });
}

/** Gives a revision written without an id a random string one, so none ever gets a number again. */
export function stringIdForNewRevision(primaryKey: unknown): string | undefined {
  return primaryKey === undefined ? newId() : undefined;
}
