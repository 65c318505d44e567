import { daysBetween, localIsoDate, wholeMonths } from './calendar';

/** Dates as the product shows them: `22 Nov 2026`, in the user's local time. */
const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_LONG = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const pad = (n: number) => String(n).padStart(2, '0');

/** `2026-11-22` → `22 Nov 2026`, the form used everywhere in the product. */
export function formatIsoDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year || !month || !day) return iso;
  return `${day} ${MONTHS_SHORT[month - 1]} ${year}`;
}

/** An instant (ms since epoch) as the user's local date, e.g. `22 Nov 2026`. */
export function formatInstantDate(ms: number): string {
  return formatIsoDate(localIsoDate(new Date(ms)));
}

/** An instant as local time of day, e.g. `14:05`. */
export function formatInstantTime(ms: number): string {
  const at = new Date(ms);
  return `${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/** `2026-11` → `November 2026`. */
export function formatMonthKey(key: string): string {
  const [year, month] = key.split('-').map(Number);
  if (!year || !month) return key;
  return `${MONTHS_LONG[month - 1]} ${year}`;
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
