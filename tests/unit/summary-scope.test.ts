import { describe, expect, it } from 'vitest';
import { appraisalYear, revalidationCycle } from '../../lib/dates';
import { getDb } from '../../lib/db';
import { ENTRY_KIND_IDS } from '../../lib/entries/kinds';
import { journalOrder } from '../../lib/entries/repository';
import { Entry } from '../../lib/entries/schema';
import { allElements, FRAMEWORKS } from '../../lib/frameworks';
import { buildRevalidationView, buildSummary, buildTrainingReview } from '../../lib/summary';
import { readSummaryEntries } from '../../lib/summary/read';
import { inScope, summaryScope } from '../../lib/summary/scope';
import { freshDbPerTest } from './fixtures/db';
import { GOALS, ROLES } from './fixtures/journal-year';

freshDbPerTest();

const DAY_MS = 86_400_000;
const TODAY = '2026-11-22';
const PERIOD = appraisalYear(TODAY);
const CYCLE = revalidationCycle('2027-03-31');

/** Twelve years of a doctor's journal, every kind, a few in Trash, every fifth day. */
const CAREER: Entry[] = (() => {
  const elements = allElements('mlcf').map((element) => element.id);
  return Array.from({ length: 900 }, (_, i) =>
    Entry.parse({
      id: `e-${String(i).padStart(4, '0')}`,
      title: `Entry ${i}`,
      body: `What happened on day ${i}, and what I learnt.`,
      kind: ENTRY_KIND_IDS[i % ENTRY_KIND_IDS.length],
      occurredOn: new Date(Date.UTC(2015, 0, 1) + i * 5 * DAY_MS).toISOString().slice(0, 10),
      competencies: elements.slice(i % 17, (i % 17) + 1 + (i % 3)),
      learningPoints: [`Point ${i}`],
      cpdHours: i % 5 === 0 ? 1.5 : undefined,
      feedbackFrom: i % 2 ? 'colleague' : 'patient',
      feedbackExercise: i % 7 === 0,
      role: ROLES[i % 4],
      createdAt: i,
      updatedAt: i,
      deletedAt: i % 97 === 0 ? i + 1 : undefined,
    }),
  );
})();
const inScopeOf = (scope: ReturnType<typeof summaryScope>) => CAREER.filter((entry) => inScope(scope, entry));

describe('a summary reads only the entries it can show or count', () => {
  it('builds the same appraisal summary from its scope as from the whole journal, with and without a cycle', () => {
    for (const cycle of [undefined, CYCLE]) {
      const build = (entries: readonly Entry[]) =>
        buildSummary(entries, GOALS, FRAMEWORKS, PERIOD, { roles: ROLES, today: TODAY, revalidationCycle: cycle });
      const scoped = inScopeOf(summaryScope('appraisal', PERIOD, cycle));
      expect(scoped.length).toBeLessThan(CAREER.length / 3);
      expect(build(scoped)).toEqual(build(CAREER));
    }
  });

  it('builds the same training review and revalidation view from their scopes', () => {
    const training = (entries: readonly Entry[]) => buildTrainingReview(entries, PERIOD, { frameworks: FRAMEWORKS });
    expect(training(inScopeOf(summaryScope('training', PERIOD)))).toEqual(training(CAREER));
    const revalidation = (entries: readonly Entry[]) => buildRevalidationView(entries, CYCLE, TODAY);
    expect(revalidation(inScopeOf(summaryScope('revalidation', PERIOD, CYCLE)))).toEqual(revalidation(CAREER));
  });

  it('reads from storage exactly the live entries in its scope, in journal order', async () => {
    await getDb().entries.bulkPut(CAREER);
    for (const scope of [summaryScope('appraisal', PERIOD, CYCLE), summaryScope('revalidation', PERIOD, CYCLE)]) {
      const expected = inScopeOf(scope)
        .filter((entry) => entry.deletedAt === undefined)
        .sort(journalOrder);
      expect((await readSummaryEntries(scope)).map((entry) => entry.id)).toEqual(expected.map((entry) => entry.id));
    }
  });
});
