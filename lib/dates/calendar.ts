/**
 * Calendar dates are stored as `YYYY-MM-DD` in the user's local calendar, never as UTC instants. An
 * instant becomes a date only through `localIsoDate` (the user's clock); arithmetic on dates then runs
 * in UTC on purpose: they are calendar dates, not instants, and UTC has no clock change to shift a day.
 */
const DAY_MS = 86_400_000;

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar date of an instant, as `YYYY-MM-DD`: today, when no instant is given. */
export function localIsoDate(at: Date = new Date()): string {
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return toIso(Date.UTC(year, month - 1, day)) === value;
}

export function dateParts(iso: string): [year: number, month: number, day: number] {
  const [year = 1970, month = 1, day = 1] = iso.split('-').map(Number);
  return [year, month, day];
}

function toIso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function utc(iso: string): number {
  const [year, month, day] = dateParts(iso);
  return Date.UTC(year, month - 1, day);
}

export function addDays(iso: string, days: number): string {
  return toIso(utc(iso) + days * DAY_MS);
}

/** Whole months on (or back), clamped to the end of a shorter month (31 Jan + 1 month is 28 or 29 Feb). */
export function addMonths(iso: string, months: number): string {
  const [year, month, day] = dateParts(iso);
  const lastDay = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  return toIso(Date.UTC(year, month - 1 + months, Math.min(day, lastDay)));
}

export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to) - utc(from)) / DAY_MS);
}

/** Monday of the ISO week a date falls in. */
export function weekStart(iso: string): string {
  const weekday = (new Date(utc(iso)).getUTCDay() + 6) % 7;
  return addDays(iso, -weekday);
}

/**
 * The Monday-to-Sunday week a date falls in, as a number that grows by one a week: cheaper than `weekStart` where
 * many dates are compared (1 Jan 1970 was a Thursday, so day 0 sits three days into week 0).
 */
export function weekNumber(iso: string): number {
  const [year, month, day] = dateParts(iso);
  return Math.floor((Date.UTC(year, month - 1, day) / DAY_MS + 3) / 7);
}

/** Whole calendar months from `from` that fit before or on `to`. */
export function wholeMonths(from: string, to: string): number {
  const [fy, fm] = dateParts(from);
  const [ty, tm] = dateParts(to);
  let months = (ty - fy) * 12 + (tm - fm);
  if (addMonths(from, months) > to) months -= 1;
  return Math.max(0, months);
}

/** `2026-11-22` → `2026-11`. */
export function monthKey(iso: string): string {
  return iso.slice(0, 7);
}
