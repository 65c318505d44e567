import { cmp, type ObservabilitySet, RangeSet } from 'dexie';
import type { LanternDB } from '../db';
import { allLocalKeys } from './local';
import type { RecordRef } from './outgoing';
import type { RecordKey } from './seal';
import { PERSON_KEY, PERSON_TABLE, SYNCED_TABLES, type SyncedTable } from './tables';

/**
 * What a `storagemutated` notice (this window or another) says changed in the synced tables: single
 * keys where Dexie names them, or whole tables to look through where it gives a range (a clear).
 */
export function changedRecords(db: LanternDB, parts: ObservabilitySet) {
  const refs: RecordRef[] = [];
  const wholeTables: SyncedTable[] = [];
  for (const table of SYNCED_TABLES) {
    const tree = parts[`idb://${db.name}/${table}/`];
    if (!tree) continue;
    for (const node of RangeSet(tree)) {
      if (cmp(node.from, node.to) === 0) refs.push({ table, key: node.from as RecordKey });
      else {
        wholeTables.push(table);
        break;
      }
    }
  }
  if (parts[`idb://${db.name}/settings/`]) refs.push({ table: PERSON_TABLE, key: PERSON_KEY });
  return { refs, wholeTables };
}

/** Every record of these tables here, and every one synced before (to send its deletion). */
export async function recordsOf(db: LanternDB, tables: readonly SyncedTable[]): Promise<RecordRef[]> {
  const refs = new Map<string, RecordRef>();
  const add = (ref: RecordRef) => refs.set(JSON.stringify([ref.table, ref.key]), ref);
  for (const ref of await allLocalKeys(db, tables)) add(ref);
  const names: string[] = tables.length === SYNCED_TABLES.length ? [...tables, PERSON_TABLE] : [...tables];
  await db.syncDocs.each((state) => {
    if (names.includes(state.table)) add({ table: state.table, key: state.key } as RecordRef);
  });
  return [...refs.values()];
}
