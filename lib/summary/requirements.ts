import { addDays, formatIsoDate, type Period } from '../dates';
import { supportingInformationOf } from '../entries/kinds';
import type { Entry } from '../entries/schema';
import { formatHours } from './format';
import type { Check } from './model';
import { plural } from './plural';

/**
 * What appraisal and revalidation ask for, each defined once. The appraisal summary, the Revalidation
 * view, the training review and every export read these rules, so no two of them can disagree.
 *
 * The period rules:
 * - An appraisal year is the 12 months ending on the appraisal date, both ends included
 *   (`appraisalYear` in lib/dates).
 * - An appraisal meeting counts for the year in which it happened; meetings before the year are
 *   previous appraisals, listed as such and never counted for this year.
 * - A year whose end has passed with no appraisal meeting recorded is a gap, in every view.
 * - A year's CPD is met when its hours reach the yearly target; until then every view says
 *   "X of Y hours".
 * - Only what has happened counts: an entry dated after today (a booked meeting) is not yet evidence.
 */

export const isCpd = (entry: Entry) => entry.kind === 'cpd' || entry.kind === 'teaching';
export const isColleagueFeedback = (entry: Entry) =>
  entry.kind === 'feedback' && supportingInformationOf(entry) === 'si.1.4';
export const isPatientFeedback = (entry: Entry) =>
  entry.kind === 'feedback' && supportingInformationOf(entry) === 'si.1.5';

/** CPD hours aimed for in a year, unless the doctor sets their own. */
export const DEFAULT_CPD_TARGET = 50;

const COMPLIMENTS_AND_COMPLAINTS = new Set(['compliment', 'complaint', 'compliment-complaint']);
export const isComplimentOrComplaint = (entry: Entry) => COMPLIMENTS_AND_COMPLAINTS.has(entry.kind);

/** "2 complaints, 1 compliment": counted apart, with any older entries not yet sorted into one or the other. */
export function complimentsAndComplaints(entries: readonly Entry[]): string {
  const count = (kind: Entry['kind']) => entries.filter((entry) => entry.kind === kind).length;
  const parts = [plural(count('complaint'), 'complaint'), plural(count('compliment'), 'compliment')];
  const unsorted = count('compliment-complaint');
  if (unsorted > 0) parts.push(`${unsorted} not yet sorted into compliment or complaint`);
  return parts.join(', ');
}

export type YearState = 'past' | 'current' | 'future';

export function yearState(year: Pick<Period, 'start' | 'end'>, today: string): YearState {
  if (today < year.start) return 'future';
  return today > year.end ? 'past' : 'current';
}

/** When no today is given (a summary of a finished year, in tests), the day after the period ends. */
export function todayOr(today: string | undefined, period: Pick<Period, 'end'>): string {
  return today ?? addDays(period.end, 1);
}

/** Live entries that happened in the year, up to today. */
export function happenedIn(entries: readonly Entry[], year: Pick<Period, 'start' | 'end'>, today: string): Entry[] {
  return entries.filter(
    (entry) =>
      entry.deletedAt === undefined &&
      entry.occurredOn >= year.start &&
      entry.occurredOn <= year.end &&
      entry.occurredOn <= today,
  );
}

export const isAppraisalMeeting = (entry: Entry) => entry.kind === 'appraisal-meeting';

/** Appraisal meetings before the year: the record of previous appraisals, oldest first. */
export function previousAppraisals(entries: readonly Entry[], year: Pick<Period, 'start'>): Entry[] {
  return entries
    .filter((entry) => entry.deletedAt === undefined && isAppraisalMeeting(entry) && entry.occurredOn < year.start)
    .sort((a, b) => a.occurredOn.localeCompare(b.occurredOn));
}

/** The appraisal meeting for a year: met when one happened in it; a gap once the year is over without one. */
export function appraisalMeetingCheck(entries: readonly Entry[], year: Period, today: string): Check {
  const found = happenedIn(entries, year, today).filter(isAppraisalMeeting);
  const base = { id: 'appraisal', title: 'Appraisal meeting', count: found.length };
  const last = found.at(-1);
  if (last) return { ...base, status: 'met', detail: `Recorded on ${formatIsoDate(last.occurredOn)}.` };
  const state = yearState(year, today);
  if (state === 'future') return { ...base, status: 'not-yet-due', detail: 'This year is still to come.' };
  if (state === 'current') {
    return { ...base, status: 'not-yet-due', detail: `None recorded yet; due by ${formatIsoDate(year.end)}.` };
  }
  return { ...base, status: 'missing', detail: `None recorded for the year ending ${formatIsoDate(year.end)}.` };
}

/** "29 of 50 hours": what every view says while a year's CPD is short of its target. */
export function cpdProgress(hours: number, target: number): string {
  return `${formatHours(hours)} of ${formatHours(target)} hours`;
}

/** Total CPD hours claimed on CPD and teaching entries. */
export function cpdHours(entries: readonly Entry[]): number {
  return entries.reduce((total, entry) => total + (isCpd(entry) ? (entry.cpdHours ?? 0) : 0), 0);
}

/** A year's CPD against the yearly target. */
export function cpdCheck(entries: readonly Entry[], year: Period, target: number, today: string): Check {
  const cpd = happenedIn(entries, year, today).filter(isCpd);
  const hours = cpdHours(cpd);
  const base = { id: 'cpd', title: 'CPD', count: cpd.length, hours, target };
  if (hours >= target) {
    return { ...base, status: 'met', detail: `${formatHours(hours)} hours recorded (target ${formatHours(target)}).` };
  }
  const state = yearState(year, today);
  if (state === 'future') return { ...base, status: 'not-yet-due', detail: 'This year is still to come.' };
  const progress = `${cpdProgress(hours, target)} recorded`;
  if (state === 'current') {
    return { ...base, status: 'not-yet-due', detail: `${progress}; due by ${formatIsoDate(year.end)}.` };
  }
  return { ...base, status: 'missing', detail: `${progress}.` };
}
