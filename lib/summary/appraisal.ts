import { type Period, periodPhrase } from '../dates';
import type { Entry } from '../entries/schema';
import type { Framework } from '../frameworks/schema';
import type { Goal } from '../goals/schema';
import { elementIndex } from './elements';
import { appraisalGaps } from './gaps';
import { createPresenter, type InclusionOptions, liveInPeriod } from './inclusion';
import type { AppraisalSummary, SummaryItem } from './model';
import { withReflections } from './reflections';
import { appraisalMeetingCheck, cpdCheck, DEFAULT_CPD_TARGET, todayOr } from './requirements';
import { appraisalsSection } from './sections/appraisals';
import { type SummaryContext, section } from './sections/context';
import { achievementsSection, coverageSection, coverageTable, domainsSection } from './sections/domains';
import { evidenceSections } from './sections/evidence';
import { goalSections } from './sections/goals';
import { frameworkLinks } from './sections/links';
import { type PersonalDetails, personalSection } from './sections/personal';
import { type Declarations, probitySection } from './sections/probity';
import { scopeSection } from './sections/scope';
import { type WellbeingReflection, wellbeingSection } from './sections/wellbeing';

export interface SummaryOptions extends InclusionOptions {
  /** CPD hours aimed for in the period; 50 unless set. */
  cpdTarget?: number;
  /** The doctor's roles (settings), for the scope of work. */
  roles?: readonly string[];
  /** The framework for leadership domains and coverage; `mlcf` unless set. */
  activeFramework?: string;
  /** Today's date, stamped on the summary. */
  today?: string;
  /** The doctor's personal details (settings), which the summary opens with; all optional. */
  person?: PersonalDetails & Declarations;
  /** The revalidation cycle, for the feedback exercises expected once in it. */
  revalidationCycle?: Period;
  /** The doctor's reflections for this appraisal year, by section id (see ./reflections). */
  reflections?: Readonly<Record<string, string>>;
  /** The doctor's health and wellbeing reflection for this year: in the summary only if they include it. */
  wellbeing?: WellbeingReflection;
}

export { DEFAULT_CPD_TARGET };

function pickFramework(frameworks: readonly Framework[], id: string): Framework {
  const framework = frameworks.find((each) => each.id === id) ?? frameworks.find((each) => each.id === 'mlcf');
  const chosen = framework ?? frameworks[0];
  if (!chosen) throw new Error('buildSummary was given no frameworks: it needs one for domains and coverage.');
  return chosen;
}

/**
 * The appraisal summary: live entries in the period, in the sections an appraisal conversation follows, each
 * entry carrying only what the user chose to include. Numbers count every entry in the period, shown or not.
 * Pure: the same arguments always give the same summary.
 */
export function buildSummary(
  entries: readonly Entry[],
  goals: readonly Goal[],
  frameworks: readonly Framework[],
  period: Period,
  options: SummaryOptions = {},
): AppraisalSummary {
  const framework = pickFramework(frameworks, options.activeFramework ?? 'mlcf');
  const index = elementIndex(frameworks);
  const presenter = createPresenter(options, index);
  const ctx: SummaryContext = {
    period,
    entries: liveInPeriod(entries, period),
    goals,
    framework,
    index,
    presenter,
    phrase: periodPhrase(period),
    roles: options.roles ?? [],
    cpdTarget: options.cpdTarget ?? DEFAULT_CPD_TARGET,
  };
  const links = frameworkLinks(ctx.entries, framework, index);
  const coverage = coverageTable(ctx, links);
  const today = todayOr(options.today, period);
  const cpd = cpdCheck(entries, period, ctx.cpdTarget, today);
  const appraisalMeeting = appraisalMeetingCheck(entries, period, today);
  const hours = cpd.hours ?? 0;
  const plan = goalSections(ctx);
  const sections = [
    personalSection(options.person),
    scopeSection(ctx),
    appraisalsSection(ctx, entries, appraisalMeeting),
    plan.reviewed,
    ...evidenceSections(ctx),
    achievementsSection(ctx),
    wellbeingSection(options.wellbeing),
    probitySection(options.person, period.start),
    plan.proposed,
    domainsSection(ctx, links),
  ].filter((each) => each !== undefined);
  const goalsInPlan = [...plan.reviewed.items, ...plan.proposed.items].filter((item) => item.type === 'goal').length;
  const gaps = appraisalGaps(ctx, links, {
    allEntries: entries,
    revalidationCycle: options.revalidationCycle,
    frameworks,
    cpd,
    appraisalMeeting,
    goalsInPlan,
  });
  const gapItems: SummaryItem[] =
    gaps.length === 0
      ? [{ type: 'line', text: 'Nothing obvious is missing.' }]
      : gaps.map((gap) => ({ type: 'gap', gap }));
  sections.push(coverageSection(ctx, coverage), section('gaps', 'Gaps to think about', gapItems));
  const leftOut = ctx.entries.filter((entry) => presenter.include(entry) === 'none').length;
  const summary: AppraisalSummary = {
    kind: 'appraisal',
    title: 'Appraisal summary',
    period: { label: period.label, start: period.start, end: period.end },
    framework: { id: framework.id, name: framework.name, shortName: framework.shortName },
    totals: {
      entries: ctx.entries.length,
      shown: ctx.entries.length - leftOut,
      leftOut,
      cpdHours: hours,
      cpdTarget: ctx.cpdTarget,
    },
    coverage,
    gaps,
    sections: withReflections(sections, options.reflections ?? {}),
  };
  if (options.today !== undefined) summary.generatedOn = options.today;
  return summary;
}
