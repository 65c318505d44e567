import { describe, expect, it } from 'vitest';
import { customPeriod } from '../../lib/dates';
import { Entry, type EntryInput } from '../../lib/entries/schema';
import { buildTrainingReview, toPlainText } from '../../lib/summary';

let serial = 0;
function anEntry(overrides: Partial<EntryInput>): Entry {
  serial += 1;
  return Entry.parse({
    id: `t-${serial}`,
    title: `Entry ${serial}`,
    body: '',
    occurredOn: '2026-01-15',
    createdAt: 1,
    updatedAt: 1,
    ...overrides,
  });
}

// An FY2 rotation year, August to August.
const YEAR = customPeriod('2025-08-06', '2026-08-05');

const breakingNews = anEntry({
  id: 'news',
  kind: 'reflection',
  title: 'Breaking bad news with the registrar',
  competencies: ['gpc.2.2', 'mlcf.2.4'],
});
const fall = anEntry({
  id: 'fall',
  kind: 'reflection',
  title: 'A fall on the ward at night',
  competencies: ['gpc.6.1'],
});
const sepsis = anEntry({
  id: 'sepsis',
  kind: 'reflection',
  title: 'Missed sepsis screen',
  competencies: ['gpc.2.4', 'gpc.2.1'],
});
const meeting = anEntry({
  id: 'es-meeting',
  kind: 'supervisor-meeting',
  title: 'Induction meeting with my educational supervisor',
});
const rota = anEntry({ id: 'rota', kind: 'leadership', title: 'Organised the FY2 rota swap' });
const teaching = anEntry({
  id: 'teaching',
  kind: 'teaching',
  title: 'Taught students cannulation',
  competencies: ['gpc.8.1', 'hlm.2.1'],
});
const trashed = anEntry({ id: 'trash', kind: 'supervisor-meeting', title: 'Deleted meeting', deletedAt: 1 });
const lastYear = anEntry({ id: 'old', kind: 'reflection', occurredOn: '2025-06-01', competencies: ['gpc.1.1'] });
const JOURNAL = [breakingNews, fall, sepsis, meeting, rota, teaching, trashed, lastYear];

describe('buildTrainingReview: before an annual review of progress', () => {
  const review = buildTrainingReview(JOURNAL, YEAR);

  it('groups entries by Generic Professional Capabilities domain, counting each entry once per domain', () => {
    expect(review.domains.map((domain) => [domain.id, domain.count])).toEqual([
      ['gpc.1', 0],
      ['gpc.2', 2],
      ['gpc.3', 0],
      ['gpc.4', 0],
      ['gpc.5', 0],
      ['gpc.6', 1],
      ['gpc.7', 0],
      ['gpc.8', 1],
      ['gpc.9', 0],
    ]);
    expect(review.domains[1]?.entries.map((ref) => ref.id)).toEqual(['news', 'sepsis']);
  });

  it('counts reflections and supervisor meetings, and gathers leadership evidence', () => {
    expect(review.totals).toEqual({
      entries: 6,
      reflections: 3,
      supervisorMeetings: 1,
      leadership: 3,
      leadershipOnly: 0,
    });
    expect(review.supervisorMeetings.map((ref) => ref.id)).toEqual(['es-meeting']);
    expect(review.leadership.map((ref) => ref.id).sort()).toEqual(['news', 'rota', 'teaching']);
  });

  it('names the GPC domains with nothing linked', () => {
    expect(review.gaps.map((gap) => gap.domainId)).toEqual(['gpc.1', 'gpc.3', 'gpc.4', 'gpc.5', 'gpc.7', 'gpc.9']);
    expect(review.gaps[0]?.message).toBe('No entries linked to Professional values and behaviours this year.');
  });

  it('says when no supervisor meeting was recorded', () => {
    const gaps = buildTrainingReview([breakingNews, trashed], YEAR).gaps;
    expect(gaps.at(-1)).toEqual({
      code: 'no-supervisor-meeting',
      message: 'No supervisor meeting recorded this year.',
    });
  });

  it('keeps left-out entries in the counts but not in the text', () => {
    const private_ = buildTrainingReview(JOURNAL, YEAR, { inclusion: { fall: 'none' } });
    expect(private_.domains[5]).toMatchObject({ id: 'gpc.6', count: 1, entries: [] });
    expect(toPlainText(private_)).not.toContain('A fall on the ward');
    expect(private_.sections.find((section) => section.id === 'gpc-domains')?.note).toBe(
      'Numbers include 1 entry left out of this summary.',
    );
  });

  it('reads in the order a review goes', () => {
    expect(review.sections.map((section) => section.title)).toEqual([
      'Overview',
      'Generic professional capabilities',
      'Supervisor meetings',
      'Leadership evidence',
      'Gaps to think about',
    ]);
  });
});
