/** Records as the import sees them: plain objects, whatever table they come from. */
export type StoredRecord = Record<string, unknown>;
export type RecordKey = string | number;

function isPlainObject(value: unknown): value is StoredRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * JSON with object keys sorted, so two records compare equal whatever order their fields were
 * written in (Dexie keeps insertion order; zod keeps the schema's). Undefined fields count as absent,
 * as they do in a backup file.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    isPlainObject(inner)
      ? Object.fromEntries(
          Object.keys(inner)
            .sort()
            .map((key) => [key, inner[key]]),
        )
      : inner,
  );
}

export function sameRecord(a: StoredRecord, b: StoredRecord): boolean {
  return canonicalJson(a) === canonicalJson(b);
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
