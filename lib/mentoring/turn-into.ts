import { localIsoDate } from '../dates';
import { getDb } from '../db';
import { draftEntry, putEntry } from '../entries/repository';
import { type Entry, MAX_TITLE_LENGTH } from '../entries/schema';
import { createGoal } from '../goals/repository';
import type { Goal } from '../goals/schema';
import { knownCompetencies } from './feedback';
import type { Feedback } from './records';

/*
 * Feedback into the journal in one step: a suggested goal becomes a plan goal, any feedback a
 * "feedback" entry. Each creates at most one: asked again, it hands back what it made before.
 */

const clip = (text: string, length: number) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

async function requireFeedback(id: string): Promise<Feedback> {
  const row = await getDb().feedback.get(id);
  if (!row) throw new Error('That feedback no longer exists.');
  return row;
}

async function mark(row: Feedback, made: { goalId: string } | { entryId: string }, now: number): Promise<void> {
  await getDb().feedback.put({
    ...row,
    ...made,
    resolvedAt: row.resolvedAt ?? now,
    updatedAt: Math.max(now, row.updatedAt + 1),
  });
}

/** A suggested goal as a goal in the development plan, its note kept in the goal's notes. */
export async function feedbackToGoal(feedbackId: string, now = Date.now()): Promise<Goal> {
  const db = getDb();
  return db.transaction('rw', db.feedback, db.goals, async () => {
    const row = await requireFeedback(feedbackId);
    const { suggestion } = row;
    if (!suggestion) throw new Error('Only a suggested goal can become a goal; this is a comment.');
    const made = row.goalId === undefined ? undefined : await db.goals.get(row.goalId);
    if (made) return made;
    const note = suggestion.note === '' ? '' : `: ${suggestion.note}`;
    const goal = await createGoal(
      {
        title: suggestion.title,
        competencies: knownCompetencies(suggestion.competencies),
        reviewNotes: `Suggested by ${row.fromName}${note}`,
      },
      now,
    );
    await mark(row, { goalId: goal.id }, now);
    return goal;
  });
}

/** The feedback as a "feedback" entry from a colleague, dated when the mentor wrote it. */
export async function feedbackToEntry(feedbackId: string, now = Date.now()): Promise<Entry> {
  const db = getDb();
  return db.transaction('rw', db.feedback, db.entries, async () => {
    const row = await requireFeedback(feedbackId);
    const made = row.entryId === undefined ? undefined : await db.entries.get(row.entryId);
    if (made && made.deletedAt === undefined) return made;
    const entry = await putEntry(
      draftEntry(
        {
          kind: 'feedback',
          feedbackFrom: 'colleague',
          title: clip(`Feedback from ${row.fromName}`, MAX_TITLE_LENGTH),
          body: entryBody(row),
          occurredOn: localIsoDate(new Date(row.writtenAt)),
          tags: ['mentoring'],
        },
        now,
      ),
    );
    await mark(row, { entryId: entry.id }, now);
    return entry;
  });
}

/** The mentor's words, with what they were about. */
function entryBody(row: Feedback): string {
  const parts: string[] = [];
  if (row.suggestion) parts.push(`Suggested goal: ${row.suggestion.title}`);
  else if (row.target.kind === 'summary') parts.push('On my summary:');
  else if (row.targetTitle !== undefined) parts.push(`On “${row.targetTitle}”:`);
  if (row.text !== '') parts.push(row.text);
  return parts.join('\n\n');
}
