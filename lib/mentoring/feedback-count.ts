import { getDb } from '../db';

/**
 * How many comments from a mentor are about this entry or goal. Small and separate from the rest of
 * mentoring, so the editor can ask without loading it: most entries have none.
 */
export async function countFeedbackOn(targetId: string): Promise<number> {
  return getDb().feedback.where('target.id').equals(targetId).count();
}

/** The id of the part of a page that shows a mentor's comments on one entry or goal: Feedback links to it. */
export const feedbackAnchorId = (targetId: string) => `mentor-feedback-${targetId}`;
