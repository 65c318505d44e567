import { describe, expect, it } from 'vitest';
import { nextReminderAt, ReminderSettings } from '../../lib/reminders';

// Sunday 22 Nov 2026, 10:00 local time.
const now = new Date(2026, 10, 22, 10, 0);

describe('the weekly reminder', () => {
  it('is off until switched on, on Friday at 17:00 by default', () => {
    expect(ReminderSettings.parse({})).toEqual({ enabled: false, day: 5, time: '17:00' });
  });

  it.each([
    [{ day: 5, time: '17:00' }, new Date(2026, 10, 27, 17, 0)],
    [{ day: 0, time: '18:30' }, new Date(2026, 10, 22, 18, 30)],
    [{ day: 0, time: '09:00' }, new Date(2026, 10, 29, 9, 0)],
    [{ day: 0, time: '10:00' }, new Date(2026, 10, 29, 10, 0)],
  ])('schedules %o next at %s', (settings, expected) => {
    expect(nextReminderAt(settings, now)).toBe(expected.getTime());
  });

  it('refuses a time that is not HH:MM', () => {
    expect(ReminderSettings.safeParse({ time: '25:00' }).success).toBe(false);
  });
});
