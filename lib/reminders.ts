import { z } from 'zod';

/** The opt-in reminder to reflect: off until switched on; weekly by default. */
export const ReminderSettings = z.object({
  enabled: z.boolean().default(false),
  /** 0 = Sunday … 6 = Saturday (as Date.getDay). */
  day: z.number().int().min(0).max(6).default(5),
  /** Local time of day, HH:MM (24-hour). */
  time: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
    .default('17:00'),
});
export type ReminderSettings = z.infer<typeof ReminderSettings>;

/** The key the page writes the reminder under in extension storage, for the background to schedule. */
export const REMINDER_KEY = 'reminder';
export const REMINDER_ALARM = 'lantern-reminder';
export const WEEK_MINUTES = 7 * 24 * 60;

export const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** The next time the reminder is due, in the user's local time, strictly after `now`. */
export function nextReminderAt(settings: Pick<ReminderSettings, 'day' | 'time'>, now: Date): number {
  const [hours, minutes] = settings.time.split(':').map(Number) as [number, number];
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate(), hours, minutes, 0, 0);
  const daysAhead = (settings.day - now.getDay() + 7) % 7;
  next.setDate(next.getDate() + daysAhead);
  if (next.getTime() <= now.getTime()) next.setDate(next.getDate() + 7);
  return next.getTime();
}
