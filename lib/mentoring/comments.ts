import { getDb } from '../db';
import { newId } from '../ids';
import { targetExists } from './mentor';
import { MentorComment, SuggestedGoal } from './records';
import { CommentText, checkInput, GoalSuggestion, type Target } from './schema';

/*
 * The mentor's writing on a shared summary. Every write checks that the mentee (and the entry or
 * goal commented on) is still there, in the same transaction as the write.
 */

async function requireTarget(menteeId: string, target: Target): Promise<void> {
  const mentee = await getDb().mentees.get(menteeId);
  if (!mentee) throw new Error('That mentee’s summary is no longer here: it may have been removed.');
  if (!targetExists(mentee.bundle, target)) {
    throw new Error(`That ${target.kind} is not in the summary ${mentee.bundle.displayName} shared.`);
  }
}

/** A comment on the summary, an entry or a goal. */
export async function addMentorComment(
  menteeId: string,
  target: Target,
  text: string,
  now = Date.now(),
): Promise<MentorComment> {
  const comment = MentorComment.parse({
    id: newId(),
    menteeId,
    target,
    text: checkInput(CommentText, text, 'comment'),
    createdAt: now,
    updatedAt: now,
  });
  const db = getDb();
  await db.transaction('rw', db.mentees, db.mentorComments, async () => {
    await requireTarget(menteeId, comment.target);
    await db.mentorComments.add(comment);
  });
  return comment;
}

export async function updateMentorComment(id: string, text: string, now = Date.now()): Promise<MentorComment> {
  const db = getDb();
  return db.transaction('rw', db.mentorComments, async () => {
    const current = await db.mentorComments.get(id);
    if (!current) throw new Error('That comment no longer exists.');
    const next = MentorComment.parse({
      ...current,
      text: checkInput(CommentText, text, 'comment'),
      updatedAt: Math.max(now, current.updatedAt + 1),
    });
    await db.mentorComments.put(next);
    return next;
  });
}

export async function deleteMentorComment(id: string): Promise<void> {
  await getDb().mentorComments.delete(id);
}

/** A development goal suggested to the mentee; it reaches them in the feedback file. */
export async function suggestGoal(
  menteeId: string,
  suggestion: { title: string; competencies?: readonly string[]; note?: string },
  now = Date.now(),
): Promise<SuggestedGoal> {
  const { title, competencies = [], note = '' } = suggestion;
  const goal = SuggestedGoal.parse({
    ...checkInput(GoalSuggestion, { title, competencies, note }, 'goal'),
    id: newId(),
    menteeId,
    createdAt: now,
  });
  const db = getDb();
  await db.transaction('rw', db.mentees, db.suggestedGoals, async () => {
    await requireTarget(menteeId, { kind: 'summary' });
    await db.suggestedGoals.add(goal);
  });
  return goal;
}

export async function deleteSuggestedGoal(id: string): Promise<void> {
  await getDb().suggestedGoals.delete(id);
}
