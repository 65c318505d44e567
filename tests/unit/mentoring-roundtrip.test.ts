import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LanternDB, setDb } from '../../lib/db';
import { FRAMEWORKS } from '../../lib/frameworks';
import {
  addMentorComment,
  createFeedbackFile,
  createShareBundle,
  type Feedback,
  feedbackOn,
  feedbackToEntry,
  feedbackToGoal,
  getMenteeId,
  importFeedback,
  listFeedback,
  openBundle,
  readFeedbackFile,
  readShareFile,
  suggestGoal,
  updateMentorComment,
  writeShareFile,
} from '../../lib/mentoring';
import { buildSummary } from '../../lib/summary';
import { GOALS, JOURNAL, PERIOD } from './fixtures/journal-year';

/*
 * Two browsers, one test: the mentee's database and the mentor's, switched with `setDb`. With a
 * passphrase, each file is sealed once and opened once (600,000 PBKDF2 iterations each time): four
 * derivations, about a second, more on a busy machine, hence the longer timeout.
 */

const NOW = new Date(2026, 10, 22, 9, 30).getTime();
let mentee: LanternDB;
let mentor: LanternDB;

beforeEach(() => {
  mentee = new LanternDB(`test-${crypto.randomUUID()}`);
  mentor = new LanternDB(`test-${crypto.randomUUID()}`);
});

afterEach(async () => {
  await mentee.delete();
  await mentor.delete();
});

/** The mentee shares, the mentor opens it, comments and suggests a goal, and exports feedback. */
async function shareAndAnswer(passphrase?: string) {
  setDb(mentee);
  const menteeId = await getMenteeId();
  const summary = buildSummary(JOURNAL, GOALS, FRAMEWORKS, PERIOD, { inclusion: { 'cpd-airway': 'full' } });
  const bundle = createShareBundle(summary, { menteeId, displayName: 'Dr Siân O’Neill', now: NOW });
  const share = await writeShareFile(bundle, passphrase);

  setDb(mentor);
  const opened = await readShareFile(share.text, passphrase);
  if (!opened.ok) throw new Error(opened.error.message);
  expect(opened).toMatchObject({ encrypted: passphrase !== undefined });
  expect(opened.bundle).toEqual(bundle);
  await openBundle(opened.bundle, NOW + 1);
  const comment = await addMentorComment(menteeId, { kind: 'entry', id: 'cpd-airway' }, 'Run the drill **soon**.', NOW);
  await addMentorComment(menteeId, { kind: 'goal', id: 'goal-course' }, 'Well done.', NOW);
  await addMentorComment(menteeId, { kind: 'summary' }, 'A thoughtful year.', NOW);
  await suggestGoal(
    menteeId,
    { title: 'Lead a QI project', competencies: ['mlcf.1.3', 'retired'], note: 'Start small.' },
    NOW,
  );
  const feedback = await createFeedbackFile(menteeId, 'Dr Patel', passphrase, NOW + 2);
  return { share, feedback, menteeId, comment };
}

const isSuggestion = (row: Feedback) => row.suggestion !== undefined;

describe('sharing with a mentor and taking their feedback back', () => {
  it.each([
    ['without a passphrase', undefined],
    ['with a passphrase', 'tea in the mess at four'],
  ])(
    'goes from share to feedback and back %s',
    async (_how, passphrase) => {
      const { share, feedback } = await shareAndAnswer(passphrase);
      expect(share.filename).toBe('lantern-share-dr-sian-o-neill-2026-11-22.json');
      expect(feedback.filename).toBe('lantern-feedback-dr-sian-o-neill-2026-11-22.json');
      if (passphrase) {
        expect(share.text).not.toContain('Difficult Airway');
        expect(feedback.text).not.toContain('Run the drill');
      }

      setDb(mentee);
      const read = await readFeedbackFile(feedback.text, passphrase);
      if (!read.ok) throw new Error(read.error.message);
      expect(await importFeedback(read.file, NOW + 3)).toEqual({ added: 4, updated: 0, unchanged: 0 });
      const once = await mentee.feedback.toArray();
      expect(await importFeedback(read.file, NOW + 4)).toEqual({ added: 0, updated: 0, unchanged: 4 });
      expect(await mentee.feedback.toArray()).toEqual(once);

      const all = await listFeedback();
      expect(all).toHaveLength(4);
      expect(all.every((row) => row.fromName === 'Dr Patel' && row.bundleCreatedAt === NOW)).toBe(true);
      expect(await feedbackOn({ kind: 'entry', id: 'cpd-airway' })).toEqual([
        expect.objectContaining({
          text: 'Run the drill **soon**.',
          targetTitle: 'Difficult Airway Society annual meeting',
        }),
      ]);
      expect(await feedbackOn({ kind: 'goal', id: 'goal-course' })).toEqual([
        expect.objectContaining({ text: 'Well done.', targetTitle: 'Attend a leadership course' }),
      ]);

      const suggestion = all.find(isSuggestion);
      const goal = await feedbackToGoal(suggestion?.id ?? '', NOW + 5);
      expect(goal).toMatchObject({
        title: 'Lead a QI project',
        competencies: ['mlcf.1.3'],
        status: 'planned',
        reviewNotes: 'Suggested by Dr Patel: Start small.',
      });
      expect(await feedbackToGoal(suggestion?.id ?? '', NOW + 6)).toEqual(goal);
      expect(await mentee.goals.count()).toBe(1);

      const onEntry = all.find((row) => row.target.kind === 'entry');
      const entry = await feedbackToEntry(onEntry?.id ?? '', NOW + 7);
      expect(entry).toMatchObject({
        kind: 'feedback',
        feedbackFrom: 'colleague',
        title: 'Feedback from Dr Patel',
        body: 'On “Difficult Airway Society annual meeting”:\n\nRun the drill **soon**.',
        occurredOn: '2026-11-22',
      });
      expect(await feedbackToEntry(onEntry?.id ?? '', NOW + 8)).toEqual(entry);
      expect(await mentee.entries.count()).toBe(1);
      expect(await mentee.feedback.get(onEntry?.id ?? '')).toMatchObject({ entryId: entry.id, resolvedAt: NOW + 7 });
      expect(await mentee.feedback.get(suggestion?.id ?? '')).toMatchObject({ goalId: goal.id, resolvedAt: NOW + 5 });
      await expect(feedbackToGoal(onEntry?.id ?? '')).rejects.toThrow('Only a suggested goal');
    },
    30_000,
  );

  it('updates a comment the mentor edited, keeping what the mentee made of it', async () => {
    const { menteeId, comment } = await shareAndAnswer();
    setDb(mentee);
    const first = await readFeedbackFile((await inMentor(() => createFeedbackFile(menteeId, 'Dr Patel'))).text);
    if (!first.ok) throw new Error(first.error.message);
    await importFeedback(first.file, NOW + 3);
    const entry = await feedbackToEntry(comment.id, NOW + 4);

    await inMentor(() => updateMentorComment(comment.id, 'Run the drill this month.', NOW + 10));
    const later = await readFeedbackFile(
      (await inMentor(() => createFeedbackFile(menteeId, 'Dr Patel', undefined, NOW + 11))).text,
    );
    if (!later.ok) throw new Error(later.error.message);
    expect(await importFeedback(later.file, NOW + 12)).toEqual({ added: 0, updated: 1, unchanged: 3 });
    expect(await mentee.feedback.get(comment.id)).toMatchObject({
      text: 'Run the drill this month.',
      entryId: entry.id,
      receivedAt: NOW + 3,
    });
  });
});

async function inMentor<T>(run: () => Promise<T>): Promise<T> {
  setDb(mentor);
  try {
    return await run();
  } finally {
    setDb(mentee);
  }
}
