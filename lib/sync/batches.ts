import type { PlainRecord } from './seal';

/** Records taken in, or sent, per step: large enough for speed, small enough never to block writing. */
export const BATCH_RECORDS = 200;
/** Bytes of files held at once while taking in or sending records: files of several MB travel a few at a time. */
export const BATCH_BYTES = 8 * 1024 * 1024;

/**
 * Splits items, in order, into runs of at most `maxBytes` (by `sizeOf`) and `maxCount` items; an
 * item larger than `maxBytes` on its own makes a run of one.
 */
export function inRuns<T>(items: readonly T[], sizeOf: (item: T) => number, maxBytes: number, maxCount = Infinity) {
  const runs: T[][] = [];
  let run: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = sizeOf(item);
    if (run.length > 0 && (bytes + size > maxBytes || run.length >= maxCount)) {
      runs.push(run);
      run = [];
      bytes = 0;
    }
    run.push(item);
    bytes += size;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** The bytes of a record's files (its Blob fields). */
export function fileBytes(record: PlainRecord | undefined): number {
  let bytes = 0;
  for (const value of Object.values(record ?? {})) if (value instanceof Blob) bytes += value.size;
  return bytes;
}

/** The bytes of a stored document's files, from the stubs PouchDB gives without their data. */
export function stubBytes(doc: unknown): number {
  let bytes = 0;
  for (const stub of Object.values((doc as { _attachments?: object } | undefined)?._attachments ?? {})) {
    const length = (stub as { length?: unknown }).length;
    if (typeof length === 'number') bytes += length;
  }
  return bytes;
}

/** Gives the page a turn (typing, painting) between two steps of long work. */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
