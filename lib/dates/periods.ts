import { addDays, addMonths, daysBetween, localIsoDate } from './calendar';
import { formatIsoDate } from './format';

/** A span of calendar dates, both ends included, as `YYYY-MM-DD`. */
export interface Period {
  label: string;
  start: string;
  end: string;
}

/** The `months` up to and including `end`: from the day after the same date `months` earlier. */
function monthsEnding(name: string, end: string, months: number): Period {
  const start = addDays(addMonths(end, -months), 1);
  return { label: `${name} (${formatIsoDate(start)} – ${formatIsoDate(end)})`, start, end };
}

/** The default period: the twelve months up to and including today. */
export function lastTwelveMonths(today: string = localIsoDate()): Period {
  return monthsEnding('Last 12 months', today, 12);
}

/** The appraisal year that ends on the appraisal date. */
export function appraisalYear(appraisalDate: string): Period {
  return monthsEnding('Appraisal year', appraisalDate, 12);
}

/** The five-year revalidation cycle that ends on the revalidation date. */
export function revalidationCycle(revalidationDate: string): Period {
  return monthsEnding('Revalidation cycle', revalidationDate, 60);
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
