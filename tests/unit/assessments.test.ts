import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteAssessment, listAssessments, saveAssessment } from '../../lib/assessments/repository';
import { Assessment, compareAssessments, DEFAULT_SCALE } from '../../lib/assessments/schema';
import { LanternDB, setDb } from '../../lib/db';

const DAY_MS = 24 * 60 * 60 * 1000;
const NOW = new Date(2026, 10, 22, 14, 5).getTime();

let db: LanternDB;

beforeEach(() => {
  db = new LanternDB(`test-${crypto.randomUUID()}`);
  setDb(db);
});

afterEach(async () => {
  await db.delete();
});

/** A valid snapshot with sensible defaults. */
function anAssessment(ratings: Record<string, number>, overrides: Partial<Assessment> = {}): Assessment {
  return Assessment.parse({
    id: crypto.randomUUID(),
    frameworkId: 'mlcf',
    takenAt: NOW,
    takenOn: '2026-11-22',
    ratings,
    ...overrides,
  });
}

describe('Assessment', () => {
  it('keeps a note empty when none is given', () => {
    expect(anAssessment({ 'mlcf.1.1': 2 }).note).toBe('');
  });

  it.each([1, 2, 3, 4])('accepts a rating of %i', (rating) => {
    expect(() => anAssessment({ 'mlcf.1.1': rating })).not.toThrow();
  });

  it.each([0, 5, 2.5, -1])('rejects a rating of %s', (rating) => {
    expect(Assessment.safeParse({ ...anAssessment({}), ratings: { 'mlcf.1.1': rating } }).success).toBe(false);
  });

  it('rejects a date that is not a calendar date', () => {
    expect(Assessment.safeParse({ ...anAssessment({}), takenOn: '2026-02-30' }).success).toBe(false);
  });

  it('offers four steps, the first being 1', () => {
    expect(DEFAULT_SCALE.map((step) => step.level)).toEqual([1, 2, 3, 4]);
  });
});

describe('assessments repository', () => {
  it('saves a snapshot dated by the local calendar and lists it', async () => {
    const saved = await saveAssessment('mlcf', { 'mlcf.1.1': 2, 'mlcf.2.4': 3 }, 'Before the leadership course', NOW);
    expect(saved).toMatchObject({
      frameworkId: 'mlcf',
      takenAt: NOW,
      takenOn: '2026-11-22',
      ratings: { 'mlcf.1.1': 2, 'mlcf.2.4': 3 },
      note: 'Before the leadership course',
    });
    expect(await listAssessments('mlcf')).toEqual([saved]);
  });

  it('lists one framework’s snapshots, newest first', async () => {
    const first = await saveAssessment('mlcf', { 'mlcf.1.1': 1 }, '', NOW - 200 * DAY_MS);
    const third = await saveAssessment('mlcf', { 'mlcf.1.1': 3 }, '', NOW);
    await saveAssessment('hlm', { 'hlm.1.1': 2 }, '', NOW - 100 * DAY_MS);
    const second = await saveAssessment('mlcf', { 'mlcf.1.1': 2 }, '', NOW - 100 * DAY_MS);
    expect((await listAssessments('mlcf')).map((a) => a.id)).toEqual([third.id, second.id, first.id]);
    expect((await listAssessments('hlm')).map((a) => a.frameworkId)).toEqual(['hlm']);
  });

  it('lists nothing for a framework never assessed', async () => {
    await saveAssessment('mlcf', { 'mlcf.1.1': 1 }, '', NOW);
    expect(await listAssessments('gmp')).toEqual([]);
  });

  it.each([0, 5])('refuses to save a rating of %i and stores nothing', async (rating) => {
    await expect(saveAssessment('mlcf', { 'mlcf.1.1': 2, 'mlcf.1.2': rating }, '', NOW)).rejects.toThrow();
    expect(await db.assessments.count()).toBe(0);
  });

  it('deletes a snapshot and leaves the others', async () => {
    const kept = await saveAssessment('mlcf', { 'mlcf.1.1': 1 }, '', NOW - DAY_MS);
    const removed = await saveAssessment('mlcf', { 'mlcf.1.1': 2 }, '', NOW);
    await deleteAssessment(removed.id);
    expect(await listAssessments('mlcf')).toEqual([kept]);
  });
});

describe('compareAssessments', () => {
  const before = anAssessment({ 'mlcf.1.1': 2, 'mlcf.1.2': 3, 'mlcf.1.3': 2, 'mlcf.1.4': 4 });
  const after = anAssessment({ 'mlcf.1.1': 3, 'mlcf.1.2': 1, 'mlcf.1.3': 2, 'mlcf.2.1': 2 });

  it('reports each element as up, down or the same, in the order asked', () => {
    expect(compareAssessments(before, after, ['mlcf.1.1', 'mlcf.1.2', 'mlcf.1.3'])).toEqual([
      { elementId: 'mlcf.1.1', before: 2, after: 3, change: 1 },
      { elementId: 'mlcf.1.2', before: 3, after: 1, change: -2 },
      { elementId: 'mlcf.1.3', before: 2, after: 2, change: 0 },
    ]);
  });

  it('shows no change where either snapshot lacks a rating, rather than counting from zero', () => {
    expect(compareAssessments(before, after, ['mlcf.1.4', 'mlcf.2.1', 'mlcf.5.4'])).toEqual([
      { elementId: 'mlcf.1.4', before: 4, after: undefined, change: 0 },
      { elementId: 'mlcf.2.1', before: undefined, after: 2, change: 0 },
      { elementId: 'mlcf.5.4', before: undefined, after: undefined, change: 0 },
    ]);
  });

  it('gives nothing for no elements', () => {
    expect(compareAssessments(before, after, [])).toEqual([]);
  });
});
