/** What a backup holds and what restoring it did, in words: "3 entries, 1 goal and 2 feedback notes". */
import type { ImportPlan, TableChanges } from './merge';
import { BACKUP_TABLE_NAMES, BACKUP_TABLES, type BackupTableName } from './tables';

const LIST = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });

/** "1 entry", "2 entries": a count with the table's own nouns (BACKUP_TABLES). */
export function countOf(table: BackupTableName, count: number): string {
  const [one, many] = BACKUP_TABLES[table].nouns;
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}

/** "1 record", "2 records". */
export function recordCount(count: number): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? 'record' : 'records'}`;
}

/**
 * The tables with any records, in the order backups list them: "3 entries, 1 goal and 2 feedback
 * notes"; empty when there are none.
 */
export function describeCounts(counts: Partial<Record<BackupTableName, number>>): string {
  return LIST.format(
    BACKUP_TABLE_NAMES.filter((name) => (counts[name] ?? 0) > 0).map((name) => countOf(name, counts[name] ?? 0)),
  );
}

function total(plan: ImportPlan, field: keyof TableChanges): number {
  return Object.values(plan.tables).reduce((sum, table) => sum + table[field], 0);
}

function countsFor(plan: ImportPlan, field: keyof TableChanges): Partial<Record<BackupTableName, number>> {
  return Object.fromEntries(BACKUP_TABLE_NAMES.map((name) => [name, plan.tables[name][field]]));
}

/** What a planned restore will do, before the doctor confirms it. */
export function describePlan(plan: ImportPlan): string {
  const parts = [`add ${recordCount(total(plan, 'add'))}`, `update ${recordCount(total(plan, 'update'))}`];
  if (plan.mode === 'replace') parts.push(`delete ${recordCount(total(plan, 'delete'))}`);
  parts.push(`leave ${recordCount(total(plan, 'unchanged'))} as they are`);
  const kept = plan.keptAsRevision;
  const revisions = kept
    ? `; ${kept.toLocaleString('en-GB')} overwritten ${kept === 1 ? 'entry is kept whole as an earlier version' : 'entries are kept whole as earlier versions'}`
    : '';
  return `This will ${LIST.format(parts)}${revisions}.`;
}

/** What a restore did, for the notice afterwards: what it added, updated and (Replace) removed. */
export function describeRestore(done: ImportPlan): string {
  const parts: string[] = [];
  const added = describeCounts(countsFor(done, 'add'));
  const updated = describeCounts(countsFor(done, 'update'));
  const removed = describeCounts(countsFor(done, 'delete'));
  if (added) parts.push(`added ${added}`);
  if (updated) parts.push(`updated ${updated}`);
  if (done.mode === 'replace' && removed) {
    parts.push(`removed ${removed} that ${total(done, 'delete') === 1 ? 'was' : 'were'} not in the backup`);
  }
  if (!parts.length) return 'Backup restored: this journal already held everything in it, so nothing changed.';
  return `Backup restored: ${parts.join('; ')}.`;
}
