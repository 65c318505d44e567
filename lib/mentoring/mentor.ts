import { formatInstantDate } from '../dates';
import { getDb } from '../db';
import { type BundleChanges, changesBetween, sameSignatures, signEntries } from './changes';
import type { MenteeRecord, MentorComment, SuggestedGoal } from './records';
import { ShareBundle, type Target } from './schema';

/** For the mentor's view, beside every shared summary: Lantern cannot check who made a file. */
export { SELF_DECLARED_NOTE } from './constants';

/** A summary older than the one already kept for that mentee: opening it would go back in time. */
export class OlderBundleError extends Error {
  override name = 'OlderBundleError';
  constructor(displayName: string, sharedAt: number) {
    super(
      `You already have a later summary from ${displayName}, shared on ${formatInstantDate(sharedAt)}. Nothing was changed.`,
    );
  }
}

export interface OpenResult {
  mentee: MenteeRecord;
  /** What is new or changed since the summary it replaced (nothing, for a mentee's first). */
  changes: BundleChanges;
  /** True when it replaced an earlier summary from the same mentee. */
  replaced: boolean;
  /** Comments removed because the entry or goal they were on is no longer shared. */
  droppedComments: number;
}

/**
 * Keeps a shared summary, one per mentee id: a newer one replaces the older, remembering what the
 * older showed so the new and changed entries can be highlighted. Comments on entries and goals still
 * shared are kept; those on entries or goals no longer there go. All in one transaction, after the
 * bundle is checked again and its entries fingerprinted (neither is a Dexie call).
 */
export async function openBundle(bundle: ShareBundle, now = Date.now()): Promise<OpenResult> {
  const parsed = ShareBundle.safeParse(bundle);
  if (!parsed.success) throw new Error('Nothing was opened: this shared summary is not valid.');
  const valid = parsed.data;
  const signatures = await signEntries(valid.entries);
  const db = getDb();
  return db.transaction('rw', db.mentees, db.mentorComments, async () => {
    const existing = await db.mentees.get(valid.menteeId);
    if (existing && existing.bundle.createdAt > valid.createdAt) {
      throw new OlderBundleError(existing.bundle.displayName, existing.bundle.createdAt);
    }
    const again =
      existing !== undefined &&
      existing.bundle.createdAt === valid.createdAt &&
      sameSignatures(existing.signatures, signatures);
    if (again) {
      // The same file opened twice: keep the highlight it had.
      const changes = changesBetween(existing.previousSignatures, existing.signatures);
      return { mentee: existing, changes, replaced: false, droppedComments: 0 };
    }
    const mentee: MenteeRecord = {
      menteeId: valid.menteeId,
      bundle: valid,
      signatures,
      ...(existing ? { previousSignatures: existing.signatures } : {}),
      receivedAt: now,
      updatedAt: Math.max(now, (existing?.updatedAt ?? 0) + 1),
    };
    const comments = await db.mentorComments.where('menteeId').equals(valid.menteeId).toArray();
    const orphans = comments.filter((comment) => !targetExists(valid, comment.target)).map((comment) => comment.id);
    await db.mentorComments.bulkDelete(orphans);
    await db.mentees.put(mentee);
    return {
      mentee,
      changes: changesBetween(mentee.previousSignatures, signatures),
      replaced: existing !== undefined,
      droppedComments: orphans.length,
    };
  });
}

/** Whether what a comment is on is in the bundle: the summary always is. */
export function targetExists(bundle: ShareBundle, target: Target): boolean {
  if (target.kind === 'entry') return bundle.entries.some((entry) => entry.id === target.id);
  if (target.kind === 'goal') return bundle.goals.some((goal) => goal.id === target.id);
  return true;
}

export interface MenteeListItem {
  menteeId: string;
  /** Self-declared: see SELF_DECLARED_NOTE. */
  displayName: string;
  period: ShareBundle['period'];
  sharedAt: number;
  receivedAt: number;
  changes: BundleChanges;
}

/** Every mentee whose summary is kept, by name. */
export async function listMentees(): Promise<MenteeListItem[]> {
  const mentees = await getDb().mentees.toArray();
  return mentees
    .map((mentee) => ({
      menteeId: mentee.menteeId,
      displayName: mentee.bundle.displayName,
      period: mentee.bundle.period,
      sharedAt: mentee.bundle.createdAt,
      receivedAt: mentee.receivedAt,
      changes: changesBetween(mentee.previousSignatures, mentee.signatures),
    }))
    .sort((a, b) => a.displayName.localeCompare(b.displayName, 'en-GB') || a.sharedAt - b.sharedAt);
}

export interface MenteeDetail {
  mentee: MenteeRecord;
  changes: BundleChanges;
  comments: MentorComment[];
  suggestedGoals: SuggestedGoal[];
}

/** A mentee's summary with everything the mentor has written on it, read in one transaction. */
export async function getMentee(menteeId: string): Promise<MenteeDetail | undefined> {
  const db = getDb();
  return db.transaction('r', db.mentees, db.mentorComments, db.suggestedGoals, async () => {
    const mentee = await db.mentees.get(menteeId);
    if (!mentee) return undefined;
    const [comments, suggestedGoals] = await Promise.all([
      db.mentorComments.where('menteeId').equals(menteeId).sortBy('createdAt'),
      db.suggestedGoals.where('menteeId').equals(menteeId).sortBy('createdAt'),
    ]);
    return { mentee, changes: changesBetween(mentee.previousSignatures, mentee.signatures), comments, suggestedGoals };
  });
}

/** Removes a mentee and everything of theirs: the summary, the comments on it, the suggested goals. */
export async function removeMentee(menteeId: string): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.mentees, db.mentorComments, db.suggestedGoals, async () => {
    await db.mentorComments.where('menteeId').equals(menteeId).delete();
    await db.suggestedGoals.where('menteeId').equals(menteeId).delete();
    await db.mentees.delete(menteeId);
  });
}
