/** "Data: Export Backup…" and "Data: Import Backup…": the journal out to one file and back. */
export { countOf, describeCounts, describePlan, describeRestore, recordCount } from './describe';
export { type ExportOptions, type ExportResult, exportBackup } from './export';
export { applyImport, planImport } from './import';
export type { ImportMode, ImportPlan, TableChanges } from './merge';
export type { BackupProblem } from './problems';
export { type ReadResult, readBackup } from './read';
export {
  BACKUP_TABLE_NAMES,
  BACKUP_TABLES,
  Backup,
  type BackupCounts,
  type BackupFile,
  type BackupTableName,
  type BackupTableSpec,
  type MergeRule,
} from './tables';
