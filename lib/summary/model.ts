import { z } from 'zod';
import { ENTRY_KIND_IDS } from '../entries/kinds';
import { FEEDBACK_SOURCES } from '../entries/schema';
import { GOAL_STATUSES } from '../goals/schema';

/**
 * The one summary model. Every renderer (preview, plain text, Markdown, Word, JSON, print, share bundle) reads
 * these shapes and nothing else, so what an export may say is decided once, in the builders.
 */

/** How much of an entry a summary may show: nothing, its title and learning points, or everything. */
export const INCLUSIONS = ['none', 'title', 'full'] as const;
export const Inclusion = z.enum(INCLUSIONS);
export type Inclusion = z.infer<typeof Inclusion>;

const PeriodShape = z.object({ label: z.string(), start: z.string(), end: z.string() });

/** The least a summary says about an entry it shows: enough to find it. */
export const EntryRef = z.object({
  id: z.string(),
  title: z.string(),
  date: z.string(),
  dateLabel: z.string(),
  kind: z.enum(ENTRY_KIND_IDS),
  kindLabel: z.string(),
});
export type EntryRef = z.infer<typeof EntryRef>;

/** An entry as its inclusion allows: `title` adds learning points; `full` adds the text, actions and links. */
export const SummaryEntry = EntryRef.extend({
  inclusion: z.enum(['title', 'full']),
  learningPoints: z.array(z.string()),
  starred: z.boolean(),
  cpdHours: z.number().optional(),
  feedbackFrom: z.enum(FEEDBACK_SOURCES).optional(),
  feedbackExercise: z.boolean().optional(),
  body: z.string().optional(),
  actions: z.array(z.string()).optional(),
  role: z.string().optional(),
  /** Element names, from the frameworks. */
  competencies: z.array(z.string()).optional(),
  /** File names only, and only when the user chose to list them. */
  attachments: z.array(z.string()).optional(),
});
export type SummaryEntry = z.infer<typeof SummaryEntry>;

export const SummaryGoal = z.object({
  id: z.string(),
  title: z.string(),
  status: z.enum(GOAL_STATUSES),
  statusLabel: z.string(),
  targetDate: z.string().optional(),
  targetDateLabel: z.string().optional(),
  /** Still open with its target date before the end of the period. */
  overdue: z.boolean(),
  reviewNotes: z.string().optional(),
  competencies: z.array(z.string()),
  /** Every linked entry in the period, shown or not. */
  linkedCount: z.number(),
  linked: z.array(EntryRef),
});
export type SummaryGoal = z.infer<typeof SummaryGoal>;

export const GAP_CODES = [
  'no-patient-feedback-exercise',
  'no-colleague-feedback-exercise',
  'cpd-below-target',
  'no-quality-improvement',
  'no-significant-events',
  'domain-without-entries',
  'domain-thinly-covered',
  'no-appraisal-meeting',
  'no-development-plan',
  'no-supervisor-meeting',
] as const;
export const Gap = z.object({
  code: z.enum(GAP_CODES),
  message: z.string(),
  /** For `domain-without-entries` and `domain-thinly-covered`: which domain. */
  domainId: z.string().optional(),
});
export type Gap = z.infer<typeof Gap>;
export type GapCode = Gap['code'];

export const CHECK_STATUSES = ['met', 'missing', 'not-yet-due'] as const;
/** One thing revalidation expects, checked against the journal. */
export const Check = z.object({
  id: z.string(),
  title: z.string(),
  status: z.enum(CHECK_STATUSES),
  detail: z.string(),
  count: z.number(),
  /** Expected only if it happened (significant events, complaints): missing is no fault. */
  soft: z.boolean().optional(),
  /** For CPD: the hours recorded and the yearly target. */
  hours: z.number().optional(),
  target: z.number().optional(),
});
export type Check = z.infer<typeof Check>;

export const SummaryTable = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.object({ cells: z.array(z.string()), heading: z.boolean().optional() })),
});
export type SummaryTable = z.infer<typeof SummaryTable>;

const LeafItem = z.discriminatedUnion('type', [
  z.object({ type: z.literal('line'), text: z.string() }),
  z.object({ type: z.literal('entry'), entry: SummaryEntry }),
  /** An entry shown in full elsewhere; `seeSection` names where. */
  z.object({ type: z.literal('ref'), entry: EntryRef, seeSection: z.string().optional() }),
  z.object({ type: z.literal('goal'), goal: SummaryGoal }),
  z.object({ type: z.literal('table'), table: SummaryTable }),
  z.object({ type: z.literal('check'), check: Check }),
  z.object({ type: z.literal('gap'), gap: Gap }),
]);
export type LeafItem = z.infer<typeof LeafItem>;

/** Items nest one level: a group (a role, a domain, a year) holds leaf items. */
export const SummaryItem = z.union([
  LeafItem,
  z.object({ type: z.literal('group'), title: z.string(), count: z.number().optional(), items: z.array(LeafItem) }),
]);
export type SummaryItem = z.infer<typeof SummaryItem>;
export type GroupItem = Extract<SummaryItem, { type: 'group' }>;

export const SummarySection = z.object({
  id: z.string(),
  title: z.string(),
  items: z.array(SummaryItem),
  note: z.string().optional(),
  /** The doctor's own reflection on the section, where the appraisal template asks for one. */
  reflection: z.string().optional(),
});
export type SummarySection = z.infer<typeof SummarySection>;

export const SUMMARY_KINDS = ['appraisal', 'revalidation', 'training'] as const;
export type SummaryKind = (typeof SUMMARY_KINDS)[number];

/** What every renderer needs: a title, the period and the sections in reading order. */
export const SummaryDocument = z.object({
  kind: z.enum(SUMMARY_KINDS),
  title: z.string(),
  period: PeriodShape,
  generatedOn: z.string().optional(),
  sections: z.array(SummarySection),
});
export type SummaryDocument = z.infer<typeof SummaryDocument>;

export const CoverageTable = z.object({
  frameworkId: z.string(),
  frameworkName: z.string(),
  domains: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      count: z.number(),
      elements: z.array(z.object({ id: z.string(), name: z.string(), count: z.number() })),
    }),
  ),
});
export type CoverageTable = z.infer<typeof CoverageTable>;

export const AppraisalSummary = SummaryDocument.extend({
  kind: z.literal('appraisal'),
  framework: z.object({ id: z.string(), name: z.string(), shortName: z.string() }),
  totals: z.object({
    /** Every live entry in the period, shown or not. */
    entries: z.number(),
    shown: z.number(),
    leftOut: z.number(),
    cpdHours: z.number(),
    cpdTarget: z.number(),
  }),
  coverage: CoverageTable,
  gaps: z.array(Gap),
});
export type AppraisalSummary = z.infer<typeof AppraisalSummary>;

export const RevalidationYear = z.object({
  number: z.number(),
  start: z.string(),
  end: z.string(),
  label: z.string(),
  state: z.enum(['past', 'current', 'future']),
  checks: z.array(Check),
});
export type RevalidationYear = z.infer<typeof RevalidationYear>;

export const RevalidationView = SummaryDocument.extend({
  kind: z.literal('revalidation'),
  revalidationDate: z.string(),
  /** Days to the revalidation date (negative once it has passed) and the same in words. */
  timeLeft: z.object({ days: z.number(), label: z.string() }),
  years: z.array(RevalidationYear),
  cycleChecks: z.array(Check),
});
export type RevalidationView = z.infer<typeof RevalidationView>;

export const TrainingReview = SummaryDocument.extend({
  kind: z.literal('training'),
  totals: z.object({
    entries: z.number(),
    reflections: z.number(),
    supervisorMeetings: z.number(),
    leadership: z.number(),
    /** Entries linked to a leadership framework and to no GPC domain. */
    leadershipOnly: z.number().optional(),
  }),
  domains: z.array(z.object({ id: z.string(), name: z.string(), count: z.number(), entries: z.array(EntryRef) })),
  supervisorMeetings: z.array(EntryRef),
  leadership: z.array(EntryRef),
  gaps: z.array(Gap),
});
export type TrainingReview = z.infer<typeof TrainingReview>;

export type AnySummary = AppraisalSummary | RevalidationView | TrainingReview;
