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
  // Walked newest first (the journal's own order), working out a week only when the date changes and stopping
  // where the run breaks: this runs on every change to the journal, so a career of entries must not cost a
  // week's sum, or a set of dates, for each of them. A list in any other order is sorted first.
  const thisWeek = weekNumber(today);
  let expected = thisWeek;
  let count = 0;
  let previous: string | undefined;
  const counts = (entry: EntryHead) => entry.deletedAt === undefined && entry.occurredOn <= today;
  // An index loop, and dates compared before anything else: a long run walks most of a career's entries.
  for (let at = 0; at < entries.length; at++) {
    const entry = entries[at] as EntryHead;
    const date = entry.occurredOn;
    if (date === previous || !counts(entry)) continue;
    if (previous !== undefined && date > previous) return weeksInARow(newestFirst(entries), today);
    previous = date;
    const week = weekNumber(date);
    if (week > expected) continue;
    if (week === expected) {
      count++;
      expected = week - 1;
    } else if (count === 0 && expected === thisWeek && week === thisWeek - 1) {
      // No entry yet this week: the run counts from last week.
      count = 1;
      expected = week - 1;
    } else {
      // The run has broken, unless a newer date comes later in a list not newest first.
      const last = previous;
      const unsorted = entries.some((later, index) => index > at && counts(later) && later.occurredOn > last);
      return unsorted ? weeksInARow(newestFirst(entries), today) : count;
    }
  }
  return count;
}

function newestFirst(entries: readonly EntryHead[]): EntryHead[] {
  return [...entries].sort((a, b) => (a.occurredOn > b.occurredOn ? -1 : a.occurredOn < b.occurredOn ? 1 : 0));
}
