import { weekNumber } from './dates';
import type { EntryHead } from './entries/head';

/** Entries from the same calendar day in earlier years, newest first. */
export function onThisDay<E extends EntryHead>(entries: readonly E[], today: string): E[] {
  // endsWith rather than slicing each date: this runs over the whole journal on every change to it.
  const monthDay = today.slice(4);
  return entries.filter(
    (entry) => entry.deletedAt === undefined && entry.occurredOn.endsWith(monthDay) && entry.occurredOn < today,
  );
}

/**
 * Weeks in a row with at least one entry, counting back from this week. A week without an entry
 * yet does not break the run until it is over: the streak counts from last week then.
 */
export function weeksInARow(entries: readonly EntryHead[], today: string): number {
  const dates = new Set<string>();
  for (const entry of entries) if (entry.deletedAt === undefined) dates.add(entry.occurredOn);
  return weeksInARowOn(dates, today);
}

/**
 * weeksInARow from the dates entries happened on (each date once is enough): a career of entries has a few
 * thousand dates, so the journal keeps them (app/journal/derived.ts) and a save costs no walk of every entry.
 */
export function weeksInARowOn(dates: Iterable<string>, today: string): number {
  const weeks = new Set<number>();
  for (const date of dates) if (date <= today) weeks.add(weekNumber(date));
  let week = weekNumber(today);
  if (!weeks.has(week)) week--;
  let count = 0;
  while (weeks.has(week--)) count++;
  return count;
}
