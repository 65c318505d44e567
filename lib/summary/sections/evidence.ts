import type { Entry } from '../../entries/schema';
import { formatHours } from '../format';
import type { LeafItem, SummarySection } from '../model';
import {
  complimentsAndComplaints,
  cpdHours,
  cpdProgress,
  isColleagueFeedback,
  isComplimentOrComplaint,
  isCpd,
  isPatientFeedback,
} from '../requirements';
import { entryItems, leftOutNote, plural, type SummaryContext, section } from './context';
import type { AppraisalSectionId } from './ids';

interface EvidenceKind {
  id: AppraisalSectionId;
  title: string;
  matches: (entry: Entry) => boolean;
  /** Said when the section has no entries at all. */
  none: (ctx: SummaryContext) => string;
  /** Lines that open the section, from every matching entry (shown or not). */
  lead?: (entries: readonly Entry[], ctx: SummaryContext) => string[];
}

export { cpdHours, isColleagueFeedback, isCpd, isPatientFeedback };

export function cpdLine(hours: number, target: number): string {
  return hours < target
    ? `CPD: ${cpdProgress(hours, target)} recorded`
    : `CPD: ${formatHours(hours)} hours recorded (target ${formatHours(target)})`;
}

function feedbackLead(entries: readonly Entry[]): string[] {
  const exercises = entries.filter((entry) => entry.feedbackExercise === true).length;
  const comments = entries.length - exercises;
  const formal = exercises === 0 ? 'No formal feedback exercise' : plural(exercises, 'formal feedback exercise');
  return [`${formal}; ${plural(comments, 'other comment')}.`];
}

const EVIDENCE: readonly EvidenceKind[] = [
  {
    id: 'cpd',
    title: 'Continuing professional development',
    matches: isCpd,
    none: (ctx) => `No CPD or teaching recorded ${ctx.phrase}.`,
    lead: (entries, ctx) => [cpdLine(cpdHours(entries), ctx.cpdTarget)],
  },
  {
    id: 'quality-improvement',
    title: 'Quality improvement activity',
    matches: (entry) => entry.kind === 'qi',
    none: (ctx) => `No quality improvement activity recorded ${ctx.phrase}.`,
  },
  {
    id: 'significant-events',
    title: 'Significant events',
    matches: (entry) => entry.kind === 'significant-event',
    none: (ctx) => `No significant events recorded ${ctx.phrase}. If you had none, say so at appraisal.`,
  },
  {
    id: 'feedback-colleagues',
    title: 'Feedback from colleagues',
    matches: isColleagueFeedback,
    none: (ctx) => `No feedback from colleagues recorded ${ctx.phrase}.`,
    lead: feedbackLead,
  },
  {
    id: 'feedback-patients',
    title: 'Feedback from patients',
    matches: isPatientFeedback,
    none: (ctx) => `No feedback from patients recorded ${ctx.phrase}.`,
    lead: feedbackLead,
  },
  {
    id: 'compliments-complaints',
    title: 'Compliments and complaints',
    matches: isComplimentOrComplaint,
    none: (ctx) => `No compliments or complaints recorded ${ctx.phrase}.`,
    lead: (entries) => [`${complimentsAndComplaints(entries)}.`],
  },
];

/** The supporting-information sections: CPD, QI, significant events, feedback, compliments and complaints. */
export function evidenceSections(ctx: SummaryContext): SummarySection[] {
  return EVIDENCE.map((kind) => {
    const matching = ctx.entries.filter(kind.matches);
    const items: LeafItem[] =
      matching.length === 0
        ? [{ type: 'line', text: kind.none(ctx) }]
        : [
            ...(kind.lead?.(matching, ctx) ?? []).map((text): LeafItem => ({ type: 'line', text })),
            ...entryItems(matching, kind.id, ctx.presenter),
          ];
    return section(kind.id, kind.title, items, leftOutNote(matching, ctx.presenter));
  });
}

/** Whether one of the supporting-information sections shows the entry. */
export function isEvidence(entry: Entry): boolean {
  return EVIDENCE.some((kind) => kind.matches(entry));
}
