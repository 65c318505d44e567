/** Calendar dates are stored as `YYYY-MM-DD` in the user's local calendar, never as UTC instants. */

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

/** The local calendar date of an instant, as `YYYY-MM-DD`. */
export function localIsoDate(at: Date = new Date()): string {
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
}

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

/** `2026-11-22` → `2026-11`. */
export function monthKey(iso: string): string {
  return iso.slice(0, 7);
}

/** `2026-11` → `November 2026`. */
export function formatMonthKey(key: string): string {
  const [year, month] = key.split('-').map(Number);
  if (!year || !month) return key;
  return `${MONTHS_LONG[month - 1]} ${year}`;
}
