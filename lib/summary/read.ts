import Dexie from 'dexie';
import { getDb } from '../db';
import { JOURNAL_SLICE, journalOrder } from '../entries/repository';
import type { Entry } from '../entries/schema';
import type { SummaryScope } from './scope';

const DATE_INDEX = '[occurredOn+createdAt]';

/** The stored entries' ids dated from `start` to `end` (inclusive; open where undefined), by the date index. */
function idsBetween(start: string | undefined, end: string | undefined): Promise<string[]> {
  return getDb()
    .entries.where(DATE_INDEX)
    .between([start ?? Dexie.minKey, Dexie.minKey], [end ?? Dexie.maxKey, Dexie.maxKey], true, true)
    .primaryKeys() as Promise<string[]>;
}

/** Each calendar year of a span on its own: a read of a long span would hold the page in one task. */
function byYear(start: string, end: string): [string, string][] {
  const parts: [string, string][] = [];
  let from = start;
  while (from <= end) {
    const yearEnd = `${from.slice(0, 4)}-12-31`;
    parts.push([from, yearEnd < end ? yearEnd : end]);
    from = `${Number(from.slice(0, 4)) + 1}-01-01`;
  }
  return parts;
}

/**
 * The live entries a summary of `scope` reads (lib/summary/scope.ts), in journal order: a year or five of a long
 * journal rather than all of it. Read by the date and kind indexes, so a live query over it wakes only for
 * writes that touch it.
 */
export async function readSummaryEntries(scope: SummaryScope): Promise<Entry[]> {
  const table = getDb().entries;
  const byId = new Map<string, Entry>();
  for (const dates of scope.dates) {
    for (const [start, end] of byYear(dates.start, dates.end)) {
      const part = await table
        .where(DATE_INDEX)
        .between([start, Dexie.minKey], [end, Dexie.maxKey], true, true)
        .toArray();
      for (const entry of part) byId.set(entry.id, entry);
    }
  }
  for (const each of scope.kinds) {
    let ids = (await table.where('kind').equals(each.kind).primaryKeys()) as string[];
    if (each.start !== undefined || each.end !== undefined) {
      const dated = new Set(await idsBetween(each.start, each.end));
      ids = ids.filter((id) => dated.has(id));
    }
    const missing = ids.filter((id) => !byId.has(id));
    for (let at = 0; at < missing.length; at += JOURNAL_SLICE) {
      for (const entry of await table.bulkGet(missing.slice(at, at + JOURNAL_SLICE))) {
        if (entry) byId.set(entry.id, entry);
      }
    }
  }
  return [...byId.values()].filter((entry) => entry.deletedAt === undefined).sort(journalOrder);
}
