import { describe, expect, it } from 'vitest';
import { Entry } from '../../lib/entries/schema';
import { FRAMEWORKS } from '../../lib/frameworks';
import { type AppraisalSummary, buildSummary, type SummaryOptions } from '../../lib/summary';
import { CYCLE, GOALS, JOURNAL, PERIOD, ROLES } from './fixtures/journal-year';

function summarise(options: SummaryOptions = {}): AppraisalSummary {
  return buildSummary(JOURNAL, GOALS, FRAMEWORKS, PERIOD, { roles: ROLES, ...options });
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
