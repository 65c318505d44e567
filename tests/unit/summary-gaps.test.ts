import { describe, expect, it } from 'vitest';
import { Entry } from '../../lib/entries/schema';
import { FRAMEWORKS } from '../../lib/frameworks';
import { type AppraisalSummary, buildSummary, type SummaryOptions } from '../../lib/summary';
import { APPRAISAL_DATE, CYCLE, GOALS, JOURNAL, PERIOD, ROLES } from './fixtures/journal-year';

function summarise(options: SummaryOptions = {}): AppraisalSummary {
  return buildSummary(JOURNAL, GOALS, FRAMEWORKS, PERIOD, { roles: ROLES, today: APPRAISAL_DATE, ...options });
}

describe('buildSummary: gaps in plain words', () => {
  const codes = (summary: AppraisalSummary) => summary.gaps.map((gap) => gap.code);

  it('points out what this year is missing, and nothing it has', () => {
    const summary = summarise();
    expect(summary.gaps).toEqual([
      {
        code: 'no-patient-feedback-exercise',
        message: 'No patient feedback exercise this year. Revalidation asks for at least one in each five-year cycle.',
      },
      { code: 'cpd-below-target', message: 'CPD: 32 of 50 hours recorded' },
      {
        code: 'domain-without-entries',
        domainId: 'mlcf.5',
        message: 'No entries linked to Setting direction this year.',
      },
    ]);
    const section = summary.sections.find((each) => each.id === 'gaps');
    expect(section?.items.map((item) => item.type)).toEqual(['gap', 'gap', 'gap']);
  });

  it('counts a meeting for the year it happened in: last November’s appraisal is a previous one, so the year is a gap once it is over', () => {
    expect(codes(summarise())).not.toContain('no-appraisal-meeting');
    const finished = summarise({ today: '2026-11-23' });
    expect(finished.gaps.find((gap) => gap.code === 'no-appraisal-meeting')?.message).toBe(
      'No appraisal meeting recorded for the year ending 22 Nov 2026. Add a note of it as an Appraisal meeting entry.',
    );
    const record = finished.sections.find((section) => section.id === 'previous-appraisals');
    expect(record?.items.at(-1)).toEqual({ type: 'line', text: 'Earlier appraisal meetings: 20 Nov 2025.' });
  });

  it('names a domain with evidence for fewer than half its elements, saying what is covered', () => {
    const thin = JOURNAL.map((entry) =>
      entry.id === 'lead-huddle' ? Entry.parse({ ...entry, competencies: ['mlcf.5.4'] }) : entry,
    );
    const summary = buildSummary(thin, GOALS, FRAMEWORKS, PERIOD, { today: APPRAISAL_DATE });
    expect(summary.gaps.find((gap) => gap.domainId === 'mlcf.5')).toEqual({
      code: 'domain-thinly-covered',
      domainId: 'mlcf.5',
      message: 'Setting direction: 1 of 4 elements has evidence this year (Evaluating impact).',
    });
  });

  it('names each Healthcare Leadership Model dimension with no evidence once the doctor links to that model', () => {
    const withHlm = JOURNAL.map((entry) =>
      entry.id === 'lead-huddle' ? Entry.parse({ ...entry, competencies: ['hlm.2.1'] }) : entry,
    );
    const hlmGaps = buildSummary(withHlm, GOALS, FRAMEWORKS, PERIOD, { today: APPRAISAL_DATE }).gaps.filter((gap) =>
      gap.domainId?.startsWith('hlm.'),
    );
    expect(hlmGaps).toHaveLength(8);
    expect(hlmGaps[0]?.message).toBe('No entries linked to Inspiring shared purpose (HLM) this year.');
    expect(summarise().gaps.some((gap) => gap.domainId?.startsWith('hlm.'))).toBe(false);
  });

  it('looks across the revalidation cycle for feedback exercises when given one', () => {
    expect(codes(summarise({ revalidationCycle: CYCLE }))).not.toContain('no-patient-feedback-exercise');
  });

  it('speaks of each missing kind of evidence for an empty year', () => {
    const empty = buildSummary([], [], FRAMEWORKS, PERIOD);
    expect(codes(empty)).toEqual([
      'no-patient-feedback-exercise',
      'no-colleague-feedback-exercise',
      'cpd-below-target',
      'no-quality-improvement',
      'no-significant-events',
      ...Array(5).fill('domain-without-entries'),
      'no-appraisal-meeting',
      'no-development-plan',
    ]);
    expect(empty.gaps.find((gap) => gap.code === 'no-significant-events')?.message).toBe(
      'No significant events recorded this year — if you had none, say so at appraisal.',
    );
    expect(empty.gaps.find((gap) => gap.code === 'cpd-below-target')?.message).toBe('CPD: 0 of 50 hours recorded');
  });

  it('says "in this period" for a period that is not a year', () => {
    const quarter = { label: 'Spring', start: '2026-01-01', end: '2026-03-31' };
    const summary = buildSummary(JOURNAL, GOALS, FRAMEWORKS, quarter);
    expect(summary.gaps.find((gap) => gap.code === 'no-significant-events')?.message).toContain('in this period');
  });

  it('counts an entry in Trash towards nothing', () => {
    const trashedQi = Entry.parse({ ...JOURNAL.find((entry) => entry.id === 'qi-ponv'), id: 'x', deletedAt: 1 });
    const onlyTrash = buildSummary([trashedQi], [], FRAMEWORKS, PERIOD);
    expect(codes(onlyTrash)).toContain('no-quality-improvement');
  });
});
