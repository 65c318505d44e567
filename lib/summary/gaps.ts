import { addMonths, type Period } from '../dates';
import type { Entry } from '../entries/schema';
import { isLiveIn } from './inclusion';
import type { Gap } from './model';
import type { SummaryContext } from './sections/context';
import { cpdLine, isColleagueFeedback, isPatientFeedback } from './sections/evidence';
import type { FrameworkLinks } from './sections/links';

export interface GapInputs {
  /** Every entry the summary was given, for looking beyond the period. */
  allEntries: readonly Entry[];
  revalidationCycle: Period | undefined;
  cpdHours: number;
  goalsInPlan: number;
}

function feedbackGaps(ctx: SummaryContext, inputs: GapInputs): Gap[] {
  const cycle = inputs.revalidationCycle;
  const pool = cycle ? inputs.allEntries.filter((entry) => isLiveIn(entry, cycle)) : ctx.entries;
  const where = cycle ? 'this revalidation cycle' : ctx.phrase;
  const why = 'Revalidation asks for at least one in each five-year cycle.';
  const exercise = (entry: Entry) => entry.feedbackExercise === true;
  const gaps: Gap[] = [];
  if (!pool.some((entry) => isPatientFeedback(entry) && exercise(entry))) {
    gaps.push({ code: 'no-patient-feedback-exercise', message: `No patient feedback exercise ${where}. ${why}` });
  }
  if (!pool.some((entry) => isColleagueFeedback(entry) && exercise(entry))) {
    gaps.push({ code: 'no-colleague-feedback-exercise', message: `No colleague feedback exercise ${where}. ${why}` });
  }
  return gaps;
}

/**
 * What an appraiser would ask about, in plain words. Last year's appraisal usually falls a day or a few
 * weeks before an appraisal year starts, so a meeting in the month before the period counts too.
 */
export function appraisalGaps(ctx: SummaryContext, links: FrameworkLinks, inputs: GapInputs): Gap[] {
  const gaps = feedbackGaps(ctx, inputs);
  if (inputs.cpdHours < ctx.cpdTarget) {
    gaps.push({ code: 'cpd-below-target', message: cpdLine(inputs.cpdHours, ctx.cpdTarget) });
  }
  if (!ctx.entries.some((entry) => entry.kind === 'qi')) {
    gaps.push({ code: 'no-quality-improvement', message: `No quality improvement activity ${ctx.phrase}.` });
  }
  if (!ctx.entries.some((entry) => entry.kind === 'significant-event')) {
    gaps.push({
      code: 'no-significant-events',
      message: `No significant events recorded ${ctx.phrase} — if you had none, say so at appraisal.`,
    });
  }
  for (const domain of ctx.framework.domains) {
    if ((links.byDomain.get(domain.id)?.length ?? 0) > 0) continue;
    gaps.push({
      code: 'domain-without-entries',
      domainId: domain.id,
      message: `No entries linked to ${domain.name} ${ctx.phrase}.`,
    });
  }
  const window = { ...ctx.period, start: addMonths(ctx.period.start, -1) };
  if (!inputs.allEntries.some((entry) => entry.kind === 'appraisal-meeting' && isLiveIn(entry, window))) {
    gaps.push({ code: 'no-appraisal-meeting', message: 'No appraisal meeting recorded. Add a note of your last one.' });
  }
  if (inputs.goalsInPlan === 0) {
    gaps.push({ code: 'no-development-plan', message: 'No goals in the development plan.' });
  }
  return gaps;
}
