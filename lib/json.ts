/** JSON helpers shared by backups and mentoring files (neither owns them). */

/** A place in a JSON document, as zod reports it. */
export type JsonPath = readonly PropertyKey[];

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * JSON with object keys sorted, so two records compare equal whatever order their fields were
 * written in (Dexie keeps insertion order; zod keeps the schema's). Undefined fields count as absent,
 * as they do in a backup file. A Blob stands for its size and type only: its bytes can only be read
 * asynchronously, so `sameBlobBytes` compares them (before planning, which is synchronous).
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner instanceof Blob
      ? { blobSize: inner.size, blobType: inner.type }
      : isPlainObject(inner)
        ? Object.fromEntries(
            Object.keys(inner)
              .sort()
              .map((key) => [key, inner[key]]),
          )
        : inner,
  );
}

/** A path as people read it: `tables.entries[11].occurredOn`. */
export function formatPath(path: JsonPath): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}
