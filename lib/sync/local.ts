import type { LanternDB } from '../db';
import { PERSON_KEY as PERSON_SETTING, PersonDetails, Preferences } from '../settings/schema';
import type { PlainRecord, RecordKey } from './seal';
import { PERSON_KEY, PERSON_SETTINGS, PERSON_TABLE, type SyncedTable, type SyncTable } from './tables';

/*
 * The journal's side of the bridge: a synced record read from, or written into, its Dexie table.
 * The person's settings are one record made of the PERSON_SETTINGS fields of the `person` setting
 * (the preferences that describe the doctor, sealed with a passphrase like any synced record).
 */

const PersonSettings = Preferences.pick({ roles: true, appraisalDate: true, revalidationDate: true, cpdTarget: true });

function pickPerson(value: unknown): PlainRecord {
  const preferences = Preferences.parse(value ?? {});
  const person: PlainRecord = {};
  for (const field of PERSON_SETTINGS) if (preferences[field] !== undefined) person[field] = preferences[field];
  return person;
}

/** The record as this device holds it now, or undefined when it has none. Dexie calls only. */
export async function readLocal(db: LanternDB, table: SyncTable, key: RecordKey): Promise<PlainRecord | undefined> {
  if (table === PERSON_TABLE) {
    if (key !== PERSON_KEY) return undefined;
    const record = await db.settings.get(PERSON_SETTING);
    return record ? pickPerson(record.value) : undefined;
  }
  return (await db.table(table).get(key)) as PlainRecord | undefined;
}

/** A received record as it would be stored, or undefined when it does not pass the table's schema. */
export function validateIncoming(table: SyncTable, record: PlainRecord, parse: (value: unknown) => unknown) {
  if (table === PERSON_TABLE) {
    const parsed = PersonSettings.partial().safeParse(record);
    return parsed.success ? pickPerson(parsed.data) : undefined;
  }
  try {
    return parse(record) as PlainRecord;
  } catch {
    return undefined;
  }
}

/** Writes a received record. Dexie calls only: runs inside the caller's transaction. */
export async function writeLocal(db: LanternDB, table: SyncTable, record: PlainRecord): Promise<void> {
  if (table === PERSON_TABLE) {
    const current = await db.settings.get(PERSON_SETTING);
    const person: PlainRecord = { ...((current?.value as PlainRecord | undefined) ?? {}) };
    for (const field of PERSON_SETTINGS) person[field] = record[field];
    await db.settings.put({ key: PERSON_SETTING, value: PersonDetails.parse(person) });
    return;
  }
  await db.table(table).put(record);
}

/** Deletes a record the server says was deleted. Dexie calls only. */
export async function deleteLocal(db: LanternDB, table: SyncTable, key: RecordKey): Promise<void> {
  if (table !== PERSON_TABLE) await db.table(table as SyncedTable).delete(key);
}

/** Every record key this device holds, table by table, for the reconcile pass at start. */
export async function allLocalKeys(db: LanternDB, tables: readonly SyncedTable[]) {
  const keys: { table: SyncTable; key: RecordKey }[] = [];
  for (const table of tables)
    for (const key of await db.table(table).toCollection().primaryKeys()) keys.push({ table, key: key as RecordKey });
  if (await db.settings.get(PERSON_SETTING)) keys.push({ table: PERSON_TABLE, key: PERSON_KEY });
  return keys;
}

/** Many records at once (one read per table), in the order asked. Dexie calls only. */
export async function readLocalMany(
  db: LanternDB,
  refs: readonly { table: SyncTable; key: RecordKey }[],
): Promise<(PlainRecord | undefined)[]> {
  const found: (PlainRecord | undefined)[] = new Array(refs.length);
  const byTable = new Map<SyncTable, number[]>();
  for (const [index, ref] of refs.entries()) byTable.set(ref.table, [...(byTable.get(ref.table) ?? []), index]);
  for (const [table, indexes] of byTable) {
    if (table === PERSON_TABLE) {
      for (const index of indexes) found[index] = await readLocal(db, table, (refs[index] as { key: RecordKey }).key);
      continue;
    }
    const records = await db.table(table).bulkGet(indexes.map((index) => (refs[index] as { key: RecordKey }).key));
    for (const [i, index] of indexes.entries()) found[index] = records[i] as PlainRecord | undefined;
  }
  return found;
}
