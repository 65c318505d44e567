import { z } from 'zod';
import {
  CommentText,
  DisplayName,
  GoalSuggestion,
  MAX_COMMENT_LENGTH,
  MenteeId,
  ShareBundle,
  Target,
  Timestamp,
} from './schema';

/*
 * What mentoring keeps in the database (lib/db.ts version 5), one schema per table. The mentor's
 * side: `mentees`, `mentorComments`, `suggestedGoals`. The mentee's side: `feedback`.
 */

/** An entry as it was shared, reduced to a fingerprint of everything the mentor saw of it. */
export const EntrySignature = z.object({ id: z.string().min(1), signature: z.string().min(1) });
export type EntrySignature = z.infer<typeof EntrySignature>;

/** Mentor side: the latest summary a mentee shared, one record per mentee id. */
export const MenteeRecord = z.object({
  menteeId: MenteeId,
  bundle: ShareBundle,
  signatures: z.array(EntrySignature),
  /** The bundle before this one's signatures, for highlighting what is new or changed; none at first. */
  previousSignatures: z.array(EntrySignature).optional(),
  receivedAt: Timestamp,
  /** When this record last changed, for backups' newer-wins merge. */
  updatedAt: Timestamp,
});
export type MenteeRecord = z.infer<typeof MenteeRecord>;

/** Mentor side: a comment on a mentee's summary, one of their entries, or one of their goals. */
export const MentorComment = z.object({
  id: z.string().min(1),
  menteeId: MenteeId,
  target: Target,
  text: CommentText,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type MentorComment = z.infer<typeof MentorComment>;

/** Mentor side: a development goal suggested to a mentee. */
export const SuggestedGoal = GoalSuggestion.extend({
  id: z.string().min(1),
  menteeId: MenteeId,
  createdAt: Timestamp,
});
export type SuggestedGoal = z.infer<typeof SuggestedGoal>;

/**
 * Mentee side: one comment or suggested goal from a mentor's feedback file. The id is the mentor's
 * own, so importing the same file again finds the same rows. `goalId` and `entryId` say what the
 * doctor turned it into; `resolvedAt` that they are done with it.
 */
export const Feedback = z.object({
  id: z.string().min(1),
  /** The mentor's name, as they typed it. */
  fromName: DisplayName,
  receivedAt: Timestamp,
  /** When the summary the mentor read was shared. */
  bundleCreatedAt: Timestamp,
  target: Target,
  targetTitle: z.string().max(300).optional(),
  /** The comment, or a suggested goal's note. */
  text: z.string().max(MAX_COMMENT_LENGTH),
  suggestion: GoalSuggestion.optional(),
  /** When the mentor last wrote it. */
  writtenAt: Timestamp,
  updatedAt: Timestamp,
  goalId: z.string().min(1).optional(),
  entryId: z.string().min(1).optional(),
  resolvedAt: Timestamp.optional(),
});
export type Feedback = z.infer<typeof Feedback>;
