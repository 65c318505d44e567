import { formatInstantDate } from '../dates';
import { formatPath } from '../json';
import type { BackupProblem } from './problems';
import { nameRecord } from './problems';
import { BACKUP_TABLE_NAMES, BACKUP_TABLES, type Backup, type BackupTableName } from './tables';

/** A day's grace, for clocks set wrong or time zones crossed between two computers. */
export const FUTURE_GRACE_MS = 24 * 60 * 60 * 1000;

/** How a message says what a record's time field means; any other `…At` field is "dated". */
const FIELD_WORDS: Record<string, string> = {
  updatedAt: 'was saved on',
  savedAt: 'was saved on',
  createdAt: 'was created on',
  addedAt: 'was added on',
  takenAt: 'was taken on',
  receivedAt: 'was received on',
};

const HINT =
  'Lantern refuses it, as a date ahead would win over every later change when backups are merged. Check the date and time on the computer that made it.';

function when(ms: number): string {
  // Beyond what a Date can hold: still a whole number, so the schema let it through.
  return Number.isNaN(new Date(ms).getTime()) ? 'a date far in the future' : formatInstantDate(ms);
}

/** "Entry “Ward round”", or the record's usual name when it has no title. */
function nameOf(table: BackupTableName, index: number, record: Record<string, unknown>): string {
  const title = typeof record.title === 'string' ? record.title.replace(/\s+/g, ' ').trim() : '';
  if (!title) return nameRecord(table, index, record);
  return `${BACKUP_TABLES[table].label} “${title.length > 40 ? `${title.slice(0, 40)}…` : title}”`;
}

/**
 * The first time in a backup more than a day after `now`: when it was made, or any record's
 * `…At` field. Undefined when there is none.
 */
export function findFutureTime(backup: Backup, now: number): BackupProblem | undefined {
  const limit = now + FUTURE_GRACE_MS;
  if (backup.exportedAt > limit) {
    return {
      kind: 'invalid',
      message: `The backup says it was made on ${when(backup.exportedAt)}, which is in the future. ${HINT}`,
      where: 'exportedAt',
    };
  }
  for (const table of BACKUP_TABLE_NAMES) {
    const records: readonly Record<string, unknown>[] = backup.tables[table];
    for (const [index, record] of records.entries()) {
      for (const [field, value] of Object.entries(record)) {
        if (!field.endsWith('At') || typeof value !== 'number' || value <= limit) continue;
        const words = FIELD_WORDS[field] ?? `is dated (${field})`;
        return {
          kind: 'invalid',
          message: `${nameOf(table, index, record)} ${words} ${when(value)}, which is in the future. ${HINT}`,
          where: formatPath(['tables', table, index, field]),
        };
      }
    }
  }
  return undefined;
}
