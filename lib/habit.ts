import type { Entry } from './entries/schema';

/** Entries from the same calendar day in earlier years, newest first. */
export function onThisDay(entries: readonly Entry[], today: string): Entry[] {
  const monthDay = today.slice(5);
  return entries.filter(
    (entry) => entry.deletedAt === undefined && entry.occurredOn.slice(5) === monthDay && entry.occurredOn < today,
  );
}

/** Monday of the ISO week a local date falls in, as YYYY-MM-DD. */
export function weekStart(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(year, month - 1, day);
  const offset = (date.getDay() + 6) % 7;
  date.setDate(date.getDate() - offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function previousWeek(weekMonday: string): string {
  const [year, month, day] = weekMonday.split('-').map(Number) as [number, number, number];
  const date = new Date(year, month - 1, day - 7);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
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
  if (!weeks.has(week)) week = previousWeek(week);
  let count = 0;
  while (weeks.has(week)) {
    count++;
    week = previousWeek(week);
  }
  return count;
}
