import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  appraisalYear,
  customPeriod,
  formatInstantDate,
  inPeriod,
  lastTwelveMonths,
  type Period,
  revalidationCycle,
} from '../../lib/dates';
import { draftEntry } from '../../lib/entries/repository';
import { liveInPeriod } from '../../lib/summary/inclusion';

afterEach(() => {
  vi.useRealTimers();
});

const span = (period: Period) => [period.start, period.end];

describe('lastTwelveMonths', () => {
  it('runs from the day after this date last year up to and including today', () => {
    expect(lastTwelveMonths('2026-11-22')).toEqual({
      label: 'Last 12 months (23 Nov 2025 – 22 Nov 2026)',
      start: '2025-11-23',
      end: '2026-11-22',
    });
  });

  it.each([
    ['29 Feb 2028, a leap day, from 1 Mar 2027', '2028-02-29', '2027-03-01'],
    ['28 Feb 2029, from the leap day before', '2029-02-28', '2028-02-29'],
    ['31 Mar, from 1 Apr', '2027-03-31', '2026-04-01'],
    ['31 Dec, from 1 Jan of the same year', '2026-12-31', '2026-01-01'],
    ['1 Jan, from 2 Jan last year', '2027-01-01', '2026-01-02'],
  ])('on %s', (_, today, start) => {
    expect(span(lastTwelveMonths(today))).toEqual([start, today]);
  });

  it('ends today when no date is given', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(2026, 10, 22, 9, 30));
    expect(span(lastTwelveMonths())).toEqual(['2025-11-23', '2026-11-22']);
  });
});

describe('appraisalYear', () => {
  it('ends on the appraisal date and starts the day after the previous one', () => {
    expect(appraisalYear('2026-09-30')).toEqual({
      label: 'Appraisal year (1 Oct 2025 – 30 Sep 2026)',
      start: '2025-10-01',
      end: '2026-09-30',
    });
  });

  it.each([
    ['2028-02-29', '2027-03-01'],
    ['2027-03-31', '2026-04-01'],
  ])('clamps to the end of a shorter month for an appraisal on %s', (date, start) => {
    expect(span(appraisalYear(date))).toEqual([start, date]);
  });
});

describe('revalidationCycle', () => {
  it('covers the five years up to the revalidation date', () => {
    expect(revalidationCycle('2031-06-15')).toEqual({
      label: 'Revalidation cycle (16 Jun 2026 – 15 Jun 2031)',
      start: '2026-06-16',
      end: '2031-06-15',
    });
  });

  it.each([
    ['2028-02-29', '2023-03-01'],
    ['2031-03-31', '2026-04-01'],
    ['2032-02-28', '2027-03-01'],
  ])('clamps to the end of a shorter month for revalidation on %s', (date, start) => {
    expect(span(revalidationCycle(date))).toEqual([start, date]);
  });
});

describe('customPeriod', () => {
  it('keeps the ends it is given, in order', () => {
    expect(customPeriod('2026-04-01', '2026-06-30')).toEqual({
      label: '1 Apr 2026 – 30 Jun 2026',
      start: '2026-04-01',
      end: '2026-06-30',
    });
  });

  it('swaps ends given the wrong way round', () => {
    expect(customPeriod('2026-06-30', '2026-04-01')).toEqual(customPeriod('2026-04-01', '2026-06-30'));
  });

  it('allows a single day', () => {
    expect(span(customPeriod('2026-05-05', '2026-05-05'))).toEqual(['2026-05-05', '2026-05-05']);
  });
});

describe('inPeriod', () => {
  const period = customPeriod('2026-04-01', '2026-06-30');

  it.each([
    ['2026-03-31', false],
    ['2026-04-01', true],
    ['2026-05-15', true],
    ['2026-06-30', true],
    ['2026-07-01', false],
    ['2025-05-15', false],
  ])('%s is in 1 Apr – 30 Jun 2026: %s', (date, expected) => {
    expect(inPeriod(date, period)).toBe(expected);
  });

  it('includes both ends of every built-in period', () => {
    for (const built of [
      lastTwelveMonths('2026-11-22'),
      appraisalYear('2028-02-29'),
      revalidationCycle('2031-03-31'),
    ]) {
      expect(inPeriod(built.start, built)).toBe(true);
      expect(inPeriod(built.end, built)).toBe(true);
    }
  });
});

describe('an entry written late on the last day of a period', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it.each(['America/New_York', 'Europe/London', 'Pacific/Auckland'])(
    'counts in that period, not the next, at 23:30 on the clock in %s',
    (timeZone) => {
      process.env.TZ = timeZone;
      const lastEvening = new Date(2026, 8, 30, 23, 30).getTime();
      const entry = draftEntry({ title: 'Handover that went wrong' }, lastEvening);
      expect(entry.occurredOn).toBe('2026-09-30');
      expect(liveInPeriod([entry], appraisalYear('2026-09-30'))).toEqual([entry]);
      expect(liveInPeriod([entry], appraisalYear('2027-09-30'))).toEqual([]);
      expect(formatInstantDate(lastEvening)).toBe('30 Sep 2026');
    },
  );
});
