import { MAX_REVISIONS } from '../entries/revisions';
import type { Entry } from '../entries/schema';
import { wholeRevision } from '../entries/whole-revision';
import { newId } from '../ids';
import {
  contentSignature,
  holdsBlob,
  indexByKey,
  keyOf,
  type RecordKey,
  type StoredRecord,
  sameRecord,
} from './records';
import {
  BACKUP_TABLE_NAMES,
  BACKUP_TABLES,
  type BackupTableName,
  type BackupTableSpec,
  type BackupTables,
} from './tables';

export type ImportMode = 'merge' | 'replace';

export interface TableChanges {
  add: number;
  update: number;
  /** Already the same here, or (merge) kept as it is here. */
  unchanged: number;
  /** Replace only: records here that the backup does not have. */
  delete: number;
}

export interface ImportPlan {
  mode: ImportMode;
  tables: Record<BackupTableName, TableChanges>;
  /** Entries that differed on the losing side, kept whole as "conflict" revisions. */
  keptAsRevision: number;
  /**
   * Revisions dropped after the import because an entry it brought revisions for then has more than
   * MAX_REVISIONS: the oldest go, as they do while writing.
   */
  prunedRevisions: number;
}

export interface TableWrites {
  clear: boolean;
  /** Records with an explicit key come first: IndexedDB then moves its key generator past them. */
  put: StoredRecord[];
}

export type CurrentTables = Record<BackupTableName, StoredRecord[]>;

/**
 * By table, the keys of the backup's records whose Blobs hold the same bytes as the record with that
 * key here (`findSameBytes`). Reading a Blob is asynchronous and planning is not, so this is worked
 * out first; a Blob-holding record missing from it counts as changed.
 */
export type SameBytes = Partial<Record<BackupTableName, ReadonlySet<RecordKey>>>;

interface TableOutcome {
  changes: TableChanges;
  writes: TableWrites;
  losers: StoredRecord[];
}

const noChanges = (): TableChanges => ({ add: 0, update: 0, unchanged: 0, delete: 0 });

/**
 * What an import would do, and the writes that do it. Pure, so the plan shown to the doctor and
 * the import itself (which replans inside its transaction, against the data as it is then) agree.
 */
export function planWrites(
  incoming: BackupTables,
  current: CurrentTables,
  mode: ImportMode,
  sameBytes: SameBytes = {},
): { plan: ImportPlan; writes: Record<BackupTableName, TableWrites> } {
  const tables = {} as Record<BackupTableName, TableChanges>;
  const writes = {} as Record<BackupTableName, TableWrites>;
  const losers: StoredRecord[] = [];
  for (const name of BACKUP_TABLE_NAMES) {
    const records = incoming[name] as StoredRecord[];
    const spec: BackupTableSpec = BACKUP_TABLES[name];
    const same = unchangedTest(spec, sameBytes[name]);
    const outcome =
      mode === 'replace'
        ? replaceTable(spec, records, current[name], same)
        : mergeTable(spec, records, current[name], same);
    tables[name] = outcome.changes;
    writes[name] = outcome.writes;
    losers.push(...outcome.losers);
  }
  const keptAsRevision = addConflictRevisions(losers, current.revisions, writes.revisions);
  const prunedRevisions = countPruned(mode === 'replace' ? [] : current.revisions, writes.revisions.put);
  return { plan: { mode, tables, keptAsRevision, prunedRevisions }, writes };
}

type SameTest = (record: StoredRecord, local: StoredRecord) => boolean;

/** Equal in every field; a record holding Blobs also needs its bytes found equal beforehand. */
function unchangedTest(spec: BackupTableSpec, sameBytes: ReadonlySet<RecordKey> = new Set()): SameTest {
  return (record, local) => {
    if (!sameRecord(record, local)) return false;
    if (!holdsBlob(record) && !holdsBlob(local)) return true;
    const key = keyOf(record, spec.key);
    return key !== undefined && sameBytes.has(key);
  };
}

function replaceTable(
  spec: BackupTableSpec,
  records: StoredRecord[],
  here: StoredRecord[],
  same: SameTest,
): TableOutcome {
  const changes = noChanges();
  const byKey = indexByKey(here, spec.key);
  const kept = new Set<RecordKey>();
  for (const record of records) {
    const key = keyOf(record, spec.key);
    const local = key === undefined ? undefined : byKey.get(key);
    if (key !== undefined) kept.add(key);
    if (!local) changes.add += 1;
    else if (same(record, local)) changes.unchanged += 1;
    else changes.update += 1;
  }
  changes.delete = [...byKey.keys()].filter((key) => !kept.has(key)).length;
  const keyed = records.filter((record) => keyOf(record, spec.key) !== undefined);
  const unkeyed = records.filter((record) => keyOf(record, spec.key) === undefined);
  return { changes, writes: { clear: true, put: [...keyed, ...unkeyed] }, losers: [] };
}

function mergeTable(
  spec: BackupTableSpec,
  records: StoredRecord[],
  here: StoredRecord[],
  same: SameTest,
): TableOutcome {
  if (spec.merge === 'same-content') return mergeByContent(spec, records, here);
  const changes = noChanges();
  const put: StoredRecord[] = [];
  const losers: StoredRecord[] = [];
  const byKey = indexByKey(here, spec.key);
  for (const record of records) {
    const key = keyOf(record, spec.key);
    const local = key === undefined ? undefined : byKey.get(key);
    if (!local) {
      changes.add += 1;
      put.push(record);
    } else if (same(record, local)) {
      changes.unchanged += 1;
    } else if (spec.merge === 'newer-wins' && updatedAt(record) > updatedAt(local)) {
      changes.update += 1;
      put.push(record);
      if (spec.keepLoserAsRevision && differsBeyondTime(local, record)) losers.push(local);
    } else {
      // Equal times keep this computer's version: an import never silently replaces what is here.
      changes.unchanged += 1;
      if (spec.keepLoserAsRevision && differsBeyondTime(record, local)) losers.push(record);
    }
  }
  return { changes, writes: { clear: false, put }, losers };
}

function mergeByContent(spec: BackupTableSpec, records: StoredRecord[], here: StoredRecord[]): TableOutcome {
  const changes = noChanges();
  const known = new Set(here.map((record) => contentSignature(record, spec.key)));
  const usedKeys = new Set(indexByKey(here, spec.key).keys());
  const put: StoredRecord[] = [];
  for (const record of records) {
    const signature = contentSignature(record, spec.key);
    if (known.has(signature)) {
      changes.unchanged += 1;
      continue;
    }
    known.add(signature);
    changes.add += 1;
    const key = keyOf(record, spec.key);
    // Keep the backup's key when it is free here, so a backup restored into an empty journal is
    // identical to the original; otherwise give it a new random one.
    const free = key !== undefined && !usedKeys.has(key);
    const kept = free ? record : { ...record, [spec.key]: newId() };
    usedKeys.add(keyOf(kept, spec.key) as RecordKey);
    put.push(kept);
  }
  return { changes, writes: { clear: false, put }, losers: [] };
}

/** Keeps each loser whole as a "conflict" revision, unless that exact revision is already kept. */
function addConflictRevisions(losers: StoredRecord[], here: StoredRecord[], writes: TableWrites): number {
  const keyField = BACKUP_TABLES.revisions.key;
  const known = new Set([...here, ...writes.put].map((record) => contentSignature(record, keyField)));
  let added = 0;
  for (const loser of losers) {
    // Entries here and in the backup were both read through the Entry schema.
    const revision: StoredRecord = wholeRevision(loser as Entry);
    const signature = contentSignature(revision, keyField);
    if (known.has(signature)) continue;
    known.add(signature);
    writes.put.push(revision);
    added += 1;
  }
  return added;
}

/**
 * How many revisions go once the import is written, so that no entry it brought revisions for keeps
 * more than MAX_REVISIONS. `kept` is what stays of this computer's revisions (none in replace): the
 * import adds to them and overwrites none (mergeByContent keeps only keys that are free here).
 */
function countPruned(kept: StoredRecord[], added: StoredRecord[]): number {
  const touched = new Set(added.map((revision) => revision.entryId));
  const counts = new Map<unknown, number>();
  for (const revision of [...kept, ...added]) {
    if (touched.has(revision.entryId)) counts.set(revision.entryId, (counts.get(revision.entryId) ?? 0) + 1);
  }
  let pruned = 0;
  for (const count of counts.values()) pruned += Math.max(0, count - MAX_REVISIONS);
  return pruned;
}

function updatedAt(record: StoredRecord): number {
  return typeof record.updatedAt === 'number' ? record.updatedAt : 0;
}

/** Whether the losing side holds anything the winner does not: any field but the time of the change. */
function differsBeyondTime(loser: StoredRecord, winner: StoredRecord): boolean {
  return !sameRecord({ ...loser, updatedAt: 0 }, { ...winner, updatedAt: 0 });
}
