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
  // Walked newest first, working out weeks only until the run breaks: this runs on every change to
  // the journal, so a career of entries must not cost a week's sum for each of them.
  const dates = new Set<string>();
  for (const entry of entries)
    if (entry.deletedAt === undefined && entry.occurredOn <= today) dates.add(entry.occurredOn);
  const thisWeek = weekStart(today);
  let expected = thisWeek;
  let count = 0;
  for (const date of [...dates].sort().reverse()) {
    const week = weekStart(date);
    if (week > expected) continue;
    if (week === expected) {
      count++;
      expected = addDays(week, -7);
    } else if (count === 0 && expected === thisWeek && week === addDays(thisWeek, -7)) {
      // No entry yet this week: the run counts from last week.
      count = 1;
      expected = addDays(week, -7);
    } else break;
  }
  return count;
}
