import type { Period } from '../periods';

/**
 * Calendar arithmetic on `YYYY-MM-DD` strings. It runs in UTC on purpose: these are calendar dates, not
 * instants, and UTC has no clock changes to shift a day.
 */
const DAY_MS = 86_400_000;

function parts(iso: string): [number, number, number] {
  const [year = 1970, month = 1, day = 1] = iso.split('-').map(Number);
  return [year, month, day];
}

function toIso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function utc(iso: string): number {
  const [year, month, day] = parts(iso);
  return Date.UTC(year, month - 1, day);
}

export function addDays(iso: string, days: number): string {
  return toIso(utc(iso) + days * DAY_MS);
}

/** Whole months on, clamped to the end of a shorter month (31 Jan + 1 month is 28 or 29 Feb). */
export function addMonths(iso: string, months: number): string {
  const [year, month, day] = parts(iso);
  const lastDay = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  return toIso(Date.UTC(year, month - 1 + months, Math.min(day, lastDay)));
}

export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to) - utc(from)) / DAY_MS);
}

/** Whole calendar months from `from` that fit before or on `to`. */
function wholeMonths(from: string, to: string): number {
  const [fy, fm] = parts(from);
  const [ty, tm] = parts(to);
  let months = (ty - fy) * 12 + (tm - fm);
  if (addMonths(from, months) > to) months -= 1;
  return Math.max(0, months);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `1 year and 3 months`, `4 months`, `12 days`: the gap between two dates in words. */
export function durationInWords(from: string, to: string): string {
  const months = wholeMonths(from, to);
  if (months === 0) return plural(daysBetween(from, to), 'day');
  const years = Math.floor(months / 12);
  const rest = months % 12;
  if (years === 0) return plural(rest, 'month');
  return rest === 0 ? plural(years, 'year') : `${plural(years, 'year')} and ${plural(rest, 'month')}`;
}

/** How long is left before a date, in words: "1 year and 3 months left", "Due today", "Passed 2 months ago". */
export function timeLeft(today: string, due: string): { days: number; label: string } {
  const days = daysBetween(today, due);
  if (days === 0) return { days, label: 'Due today' };
  if (days > 0) return { days, label: `${durationInWords(today, due)} left` };
  return { days, label: `Passed ${durationInWords(due, today)} ago` };
}

/** "this year" for a period of about a year (an appraisal year), "in this period" otherwise. */
export function periodPhrase(period: Period): string {
  const days = daysBetween(period.start, period.end) + 1;
  return days >= 360 && days <= 370 ? 'this year' : 'in this period';
}

/** Hours as people write them: 32, 7.5, 0.25. */
export function formatHours(hours: number): string {
  return String(Math.round(hours * 100) / 100);
}
