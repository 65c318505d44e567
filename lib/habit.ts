import { addDays, weekStart } from './dates';
import type { Entry } from './entries/schema';

/** Entries from the same calendar day in earlier years, newest first. */
export function onThisDay(entries: readonly Entry[], today: string): Entry[] {
  const monthDay = today.slice(5);
  return entries.filter(
    (entry) => entry.deletedAt === undefined && entry.occurredOn.slice(5) === monthDay && entry.occurredOn < today,
  );
}

/**
 * Weeks in a row with at least one entry, counting back from this week. A week without an entry
 * yet does not break the run until it is over: the streak counts from last week then.
 */
export function weeksInARow(entries: readonly Entry[], today: string): number {
  const weeks = new Set(
    entries
      .filter((entry) => entry.deletedAt === undefined && entry.occurredOn <= today)
      .map((entry) => weekStart(entry.occurredOn)),
  );
  let week = weekStart(today);
  if (!weeks.has(week)) week = addDays(week, -7);
  let count = 0;
  while (weeks.has(week)) {
    count++;
    week = addDays(week, -7);
  }
  return count;
}
