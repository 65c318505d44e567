import { addDays, addMonths, durationInWords, formatIsoDate, type Period, timeLeft } from '../dates';
import type { Entry } from '../entries/schema';
import { isLiveIn } from './inclusion';
import type { Check, RevalidationView, RevalidationYear, SummarySection } from './model';
import {
  appraisalMeetingCheck,
  complimentsAndComplaints,
  cpdCheck,
  DEFAULT_CPD_TARGET,
  isColleagueFeedback,
  isComplimentOrComplaint,
  isPatientFeedback,
  type YearState,
  yearState,
} from './requirements';

function yearsOf(cycle: Period): Period[] {
  const span = Math.max(1, Math.round(durationMonths(cycle) / 12));
  return Array.from({ length: span }, (_, i) => {
    const start = addMonths(cycle.start, 12 * i);
    const end = i === span - 1 ? cycle.end : addDays(addMonths(cycle.start, 12 * (i + 1)), -1);
    return { label: `Year ${i + 1} (${formatIsoDate(start)} – ${formatIsoDate(end)})`, start, end };
  });
}

function durationMonths(cycle: Period): number {
  const [sy = 0, sm = 0] = cycle.start.split('-').map(Number);
  const [ey = 0, em = 0] = addDays(cycle.end, 1).split('-').map(Number);
  return (ey - sy) * 12 + (em - sm);
}

/** Reflect on any that happened: none recorded is no fault, so the check is soft. */
function ifAny(id: string, title: string, found: Entry[], state: YearState, met: string): Check {
  const count = found.length;
  if (count > 0) return { id, title, status: 'met', detail: met, count, soft: true };
  if (state === 'future')
    return { id, title, status: 'not-yet-due', detail: 'This year is still to come.', count, soft: true };
  return { id, title, status: 'missing', detail: 'If you had none, say so at appraisal.', count, soft: true };
}

function yearChecks(entries: Entry[], year: Period, today: string, cpdTarget: number): Check[] {
  const state = yearState(year, today);
  const events = entries.filter((entry) => entry.kind === 'significant-event');
  const feedback = entries.filter(isComplimentOrComplaint);
  return [
    appraisalMeetingCheck(entries, year, today),
    cpdCheck(entries, year, cpdTarget, today),
    ifAny('significant-events', 'Significant events', events, state, `${events.length} recorded: reflect on each.`),
    ifAny(
      'compliments-complaints',
      'Compliments and complaints',
      feedback,
      state,
      `${complimentsAndComplaints(feedback)}: review each.`,
    ),
  ];
}

/** Expected at least once in the cycle: outstanding until recorded, with the time left to do it. */
function onceInCycle(id: string, title: string, count: number, cycle: Period, today: string): Check {
  if (count > 0) return { id, title, status: 'met', detail: `${count} recorded this cycle.`, count };
  if (today < cycle.start) return { id, title, status: 'not-yet-due', detail: 'The cycle has not started.', count };
  const detail =
    today > cycle.end
      ? 'None recorded in the cycle.'
      : `None yet: ${durationInWords(today, cycle.end)} left to do one.`;
  return { id, title, status: 'missing', detail, count };
}

/**
 * Each year of the revalidation cycle against what revalidation expects, and how long is left. Only what has
 * happened counts: an entry dated after today (a booked appraisal) is not yet evidence.
 */
export function buildRevalidationView(
  entries: readonly Entry[],
  cycle: Period,
  today: string,
  /** The user has not set a revalidation date: `cycle` is five years to today, a stand-in to be said as such. */
  dateAssumed = false,
  /** CPD hours a year should reach. */
  cpdTarget = DEFAULT_CPD_TARGET,
): RevalidationView {
  const live = entries.filter((entry) => isLiveIn(entry, cycle) && entry.occurredOn <= today);
  const years: RevalidationYear[] = yearsOf(cycle).map((year, i) => {
    const state = yearState(year, today);
    const inYear = live.filter((entry) => entry.occurredOn >= year.start && entry.occurredOn <= year.end);
    return { number: i + 1, ...year, state, checks: yearChecks(inYear, year, today, cpdTarget) };
  });
  const count = (test: (entry: Entry) => boolean) => live.filter(test).length;
  const exercise = (entry: Entry) => entry.feedbackExercise === true;
  const cycleChecks = [
    onceInCycle(
      'quality-improvement',
      'Quality improvement activity',
      count((e) => e.kind === 'qi'),
      cycle,
      today,
    ),
    onceInCycle(
      'colleague-feedback',
      'Colleague feedback exercise',
      count((e) => isColleagueFeedback(e) && exercise(e)),
      cycle,
      today,
    ),
    onceInCycle(
      'patient-feedback',
      'Patient feedback exercise',
      count((e) => isPatientFeedback(e) && exercise(e)),
      cycle,
      today,
    ),
  ];
  const left = timeLeft(today, cycle.end);
  const overview: SummarySection = {
    id: 'overview',
    title: 'Revalidation date',
    items: [
      {
        type: 'line',
        text: dateAssumed
          ? `Revalidation date: not set. This view covers the five years to ${formatIsoDate(cycle.end)}; set the date in Settings for the right cycle.`
          : `Revalidation date: ${formatIsoDate(cycle.end)} (${left.label.toLowerCase()}).`,
      },
    ],
  };
  const yearSections: SummarySection[] = years.map((year) => ({
    id: `year-${year.number}`,
    title: `${year.label}${year.state === 'current' ? ', this year' : year.state === 'future' ? ', to come' : ''}`,
    items: year.checks.map((check) => ({ type: 'check', check })),
  }));
  const cycleSection: SummarySection = {
    id: 'cycle',
    title: 'Once in the cycle',
    items: cycleChecks.map((check) => ({ type: 'check', check })),
  };
  return {
    kind: 'revalidation',
    title: 'Revalidation view',
    period: { label: cycle.label, start: cycle.start, end: cycle.end },
    generatedOn: today,
    revalidationDate: cycle.end,
    timeLeft: left,
    years,
    cycleChecks,
    sections: [overview, ...yearSections, cycleSection],
  };
}
