import { describe, expect, it } from 'vitest';
import { formatIsoDate, revalidationCycle, timeLeft } from '../../lib/dates';
import { Entry, type EntryInput } from '../../lib/entries/schema';
import { buildRevalidationView, type Check, type RevalidationView } from '../../lib/summary';

let serial = 0;
function anEntry(overrides: Partial<EntryInput>): Entry {
  serial += 1;
  return Entry.parse({
    id: `entry-${serial}`,
    title: `Entry ${serial}`,
    body: '',
    createdAt: 1,
    updatedAt: 1,
    ...overrides,
  });
}

const CYCLE = revalidationCycle('2027-03-31'); // 1 Apr 2022 – 31 Mar 2027
const TODAY = '2026-11-22';

const JOURNAL = [
  anEntry({ kind: 'appraisal-meeting', occurredOn: '2022-06-01' }),
  anEntry({ kind: 'appraisal-meeting', occurredOn: '2023-05-01' }),
  anEntry({ kind: 'appraisal-meeting', occurredOn: '2025-11-20' }),
  anEntry({ kind: 'appraisal-meeting', occurredOn: '2024-10-01', deletedAt: 5 }),
  anEntry({ kind: 'cpd', occurredOn: '2022-09-10', cpdHours: 20 }),
  anEntry({ kind: 'teaching', occurredOn: '2024-11-10', cpdHours: 4 }),
  anEntry({ kind: 'cpd', occurredOn: '2025-04-02', cpdHours: 15 }),
  anEntry({ kind: 'cpd', occurredOn: '2026-05-02', cpdHours: 7.5 }),
  anEntry({ kind: 'qi', occurredOn: '2024-09-01' }),
  anEntry({ kind: 'feedback', occurredOn: '2023-10-01', feedbackFrom: 'colleague', feedbackExercise: true }),
  anEntry({ kind: 'feedback', occurredOn: '2026-01-10', feedbackFrom: 'patient' }),
  anEntry({ kind: 'significant-event', occurredOn: '2025-07-15' }),
];

const check = (checks: readonly Check[], id: string) => checks.find((each) => each.id === id);
const statuses = (view: RevalidationView, id: string) =>
  view.years.map((year) => check(year.checks, id)?.status ?? 'absent');

describe('buildRevalidationView', () => {
  const view = buildRevalidationView(JOURNAL, CYCLE, TODAY);

  it('splits the cycle into five years, marking the current one and those to come, counting only what has happened', () => {
    expect(view.years.map((year) => [year.label, year.state])).toEqual([
      ['Year 1 (1 Apr 2022 – 31 Mar 2023)', 'past'],
      ['Year 2 (1 Apr 2023 – 31 Mar 2024)', 'past'],
      ['Year 3 (1 Apr 2024 – 31 Mar 2025)', 'past'],
      ['Year 4 (1 Apr 2025 – 31 Mar 2026)', 'past'],
      ['Year 5 (1 Apr 2026 – 31 Mar 2027)', 'current'],
    ]);
    const early = buildRevalidationView(JOURNAL, CYCLE, '2024-01-01');
    expect(early.years.map((year) => year.state)).toEqual(['past', 'current', 'future', 'future', 'future']);
    expect(statuses(early, 'appraisal')).toEqual(['met', 'met', 'not-yet-due', 'not-yet-due', 'not-yet-due']);
  });

  it('expects an appraisal meeting every year, ignoring entries in Trash', () => {
    expect(statuses(view, 'appraisal')).toEqual(['met', 'met', 'missing', 'met', 'not-yet-due']);
    expect(check(view.years[4]?.checks ?? [], 'appraisal')?.detail).toBe('None recorded yet; due by 31 Mar 2027.');
  });

  it('meets a year’s CPD only when its hours reach the yearly target, and otherwise says "X of Y hours"', () => {
    const lowTarget = buildRevalidationView(JOURNAL, CYCLE, TODAY, false, 15);
    expect(statuses(lowTarget, 'cpd')).toEqual(['met', 'missing', 'missing', 'met', 'not-yet-due']);
    expect(check(lowTarget.years[0]?.checks ?? [], 'cpd')?.detail).toBe('20 hours recorded (target 15).');
    expect(check(lowTarget.years[2]?.checks ?? [], 'cpd')?.detail).toBe('4 of 15 hours recorded.');
    expect(check(lowTarget.years[4]?.checks ?? [], 'cpd')?.detail).toBe(
      '7.5 of 15 hours recorded; due by 31 Mar 2027.',
    );
    expect(statuses(view, 'cpd')).toEqual(['missing', 'missing', 'missing', 'missing', 'not-yet-due']);
    expect(check(view.years[3]?.checks ?? [], 'cpd')?.detail).toBe('15 of 50 hours recorded.');
  });

  it('asks gently about significant events and complaints, which are expected only if they happened', () => {
    expect(statuses(view, 'significant-events')).toEqual(['missing', 'missing', 'missing', 'met', 'missing']);
    expect(check(view.years[0]?.checks ?? [], 'significant-events')).toMatchObject({
      soft: true,
      detail: 'If you had none, say so at appraisal.',
    });
    expect(check(view.years[3]?.checks ?? [], 'significant-events')?.detail).toBe('1 recorded: reflect on each.');
  });

  it('expects QI and a colleague and a patient feedback exercise once in the cycle, with the time left', () => {
    expect(view.cycleChecks.map((each) => [each.id, each.status, each.detail])).toEqual([
      ['quality-improvement', 'met', '1 recorded this cycle.'],
      ['colleague-feedback', 'met', '1 recorded this cycle.'],
      ['patient-feedback', 'missing', 'None yet: 4 months left to do one.'],
    ]);
  });

  it('says how long is left before the revalidation date', () => {
    expect(view.timeLeft).toEqual({ days: 129, label: '4 months left' });
    expect(view.sections.map((section) => section.id)).toEqual([
      'overview',
      'year-1',
      'year-2',
      'year-3',
      'year-4',
      'year-5',
      'cycle',
    ]);
    expect(view.sections[0]?.items).toEqual([
      { type: 'line', text: 'Revalidation date: 31 Mar 2027 (4 months left).' },
    ]);
  });

  it('says so when no revalidation date is set, rather than stating the stand-in as the date', () => {
    const standIn = { ...CYCLE, end: TODAY };
    const [line] = buildRevalidationView(JOURNAL, standIn, TODAY, true).sections[0]?.items ?? [];
    expect(line).toEqual({
      type: 'line',
      text: `Revalidation date: not set. This view covers the five years to ${formatIsoDate(TODAY)}; set the date in Settings for the right cycle.`,
    });
    expect(JSON.stringify(line)).not.toContain('due today');
  });
});

describe('timeLeft', () => {
  it.each([
    ['2025-12-31', '1 year and 3 months left'],
    ['2026-03-31', '1 year left'],
    ['2024-02-29', '3 years and 1 month left'],
    ['2027-03-20', '11 days left'],
    ['2027-03-30', '1 day left'],
    ['2027-03-31', 'Due today'],
    ['2027-05-31', 'Passed 2 months ago'],
  ])('from %s to 31 Mar 2027 says "%s"', (today, label) => {
    expect(timeLeft(today, '2027-03-31').label).toBe(label);
  });
});
