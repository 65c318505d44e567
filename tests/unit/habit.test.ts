import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, weekNumber, weekStart } from '../../lib/dates';
import { Entry } from '../../lib/entries/schema';
import { onThisDay, weeksInARow } from '../../lib/habit';

const anEntry = (occurredOn: string, extra: Partial<Entry> = {}): Entry =>
  Entry.parse({
    id: occurredOn + Math.random(),
    title: 't',
    body: '',
    occurredOn,
    createdAt: 0,
    updatedAt: 0,
    ...extra,
  });

describe('on this day', () => {
  it('finds entries from the same day in earlier years only', () => {
    const entries = [anEntry('2025-11-22'), anEntry('2024-11-22'), anEntry('2026-11-22'), anEntry('2025-11-21')];
    expect(onThisDay(entries, '2026-11-22').map((entry) => entry.occurredOn)).toEqual(['2025-11-22', '2024-11-22']);
  });

  it('leaves out entries in Trash', () => {
    expect(onThisDay([anEntry('2025-11-22', { deletedAt: 1 })], '2026-11-22')).toEqual([]);
  });
});

describe('weeks in a row', () => {
  it.each([
    ['2026-11-22', '2026-11-16'],
    ['2026-11-16', '2026-11-16'],
    ['2027-01-01', '2026-12-28'],
  ])('puts %s in the week starting %s', (day, monday) => {
    expect(weekStart(day)).toBe(monday);
  });

  it('numbers weeks so that the days of one Monday-to-Sunday week share a number and the next week has one more', () => {
    const day = fc.integer({ min: -40_000, max: 40_000 }).map((offset) => addDays('2000-01-01', offset));
    fc.assert(
      fc.property(day, (date) => {
        expect(weekNumber(date)).toBe(weekNumber(weekStart(date)));
        expect(weekNumber(addDays(weekStart(date), 6))).toBe(weekNumber(date));
        expect(weekNumber(addDays(weekStart(date), 7))).toBe(weekNumber(date) + 1);
      }),
    );
  });

  it('counts consecutive weeks back from this one', () => {
    const entries = ['2026-11-20', '2026-11-12', '2026-11-03', '2026-10-20'].map((day) => anEntry(day));
    expect(weeksInARow(entries, '2026-11-22')).toBe(3);
  });

  it('does not break the run for a week that is not over yet', () => {
    const entries = ['2026-11-12', '2026-11-03'].map((day) => anEntry(day));
    expect(weeksInARow(entries, '2026-11-17')).toBe(2);
  });

  it('agrees with counting week by week, for any dates, Trash and future entries included', () => {
    const day = fc.integer({ min: 0, max: 120 }).map((offset) => addDays('2026-08-01', offset));
    fc.assert(
      fc.property(fc.array(fc.tuple(day, fc.boolean())), day, (dates, today) => {
        const entries = dates.map(([date, trashed]) => anEntry(date, trashed ? { deletedAt: 1 } : {}));
        const weeks = new Set(
          entries.filter((entry) => !entry.deletedAt && entry.occurredOn <= today).map((e) => weekStart(e.occurredOn)),
        );
        let week = weekStart(today);
        if (!weeks.has(week)) week = addDays(week, -7);
        let expected = 0;
        for (; weeks.has(week); week = addDays(week, -7)) expected++;
        expect(weeksInARow(entries, today)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('is zero with no recent entries', () => {
    expect(weeksInARow([anEntry('2026-01-01')], '2026-11-22')).toBe(0);
  });
});
