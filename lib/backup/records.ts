import { canonicalJson } from '../json';

/** Records as the import sees them: plain objects, whatever table they come from. */
export type StoredRecord = Record<string, unknown>;
export type RecordKey = string | number;

export function sameRecord(a: StoredRecord, b: StoredRecord): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/** Whether a record holds a Blob (an attachment's file) in one of its fields. */
export function holdsBlob(record: StoredRecord): boolean {
  return Object.values(record).some((value) => value instanceof Blob);
}

/**
 * Whether each Blob in `a` holds the same bytes as the Blob in the same field of `b`. Fields are
 * compared one at a time, so no more than two files are in memory at once.
 */
export async function sameBlobBytes(a: StoredRecord, b: StoredRecord): Promise<boolean> {
  const fields = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const field of fields) {
    const mine = a[field];
    const theirs = b[field];
    if (!(mine instanceof Blob) && !(theirs instanceof Blob)) continue;
    if (!(mine instanceof Blob && theirs instanceof Blob) || mine.size !== theirs.size) return false;
    const [x, y] = await Promise.all([mine.arrayBuffer(), theirs.arrayBuffer()]);
    if (!sameBytes(new Uint8Array(x), new Uint8Array(y))) return false;
  }
  return true;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

export function keyOf(record: StoredRecord, keyField: string): RecordKey | undefined {
  const key = record[keyField];
  return typeof key === 'string' || typeof key === 'number' ? key : undefined;
}

export function withoutKey(record: StoredRecord, keyField: string): StoredRecord {
  const { [keyField]: _key, ...rest } = record;
  return rest;
}

/** What a record holds apart from its key: equal for the same revision saved on two computers. */
export function contentSignature(record: StoredRecord, keyField: string): string {
  return canonicalJson(withoutKey(record, keyField));
}

export function indexByKey(records: StoredRecord[], keyField: string): Map<RecordKey, StoredRecord> {
  const index = new Map<RecordKey, StoredRecord>();
  for (const record of records) {
    const key = keyOf(record, keyField);
    if (key !== undefined) index.set(key, record);
  }
  return index;
}
