import { pageTurn } from '../page-turn';
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

/** A stretch of opening or sealing documents longer than this gives the page a turn before the next group. */
const TURN_MS = 8;
/** Documents opened or sealed at once between checks of the time. */
const GROUP = 16;

/**
 * `each` over every item, in order, a group at a time, giving the page a turn whenever the work since the last
 * one passes TURN_MS: opening or sealing a step's 200 documents is 100 ms and more of work on a slow computer,
 * too long for one task. Not inside a Dexie transaction (a turn would end it).
 */
export async function mapInTurns<T, R>(
  items: readonly T[],
  each: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  let since = performance.now();
  for (let at = 0; at < items.length; at += GROUP) {
    results.push(...(await Promise.all(items.slice(at, at + GROUP).map((item, offset) => each(item, at + offset)))));
    if (at + GROUP < items.length && performance.now() - since > TURN_MS) {
      await pageTurn();
      since = performance.now();
    }
  }
  return results;
}
