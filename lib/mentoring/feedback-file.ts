import { getDb } from '../db';
import { mentoringFilename } from './bundle';
import { type FileSpec, fail, type MentoringProblem, readLanternFile, sealIfAsked } from './file';
import { peekMenteeId } from './mentee-id';
import type { MenteeRecord } from './records';
import { checkInput, DisplayName, FEEDBACK_FORMAT, FEEDBACK_VERSION, FeedbackFile, type Target } from './schema';

export type FeedbackReadResult =
  | { ok: true; file: FeedbackFile; encrypted: boolean }
  | { ok: false; error: MentoringProblem };

const FEEDBACK: FileSpec<FeedbackFile> = {
  format: FEEDBACK_FORMAT,
  version: FEEDBACK_VERSION,
  schema: FeedbackFile,
  noun: 'feedback file',
  notThis: 'not-a-feedback-file',
  askFor: 'your mentor',
};

export const NOT_FOR_YOU =
  'This feedback is on a summary shared from another browser, not this one. Nothing was imported.';

/**
 * "Mentoring: Export Feedback…": the mentor's comments and suggested goals on one mentee's summary,
 * as a file for the mentee, optionally sealed under a passphrase.
 */
export async function createFeedbackFile(
  menteeId: string,
  mentorName: string,
  passphrase?: string,
  now = Date.now(),
): Promise<{ filename: string; text: string }> {
  const db = getDb();
  const { mentee, comments, suggestedGoals } = await db.transaction(
    'r',
    db.mentees,
    db.mentorComments,
    db.suggestedGoals,
    async () => ({
      mentee: await db.mentees.get(menteeId),
      comments: await db.mentorComments.where('menteeId').equals(menteeId).sortBy('createdAt'),
      suggestedGoals: await db.suggestedGoals.where('menteeId').equals(menteeId).sortBy('createdAt'),
    }),
  );
  if (!mentee) throw new Error('That mentee’s summary is no longer here: it may have been removed.');
  const file = FeedbackFile.parse({
    format: FEEDBACK_FORMAT,
    version: FEEDBACK_VERSION,
    menteeId,
    mentorName: checkInput(DisplayName, mentorName, 'name'),
    createdAt: now,
    bundleCreatedAt: mentee.bundle.createdAt,
    comments: comments.map(({ id, target, text, createdAt, updatedAt }) => {
      const targetTitle = titleOf(mentee, target);
      return { id, target, text, createdAt, updatedAt, ...(targetTitle === undefined ? {} : { targetTitle }) };
    }),
    suggestedGoals: suggestedGoals.map(({ id, title, competencies, note, createdAt }) => ({
      id,
      title,
      competencies,
      note,
      createdAt,
    })),
  });
  // Named for the mentee: a mentor keeps one file per mentee, a mentee has few mentors.
  const filename = mentoringFilename('feedback', mentee.bundle.displayName, now);
  return { filename, text: await sealIfAsked(file, passphrase) };
}

function titleOf(mentee: MenteeRecord, target: Target): string | undefined {
  if (target.kind === 'entry') return mentee.bundle.entries.find((entry) => entry.id === target.id)?.title;
  if (target.kind === 'goal') return mentee.bundle.goals.find((goal) => goal.id === target.id)?.title;
  return undefined;
}

/**
 * Reads and checks a whole feedback file, and that it answers a summary shared from this browser.
 * Writes nothing (it does not even make a mentee id): `importFeedback` does, given what this returns.
 */
export async function readFeedbackFile(text: string, passphrase?: string): Promise<FeedbackReadResult> {
  const result = await readLanternFile(text, passphrase, FEEDBACK);
  if (!result.ok) return result;
  if (result.value.menteeId !== (await peekMenteeId())) return fail('wrong-mentee', NOT_FOR_YOU);
  return { ok: true, file: result.value, encrypted: result.encrypted };
}
