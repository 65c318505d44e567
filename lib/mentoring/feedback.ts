import { getDb } from '../db';
import { findElement } from '../frameworks';
import { canonicalJson } from '../json';
import { NOT_FOR_YOU } from './feedback-file';
import { peekMenteeId } from './mentee-id';
import { Feedback } from './records';
import { FeedbackFile, type Target } from './schema';

export interface FeedbackImport {
  added: number;
  updated: number;
  unchanged: number;
}

/** The rows a feedback file brings: one per comment and one per suggested goal. */
function rowsOf(file: FeedbackFile, now: number): Feedback[] {
  const from = { fromName: file.mentorName, receivedAt: now, bundleCreatedAt: file.bundleCreatedAt, updatedAt: now };
  return [
    ...file.comments.map((comment) =>
      Feedback.parse({
        ...from,
        id: comment.id,
        target: comment.target,
        targetTitle: comment.targetTitle,
        text: comment.text,
        writtenAt: comment.updatedAt,
      }),
    ),
    ...file.suggestedGoals.map(({ id, title, competencies, note, createdAt }) =>
      Feedback.parse({
        ...from,
        id,
        target: { kind: 'summary' },
        text: note,
        suggestion: { title, competencies, note },
        writtenAt: createdAt,
      }),
    ),
  ];
}

/** What the mentor wrote, apart from when it arrived and what the doctor has done with it. */
const contentOf = ({ receivedAt: _r, updatedAt: _u, goalId: _g, entryId: _e, resolvedAt: _d, ...rest }: Feedback) =>
  canonicalJson(rest);

/**
 * "Mentoring: Import Feedback…": a feedback file `readFeedbackFile` accepted, written in one
 * transaction. Importing the same file again changes nothing; a later file from the mentor updates
 * the text of comments they edited, keeping what the doctor turned each into.
 */
export async function importFeedback(file: FeedbackFile, now = Date.now()): Promise<FeedbackImport> {
  const parsed = FeedbackFile.safeParse(file);
  if (!parsed.success) throw new Error('Nothing was imported: this feedback file is not valid.');
  if (parsed.data.menteeId !== (await peekMenteeId())) throw new Error(NOT_FOR_YOU);
  const incoming = rowsOf(parsed.data, now);
  const db = getDb();
  return db.transaction('rw', db.feedback, async () => {
    const here = await db.feedback.bulkGet(incoming.map((row) => row.id));
    const counts: FeedbackImport = { added: 0, updated: 0, unchanged: 0 };
    const put: Feedback[] = [];
    for (const [i, row] of incoming.entries()) {
      const local = here[i];
      if (!local) {
        counts.added += 1;
        put.push(row);
      } else if (contentOf(local) === contentOf(row) || row.writtenAt < local.writtenAt) {
        counts.unchanged += 1;
      } else {
        counts.updated += 1;
        const { goalId, entryId, resolvedAt, receivedAt } = local;
        put.push({ ...row, receivedAt, ...definedOnly({ goalId, entryId, resolvedAt }) });
      }
    }
    await db.feedback.bulkPut(put);
    return counts;
  });
}

function definedOnly<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** All feedback in one place: latest first. */
export async function listFeedback(): Promise<Feedback[]> {
  const rows = await getDb().feedback.toArray();
  return rows.sort((a, b) => b.receivedAt - a.receivedAt || b.writtenAt - a.writtenAt || a.id.localeCompare(b.id));
}

/** The feedback on one entry or goal, to show beside it. */
export async function feedbackOn(target: Exclude<Target, { kind: 'summary' }>): Promise<Feedback[]> {
  const rows = await getDb().feedback.where('target.id').equals(target.id).toArray();
  return rows.filter((row) => row.target.kind === target.kind).sort((a, b) => a.writtenAt - b.writtenAt);
}

export async function setFeedbackResolved(id: string, resolved: boolean, now = Date.now()): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.feedback, async () => {
    const row = await db.feedback.get(id);
    if (!row) throw new Error('That feedback no longer exists.');
    const { resolvedAt: _was, ...rest } = row;
    await db.feedback.put({
      ...rest,
      ...(resolved ? { resolvedAt: now } : {}),
      updatedAt: Math.max(now, row.updatedAt + 1),
    });
  });
}

export async function deleteFeedback(id: string): Promise<void> {
  await getDb().feedback.delete(id);
}

/** Only element ids this Lantern knows: a suggestion from another version may name others. */
export function knownCompetencies(ids: readonly string[]): string[] {
  return [...new Set(ids)].filter((id) => findElement(id) !== undefined);
}
