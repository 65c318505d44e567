import { describe, expect, it } from 'vitest';
import {
  formatInstantDate,
  formatInstantTime,
  formatIsoDate,
  formatMonthKey,
  isIsoDate,
  localIsoDate,
  monthKey,
} from '../../lib/dates';

describe('localIsoDate', () => {
  it('gives the calendar date the user sees on their clock, not the UTC one', () => {
    // Five minutes to midnight local time is still that day, whatever the offset from UTC.
    expect(localIsoDate(new Date(2026, 10, 22, 23, 55))).toBe('2026-11-22');
    expect(localIsoDate(new Date(2026, 0, 1, 0, 5))).toBe('2026-01-01');
  });

  it('pads single-digit months and days', () => {
    expect(localIsoDate(new Date(2026, 2, 7))).toBe('2026-03-07');
  });

  it('uses today when no date is given', () => {
    expect(localIsoDate()).toBe(localIsoDate(new Date()));
  });
});

describe('isIsoDate', () => {
  it.each([
    ['2026-11-22', true],
    ['2024-02-29', true],
    ['2026-12-31', true],
    ['2026-02-30', false],
    ['2025-02-29', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['2026-1-5', false],
    ['22/11/2026', false],
    ['2026-11-22T10:00', false],
    [' 2026-11-22', false],
    ['', false],
  ])('treats %j as a calendar date: %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});

describe('formatIsoDate', () => {
  it.each([
    ['2026-11-22', '22 Nov 2026'],
    ['2026-01-05', '5 Jan 2026'],
    ['2024-02-29', '29 Feb 2024'],
  ])('shows %s as %s', (iso, shown) => {
    expect(formatIsoDate(iso)).toBe(shown);
  });

  it('shows something that is not a date as it was given rather than inventing one', () => {
    expect(formatIsoDate('someday')).toBe('someday');
    expect(formatIsoDate('')).toBe('');
  });
});

describe('instants', () => {
  it('shows an instant as the local date it fell on', () => {
    expect(formatInstantDate(new Date(2026, 10, 22, 23, 59).getTime())).toBe('22 Nov 2026');
  });

  it('shows an instant as a 24-hour local time of day', () => {
    expect(formatInstantTime(new Date(2026, 10, 22, 14, 5).getTime())).toBe('14:05');
    expect(formatInstantTime(new Date(2026, 10, 22, 0, 0).getTime())).toBe('00:00');
  });
});

describe('months', () => {
  it('groups a date under its month', () => {
    expect(monthKey('2026-11-22')).toBe('2026-11');
  });

  it.each([
    ['2026-11', 'November 2026'],
    ['2027-01', 'January 2027'],
    ['2026-05', 'May 2026'],
  ])('heads the %s group as %s', (key, heading) => {
    expect(formatMonthKey(key)).toBe(heading);
  });

  it('leaves a key that is not a month as it was', () => {
    expect(formatMonthKey('undated')).toBe('undated');
  });
});
