import { formatIsoDate, inPeriod, localIsoDate, type Period } from '../../dates';
import type { Entry } from '../../entries/schema';
import { GOAL_STATUS_LABELS, type Goal } from '../../goals/schema';
import { withoutComments } from '../../text';
import { linkedElements } from '../elements';
import type { LeafItem, SummaryGoal, SummarySection } from '../model';
import { type SummaryContext, section } from './context';

const isOpen = (goal: Goal) => goal.status === 'planned' || goal.status === 'in-progress';

/**
 * Goals to look back on: due in the period, closed (met, dropped, carried over) during it, or still open
 * though their date has passed. Closed goals from earlier years are left out, or every summary would
 * repeat them.
 */
export function isReviewed(goal: Goal, period: Period): boolean {
  if (goal.targetDate !== undefined && inPeriod(goal.targetDate, period)) return true;
  if (isOpen(goal)) return goal.targetDate !== undefined && goal.targetDate < period.start;
  return inPeriod(localIsoDate(new Date(goal.updatedAt)), period);
}

/** Goals for the coming year: still open, with a date after the period or none yet. */
export function isProposed(goal: Goal, period: Period): boolean {
  return isOpen(goal) && (goal.targetDate === undefined || goal.targetDate > period.end);
}

function byTargetDate(a: Goal, b: Goal): number {
  const left = a.targetDate ?? '9999-12-31';
  const right = b.targetDate ?? '9999-12-31';
  return left.localeCompare(right) || a.title.localeCompare(b.title);
}

function summaryGoal(goal: Goal, ctx: SummaryContext, entriesById: Map<string, Entry>): SummaryGoal {
  const linkedEntries = goal.entryIds.flatMap((id) => entriesById.get(id) ?? []);
  const shown: SummaryGoal = {
    id: goal.id,
    title: goal.title,
    status: goal.status,
    statusLabel: GOAL_STATUS_LABELS[goal.status],
    overdue: isOpen(goal) && goal.targetDate !== undefined && goal.targetDate < ctx.period.end,
    competencies: linkedElements(goal.competencies, ctx.index).map((place) => place.element.name),
    linkedCount: linkedEntries.length,
    linked: ctx.presenter.refs(linkedEntries),
  };
  if (goal.targetDate !== undefined) {
    shown.targetDate = goal.targetDate;
    shown.targetDateLabel = formatIsoDate(goal.targetDate);
  }
  const notes = withoutComments(goal.reviewNotes).trim();
  if (notes !== '') shown.reviewNotes = notes;
  return shown;
}

/** The development plan: last year's goals reviewed, then the goals proposed for the year ahead. */
export function goalSections(ctx: SummaryContext): { reviewed: SummarySection; proposed: SummarySection } {
  const entriesById = new Map(ctx.entries.map((entry) => [entry.id, entry]));
  const items = (goals: Goal[], none: string): LeafItem[] =>
    goals.length === 0
      ? [{ type: 'line', text: none }]
      : goals.sort(byTargetDate).map((goal) => ({ type: 'goal', goal: summaryGoal(goal, ctx, entriesById) }));
  const reviewed = ctx.goals.filter((goal) => isReviewed(goal, ctx.period));
  const proposed = ctx.goals.filter((goal) => isProposed(goal, ctx.period));
  return {
    reviewed: section(
      'plan-reviewed',
      'Development plan: goals reviewed',
      items(reviewed, `No goals were due for review ${ctx.phrase}.`),
    ),
    proposed: section(
      'plan-proposed',
      'Development plan: goals proposed',
      items(proposed, 'No goals planned yet. Your appraisal is a good time to agree some.'),
    ),
  };
}
