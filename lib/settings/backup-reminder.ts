const DAY_MS = 24 * 60 * 60 * 1000;
export const BACKUP_REMINDER_DAYS = 30;

/**
 * Whether to remind the doctor to back up: there is something to lose, and the last backup (or,
 * if there never was one, the oldest entry) is more than 30 days old.
 */
export function backupReminderDue(
  lastBackupAt: number | undefined,
  oldestEntryCreatedAt: number | undefined,
  now = Date.now(),
): boolean {
  if (oldestEntryCreatedAt === undefined) return false;
  const since = lastBackupAt ?? oldestEntryCreatedAt;
  return now - since > BACKUP_REMINDER_DAYS * DAY_MS;
}
