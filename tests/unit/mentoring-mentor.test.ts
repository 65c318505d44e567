import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_TABLE_NAMES } from '../../lib/backup';
import { LanternDB, setDb } from '../../lib/db';
import { Entry, type EntryInput } from '../../lib/entries/schema';
import { FRAMEWORKS } from '../../lib/frameworks';
import { Goal } from '../../lib/goals/schema';
import {
  addMentorComment,
  createFeedbackFile,
  createShareBundle,
  deleteMentorComment,
  getMentee,
  getMenteeId,
  importFeedback,
  listMentees,
  NOT_FOR_YOU,
  OlderBundleError,
  openBundle,
  readFeedbackFile,
  removeMentee,
  suggestGoal,
  type Target,
  updateMentorComment,
} from '../../lib/mentoring';
import { buildSummary } from '../../lib/summary';
import { PERIOD } from './fixtures/journal-year';

const NOW = new Date(2026, 10, 22, 9, 30).getTime();
let db: LanternDB;

const anEntry = (id: string, overrides: Partial<EntryInput> = {}) =>
  Entry.parse({
    id,
    title: `Entry ${id}`,
    body: `About ${id}`,
    occurredOn: '2026-06-01',
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  });
const aGoal = (id: string) => Goal.parse({ id, title: `Goal ${id}`, createdAt: NOW, updatedAt: NOW });

function aBundle(entries: Entry[], goals: Goal[], at: number, menteeId = 'mentee-1', displayName = 'Siân') {
  const summary = buildSummary(entries, goals, FRAMEWORKS, PERIOD, { defaultInclusion: 'full' });
  return createShareBundle(summary, { menteeId, displayName, now: at });
}

const first = () => aBundle([anEntry('a'), anEntry('b'), anEntry('c')], [aGoal('g1'), aGoal('g2')], NOW);
const second = () =>
  aBundle([anEntry('a'), anEntry('b', { body: 'Rewritten' }), anEntry('d')], [aGoal('g1')], NOW + 86_400_000);

async function snapshot(): Promise<Record<string, unknown[]>> {
  const lists = await Promise.all(BACKUP_TABLE_NAMES.map((name) => db.table(name).toArray()));
  return Object.fromEntries(BACKUP_TABLE_NAMES.map((name, i) => [name, lists[i] ?? []]));
}

const on = (kind: 'entry' | 'goal', id: string): Target => ({ kind, id });

beforeEach(() => {
  db = new LanternDB(`test-${crypto.randomUUID()}`);
  setDb(db);
});

afterEach(async () => {
  await db.delete();
});

describe('opening a shared summary as a mentor', () => {
  it('keeps the first summary from a mentee with nothing highlighted', async () => {
    const result = await openBundle(first(), NOW);
    expect(result).toMatchObject({ replaced: false, droppedComments: 0 });
    expect(result.changes).toEqual({ newEntryIds: [], changedEntryIds: [], removedEntryIds: [] });
    expect(await listMentees()).toEqual([
      expect.objectContaining({ menteeId: 'mentee-1', displayName: 'Siân', sharedAt: NOW, receivedAt: NOW }),
    ]);
  });

  it('replaces an older summary, highlights what changed and keeps comments on what is still shared', async () => {
    await openBundle(first(), NOW);
    const kept = [
      await addMentorComment('mentee-1', { kind: 'summary' }, 'A strong year.', NOW),
      await addMentorComment('mentee-1', on('entry', 'a'), 'Good reflection.', NOW),
      await addMentorComment('mentee-1', on('entry', 'b'), 'Say more about this.', NOW),
      await addMentorComment('mentee-1', on('goal', 'g1'), 'Realistic.', NOW),
    ];
    await addMentorComment('mentee-1', on('entry', 'c'), 'On an entry that goes.', NOW);
    await addMentorComment('mentee-1', on('goal', 'g2'), 'On a goal that goes.', NOW);
    const suggestion = await suggestGoal('mentee-1', { title: 'Shadow a clinical director' }, NOW);

    const result = await openBundle(second(), NOW + 100);
    expect(result.changes).toEqual({ newEntryIds: ['d'], changedEntryIds: ['b'], removedEntryIds: ['c'] });
    expect(result).toMatchObject({ replaced: true, droppedComments: 2 });
    const detail = await getMentee('mentee-1');
    expect(detail?.mentee.bundle.entries.map((entry) => entry.id).sort()).toEqual(['a', 'b', 'd']);
    expect(detail?.changes).toEqual(result.changes);
    expect(detail?.comments).toHaveLength(kept.length);
    expect(detail?.comments).toEqual(expect.arrayContaining(kept));
    expect(detail?.suggestedGoals).toEqual([suggestion]);
    expect(await listMentees()).toHaveLength(1);
  });

  it('keeps the highlight when the same file is opened again, and writes nothing', async () => {
    await openBundle(first(), NOW);
    const { changes } = await openBundle(second(), NOW + 100);
    const before = await snapshot();
    expect(await openBundle(second(), NOW + 200)).toMatchObject({ replaced: false, changes });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a summary older than the one it has, changing nothing', async () => {
    await openBundle(second(), NOW);
    const before = await snapshot();
    await expect(openBundle(first(), NOW + 100)).rejects.toThrow(OlderBundleError);
    await expect(openBundle(first(), NOW + 100)).rejects.toThrow(/already have a later summary from Siân/);
    expect(await snapshot()).toEqual(before);
  });

  it('keeps one item per mentee id, even when two people give the same name', async () => {
    await openBundle(first(), NOW);
    await openBundle(aBundle([anEntry('x')], [], NOW, 'mentee-2', 'Siân'), NOW);
    expect((await listMentees()).map((mentee) => mentee.menteeId).sort()).toEqual(['mentee-1', 'mentee-2']);
  });
});

describe("the mentor's comments and suggestions", () => {
  it('refuses a comment on an entry that was not shared, on a mentee who is not here, or with nothing in it', async () => {
    await openBundle(first(), NOW);
    await expect(addMentorComment('mentee-1', on('entry', 'd'), 'Hm')).rejects.toThrow('not in the summary');
    await expect(addMentorComment('nobody', { kind: 'summary' }, 'Hm')).rejects.toThrow('no longer here');
    await expect(addMentorComment('mentee-1', { kind: 'summary' }, '   ')).rejects.toThrow('Write a comment');
    await expect(suggestGoal('mentee-1', { title: '' })).rejects.toThrow('Give the suggested goal a title');
    await expect(createFeedbackFile('mentee-1', ' ')).rejects.toThrow('Enter a name');
    expect(() => aBundle([anEntry('a')], [], NOW, 'mentee-1', '')).toThrow('Enter a name');
    expect(await db.mentorComments.count()).toBe(0);
  });

  it('edits and deletes a comment', async () => {
    await openBundle(first(), NOW);
    const comment = await addMentorComment('mentee-1', on('entry', 'a'), 'First thought.', NOW);
    expect(await updateMentorComment(comment.id, 'Second thought.', NOW)).toMatchObject({
      text: 'Second thought.',
      createdAt: NOW,
      updatedAt: NOW + 1,
    });
    await deleteMentorComment(comment.id);
    expect((await getMentee('mentee-1'))?.comments).toEqual([]);
  });

  it('removes a mentee and everything of theirs, and nothing of anyone else', async () => {
    await openBundle(first(), NOW);
    await openBundle(aBundle([anEntry('x')], [], NOW, 'mentee-2', 'Sam'), NOW);
    for (const id of ['mentee-1', 'mentee-2']) {
      await addMentorComment(id, { kind: 'summary' }, 'Comment.', NOW);
      await suggestGoal(id, { title: 'A goal', competencies: ['mlcf.1.1'], note: 'Why' }, NOW);
    }
    await removeMentee('mentee-1');
    expect(await getMentee('mentee-1')).toBeUndefined();
    expect(await db.mentorComments.where('menteeId').equals('mentee-1').count()).toBe(0);
    expect(await db.suggestedGoals.where('menteeId').equals('mentee-1').count()).toBe(0);
    expect(await getMentee('mentee-2')).toMatchObject({
      comments: [expect.anything()],
      suggestedGoals: [expect.anything()],
    });
  });
});

describe('feedback meant for someone else', () => {
  it('is refused by the mentee with a clear message, and nothing is written', async () => {
    await openBundle(first(), NOW);
    await addMentorComment('mentee-1', { kind: 'summary' }, 'For Siân only.', NOW);
    const { text } = await createFeedbackFile('mentee-1', 'Dr Patel', undefined, NOW);
    // This browser has never shared anything: it has no mentee id, and reading must not make one.
    const before = await snapshot();
    expect(await readFeedbackFile(text)).toEqual({ ok: false, error: { kind: 'wrong-mentee', message: NOT_FOR_YOU } });
    expect(await snapshot()).toEqual(before);
    // With a mentee id of its own, still not this browser's.
    await getMenteeId();
    expect(await readFeedbackFile(text)).toMatchObject({ ok: false, error: { kind: 'wrong-mentee' } });
    const parsed = JSON.parse(text);
    await expect(importFeedback(parsed)).rejects.toThrow(NOT_FOR_YOU);
    expect(await db.feedback.count()).toBe(0);
  });
});
