import { formatIsoDate, localIsoDate } from '../dates';

/** A span of calendar dates, both ends included, as `YYYY-MM-DD`. */
export interface Period {
  label: string;
  start: string;
  end: string;
}

function shiftMonths(iso: string, months: number, days = 0): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  // Clamp to the end of a shorter month (31 Jan − 1 month is 31 Dec; 31 Mar − 1 month is 28/29 Feb).
  const target = new Date(year, month - 1 + months, 1);
  const lastDay = new Date(target.getFullYear(), target.getMonth() + 1, 0).getDate();
  target.setDate(Math.min(day, lastDay) + days);
  return localIsoDate(target);
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
