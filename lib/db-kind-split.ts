import Dexie, { type Transaction } from 'dexie';

/**
 * Version 9's upgrade: compliments and complaints become two kinds. Each entry of the old joint kind
 * whose words say which it is gets that kind; the rest (and every sealed one, unreadable before
 * unlocking) keep the old kind for the doctor to sort. Straight through IndexedDB, like version 8's
 * upgrade, as the vault's middleware holds no key yet; `kind` is stored in the clear, so nothing sealed
 * is touched. Revisions keep the kind they were saved with: they are history.
 */
export function splitComplimentsAndComplaints(tx: Transaction): Promise<void> {
  return new Dexie.Promise<void>((resolve, reject) => {
    const store = tx.idbtrans.objectStore('entries');
    const request = store.index('kind').openCursor(IDBKeyRange.only(UNSORTED_KIND));
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return resolve();
      const record = cursor.value as Record<string, unknown>;
      const kind = sortedKind(record);
      if (kind !== undefined) cursor.update({ ...record, kind });
      cursor.continue();
    };
    request.onerror = () => reject(request.error);
  });
}

/**
 * Compliments and complaints were one kind until database version 9. An entry of that kind is sorted
 * into one of the two when its own words say which it is (and only then); one that does not say, or
 * that is sealed and cannot be read without the passphrase, keeps the old kind, shown as not yet
 * sorted, for the doctor to choose.
 */
export const UNSORTED_KIND = 'compliment-complaint';

const COMPLAINT = /\bcomplain/i;
const COMPLIMENT = /\b(compliment|thank|praise|grateful|gratitude|appreciat)/i;

function textOf(record: Record<string, unknown>): string | undefined {
  if (typeof record.title !== 'string') return undefined;
  const points = Array.isArray(record.learningPoints) ? record.learningPoints : [];
  const body = typeof record.body === 'string' ? record.body : '';
  return [record.title, ...points.filter((point) => typeof point === 'string'), body].join('\n');
}

/** The kind an unsorted entry's own words give it, or undefined when they do not say (or cannot be read). */
export function sortedKind(record: Record<string, unknown>): 'compliment' | 'complaint' | undefined {
  if (record.kind !== UNSORTED_KIND) return undefined;
  const text = textOf(record);
  if (text === undefined) return undefined;
  const complaint = COMPLAINT.test(text);
  const compliment = COMPLIMENT.test(text);
  if (complaint === compliment) return undefined;
  return complaint ? 'complaint' : 'compliment';
}

/** The record with its kind sorted where its words say; the same object when nothing changes. */
export function withSortedKind<T extends Record<string, unknown>>(record: T): T {
  const kind = sortedKind(record);
  return kind === undefined ? record : { ...record, kind };
}
