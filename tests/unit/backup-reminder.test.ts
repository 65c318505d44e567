import { describe, expect, it } from 'vitest';
import { backupReminderDue } from '../../lib/settings/backup-reminder';

const DAY = 24 * 60 * 60 * 1000;
const now = Date.UTC(2026, 10, 22);

describe('the backup reminder', () => {
  it.each([
    ['an empty journal', undefined, undefined, false],
    ['a journal started last week, never backed up', undefined, now - 7 * DAY, false],
    ['a journal started two months ago, never backed up', undefined, now - 60 * DAY, true],
    ['a backup 10 days ago', now - 10 * DAY, now - 400 * DAY, false],
    ['a backup 31 days ago', now - 31 * DAY, now - 400 * DAY, true],
  ])('for %s says %s', (_label, lastBackupAt, oldest, due) => {
    expect(backupReminderDue(lastBackupAt, oldest, now)).toBe(due);
  });
});
