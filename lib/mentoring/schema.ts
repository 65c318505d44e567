import { z } from 'zod';
import { IsoDate } from '../entries/schema';
import { canonicalJson } from '../json';
import { AppraisalSummary, SummaryEntry, SummaryGoal } from '../summary/model';
import {
  FEEDBACK_FORMAT,
  FEEDBACK_VERSION,
  INPUT_MESSAGES,
  MAX_COMMENT_LENGTH,
  MAX_GOAL_TITLE_LENGTH,
  MAX_NAME_LENGTH,
  SHARE_FORMAT,
  SHARE_VERSION,
} from './constants';
import { entriesOf, goalsOf } from './derive';

/*
 * The two files mentoring passes between browsers, one zod schema and one version each. Both may be
 * sealed in the one crypto envelope; inside, they are these shapes.
 */

export {
  FEEDBACK_FORMAT,
  FEEDBACK_VERSION,
  INPUT_MESSAGES,
  MAX_COMMENT_LENGTH,
  MAX_GOAL_TITLE_LENGTH,
  MAX_NAME_LENGTH,
  SHARE_FORMAT,
  SHARE_VERSION,
} from './constants';

export const Timestamp = z.number().int().nonnegative();
export const MenteeId = z.string().min(1).max(100);
/** A name someone typed about themselves: shown, never trusted. */
export const DisplayName = z.string().trim().min(1).max(MAX_NAME_LENGTH);
export const CommentText = z.string().trim().min(1).max(MAX_COMMENT_LENGTH);

export function checkInput<T>(schema: z.ZodType<T>, value: unknown, input: keyof typeof INPUT_MESSAGES): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new Error(INPUT_MESSAGES[input]);
  return parsed.data;
}

/** What a mentor's comment is about: the summary as a whole, one entry, or one goal. */
export const Target = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('summary') }),
  z.object({ kind: z.literal('entry'), id: z.string().min(1) }),
  z.object({ kind: z.literal('goal'), id: z.string().min(1) }),
]);
export type Target = z.infer<typeof Target>;

export const SharePeriod = z.object({ label: z.string().max(200), start: IsoDate, end: IsoDate });

/**
 * A summary shared with a mentor. `entries` and `goals` are exactly the entry and goal items of
 * `summary`, as the preview showed them: a file whose lists say more (or other) than its summary is
 * refused, so a bundle can never carry more than the doctor saw.
 */
export const ShareBundle = z
  .object({
    format: z.literal(SHARE_FORMAT),
    version: z.literal(SHARE_VERSION),
    menteeId: MenteeId,
    displayName: DisplayName,
    createdAt: Timestamp,
    period: SharePeriod,
    summary: AppraisalSummary,
    entries: z.array(SummaryEntry),
    goals: z.array(SummaryGoal),
  })
  .superRefine((bundle, ctx) => {
    const refuse = (path: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message, params: { reason: message } });
    if (canonicalJson(bundle.entries) !== canonicalJson(entriesOf(bundle.summary))) {
      refuse('entries', 'its entries are not the ones its summary shows');
    }
    if (canonicalJson(bundle.goals) !== canonicalJson(goalsOf(bundle.summary))) {
      refuse('goals', 'its goals are not the ones its summary shows');
    }
    const { label, start, end } = bundle.summary.period;
    if (canonicalJson(bundle.period) !== canonicalJson({ label, start, end })) {
      refuse('period', 'its period is not its summary’s');
    }
  });
export type ShareBundle = z.infer<typeof ShareBundle>;

export const FeedbackComment = z.object({
  id: z.string().min(1),
  target: Target,
  /** The entry's or goal's title as the mentor saw it, so the comment reads sensibly on its own. */
  targetTitle: z.string().max(300).optional(),
  text: CommentText,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type FeedbackComment = z.infer<typeof FeedbackComment>;

export const GoalSuggestion = z.object({
  title: z.string().trim().min(1).max(MAX_GOAL_TITLE_LENGTH),
  /** Framework element ids, as goals hold them. */
  competencies: z.array(z.string().min(1).max(100)).max(50),
  note: z.string().trim().max(MAX_COMMENT_LENGTH),
});
export type GoalSuggestion = z.infer<typeof GoalSuggestion>;

export const FeedbackSuggestion = GoalSuggestion.extend({ id: z.string().min(1), createdAt: Timestamp });
export type FeedbackSuggestion = z.infer<typeof FeedbackSuggestion>;

/** A mentor's reply to one shared summary: comments and suggested goals, each with its own id. */
export const FeedbackFile = z
  .object({
    format: z.literal(FEEDBACK_FORMAT),
    version: z.literal(FEEDBACK_VERSION),
    menteeId: MenteeId,
    /** Self-declared, like the mentee's display name. */
    mentorName: DisplayName,
    createdAt: Timestamp,
    /** When the summary the mentor read was shared. */
    bundleCreatedAt: Timestamp,
    comments: z.array(FeedbackComment).max(10_000),
    suggestedGoals: z.array(FeedbackSuggestion).max(1000),
  })
  .superRefine((file, ctx) => {
    // Importing keys feedback by these ids: two alike would silently become one.
    const TWICE = 'an id is used twice';
    const seen = new Set<string>();
    for (const [list, items] of [
      ['comments', file.comments],
      ['suggestedGoals', file.suggestedGoals],
    ] as const) {
      for (const [index, item] of items.entries()) {
        if (seen.has(item.id))
          ctx.addIssue({ code: 'custom', path: [list, index, 'id'], message: TWICE, params: { reason: TWICE } });
        seen.add(item.id);
      }
    }
  });
export type FeedbackFile = z.infer<typeof FeedbackFile>;
