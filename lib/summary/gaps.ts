import { formatIsoDate, type Period } from '../dates';
import type { Entry } from '../entries/schema';
import type { Framework } from '../frameworks/schema';
import { isLiveIn } from './inclusion';
import type { Check, Gap } from './model';
import { isColleagueFeedback, isPatientFeedback } from './requirements';
import { plural, type SummaryContext } from './sections/context';
import { cpdLine } from './sections/evidence';
import { type FrameworkLinks, frameworkLinks } from './sections/links';

export interface GapInputs {
  /** Every entry the summary was given, for looking beyond the period. */
  allEntries: readonly Entry[];
  revalidationCycle: Period | undefined;
  /** Every framework the summary was given, for the leadership models linked besides the active one. */
  frameworks: readonly Framework[];
  cpd: Check;
  appraisalMeeting: Check;
  goalsInPlan: number;
}

/** Leadership models whose gaps are named when the doctor links to them, whichever is active. */
const LEADERSHIP_MODELS = ['mlcf', 'hlm'];

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
 * A domain with no evidence, or with evidence for fewer than half its elements: "Setting direction: 1 of
 * 4 elements has evidence this year (Evaluating impact)".
 */
export function coverageGaps(framework: Framework, links: FrameworkLinks, phrase: string): Gap[] {
  const gaps: Gap[] = [];
  for (const domain of framework.domains) {
    const covered = domain.elements.filter((element) => (links.elementCounts.get(element.id) ?? 0) > 0);
    const total = domain.elements.length;
    const name = framework.id === 'mlcf' ? domain.name : `${domain.name} (${framework.shortName})`;
    if (covered.length === 0) {
      gaps.push({
        code: 'domain-without-entries',
        domainId: domain.id,
        message: `No entries linked to ${name} ${phrase}.`,
      });
    } else if (covered.length * 2 < total) {
      const has = covered.length === 1 ? 'has' : 'have';
      const names = covered.map((element) => element.name).join(', ');
      gaps.push({
        code: 'domain-thinly-covered',
        domainId: domain.id,
        message: `${name}: ${covered.length} of ${plural(total, 'element')} ${has} evidence ${phrase} (${names}).`,
      });
    }
  }
  return gaps;
}

function leadershipGaps(ctx: SummaryContext, links: FrameworkLinks, inputs: GapInputs): Gap[] {
  const gaps = coverageGaps(ctx.framework, links, ctx.phrase);
  for (const id of LEADERSHIP_MODELS) {
    const other = inputs.frameworks.find((framework) => framework.id === id);
    if (!other || other.id === ctx.framework.id) continue;
    const otherLinks = frameworkLinks(ctx.entries, other, ctx.index);
    if (otherLinks.linked.size > 0) gaps.push(...coverageGaps(other, otherLinks, ctx.phrase));
  }
  return gaps;
}

/** What an appraiser would ask about, in plain words, by the rules in ./requirements. */
export function appraisalGaps(ctx: SummaryContext, links: FrameworkLinks, inputs: GapInputs): Gap[] {
  const gaps = feedbackGaps(ctx, inputs);
  if (inputs.cpd.status !== 'met') {
    gaps.push({ code: 'cpd-below-target', message: cpdLine(inputs.cpd.hours ?? 0, ctx.cpdTarget) });
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
  gaps.push(...leadershipGaps(ctx, links, inputs));
  if (inputs.appraisalMeeting.status === 'missing') {
    gaps.push({
      code: 'no-appraisal-meeting',
      message: `No appraisal meeting recorded for the year ending ${formatIsoDate(ctx.period.end)}. Add a note of it as an Appraisal meeting entry.`,
    });
  }
  if (inputs.goalsInPlan === 0) {
    gaps.push({ code: 'no-development-plan', message: 'No goals in the development plan.' });
  }
  return gaps;
}
