import { addDays, addMonths, daysBetween, localIsoDate } from './calendar';
import { formatIsoDate } from './format';

/** A span of calendar dates, both ends included, as `YYYY-MM-DD`. */
export interface Period {
  label: string;
  start: string;
  end: string;
}

/** Months back from a date, then days on: the day after the same date `months` earlier. */
function shiftMonths(iso: string, months: number, days = 0): string {
  return addDays(addMonths(iso, months), days);
}

/** The default period: the twelve months up to and including today. */
export function lastTwelveMonths(today: string = localIsoDate()): Period {
  const start = shiftMonths(today, -12, 1);
  return { label: `Last 12 months (${formatIsoDate(start)} – ${formatIsoDate(today)})`, start, end: today };
}

/** The appraisal year that ends on the appraisal date. */
export function appraisalYear(appraisalDate: string): Period {
  const start = shiftMonths(appraisalDate, -12, 1);
  return {
    label: `Appraisal year (${formatIsoDate(start)} – ${formatIsoDate(appraisalDate)})`,
    start,
    end: appraisalDate,
  };
}

/** The five-year revalidation cycle that ends on the revalidation date. */
export function revalidationCycle(revalidationDate: string): Period {
  const start = shiftMonths(revalidationDate, -60, 1);
  return {
    label: `Revalidation cycle (${formatIsoDate(start)} – ${formatIsoDate(revalidationDate)})`,
    start,
    end: revalidationDate,
  };
}

export function customPeriod(start: string, end: string): Period {
  const [from, to] = start <= end ? [start, end] : [end, start];
  return { label: `${formatIsoDate(from)} – ${formatIsoDate(to)}`, start: from, end: to };
}

/** ISO dates compare correctly as strings. */
export function inPeriod(isoDate: string, period: Period): boolean {
  return isoDate >= period.start && isoDate <= period.end;
}

/** "this year" for a period of about a year (an appraisal year), "in this period" otherwise. */
export function periodPhrase(period: Period): string {
  const days = daysBetween(period.start, period.end) + 1;
  return days >= 360 && days <= 370 ? 'this year' : 'in this period';
}
