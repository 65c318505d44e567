import { PBKDF2_ITERATIONS } from '../../crypto/constants';
import { sealContent } from '../../crypto/seal';
import {
  FEEDBACK_FORMAT,
  FEEDBACK_VERSION,
  INPUT_MESSAGES,
  MAX_COMMENT_LENGTH,
  MAX_GOAL_TITLE_LENGTH,
  MAX_NAME_LENGTH,
} from '../constants';
import { entriesOf, goalsOf } from '../derive';
import type { FeedbackFile } from '../schema';
import type { PageData } from './data';
import { type Drafts, targetOf } from './drafts';

/*
 * The mentor's drafts in the page turned into the feedback file "Mentoring: Import Feedback…" reads.
 * Checked here by hand against the same limits as the schema (the page has no zod); a test holds the
 * result to the schema.
 */

export type FeedbackResult = { ok: true; file: FeedbackFile } | { ok: false; message: string };

/** The feedback file for these drafts, or what to put right first, in words the mentor can act on. */
export function feedbackFileOf(data: PageData, drafts: Drafts, now: number): FeedbackResult {
  const mentorName = drafts.mentorName.trim();
  if (!mentorName || mentorName.length > MAX_NAME_LENGTH) return { ok: false, message: INPUT_MESSAGES.name };
  const titles = new Map<string, string>([
    ...entriesOf(data.summary).map((entry) => [`entry:${entry.id}`, entry.title] as const),
    ...goalsOf(data.summary).map((goal) => [`goal:${goal.id}`, goal.title] as const),
  ]);
  const comments: FeedbackFile['comments'] = [];
  for (const [key, comment] of Object.entries(drafts.comments)) {
    const target = targetOf(key);
    const text = comment.text.trim();
    if (!target || !text || (target.kind !== 'summary' && !titles.has(key))) continue;
    if (text.length > MAX_COMMENT_LENGTH) return { ok: false, message: INPUT_MESSAGES.comment };
    const title = titles.get(key);
    const { id, createdAt, updatedAt } = comment;
    comments.push({ id, target, text, createdAt, updatedAt, ...(title ? { targetTitle: title.slice(0, 300) } : {}) });
  }
  const suggestedGoals: FeedbackFile['suggestedGoals'] = [];
  for (const { id, title, note, createdAt } of drafts.suggestions) {
    if (!title.trim() || title.trim().length > MAX_GOAL_TITLE_LENGTH)
      return { ok: false, message: INPUT_MESSAGES.goal };
    if (note.trim().length > MAX_COMMENT_LENGTH) return { ok: false, message: INPUT_MESSAGES.comment };
    suggestedGoals.push({ id, title: title.trim(), competencies: [], note: note.trim(), createdAt });
  }
  if (!comments.length && !suggestedGoals.length) {
    return { ok: false, message: 'Write a comment or suggest a goal first: there is no feedback to save yet.' };
  }
  comments.sort((a, b) => a.createdAt - b.createdAt);
  const file: FeedbackFile = {
    format: FEEDBACK_FORMAT,
    version: FEEDBACK_VERSION,
    menteeId: data.menteeId,
    mentorName,
    createdAt: now,
    bundleCreatedAt: data.createdAt,
    comments,
    suggestedGoals,
  };
  return { ok: true, file };
}

/** The file's text: as Lantern writes it, sealed in the envelope when the page was (same passphrase). */
export async function feedbackText(file: FeedbackFile, passphrase?: string): Promise<string> {
  const json = JSON.stringify(file, null, 2);
  return passphrase === undefined ? json : JSON.stringify(await sealContent(json, passphrase, PBKDF2_ITERATIONS));
}
