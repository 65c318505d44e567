import { blobFromBytes, knownBlobBytes } from './blob-bytes';
import { UnreadableRecordError, UnreadBlobError } from './errors';
import type { Keyring } from './keyring';
import { PERSON_KEY } from './schema';

/**
 * What stays readable in each table when the journal has a passphrase: keys, dates, kinds,
 * statuses, competency ids and timestamps, which the indexes need. Everything else in a record
 * (titles, bodies, lists, tags, roles, quotes, comments, bundles, files and their names) is sealed.
 * The README lists the same fields; a test checks the two agree. `settings` is not here: most of
 * it (the passphrase's details, the theme, the lock timeout) must be read before unlocking; only
 * the settings in SEALED_SETTINGS are sealed.
 */
export const CLEAR_FIELDS: Readonly<Record<string, readonly string[]>> = {
  entries: ['id', 'kind', 'occurredOn', 'createdAt', 'updatedAt', 'deletedAt', 'competencies'],
  revisions: ['id', 'entryId', 'savedAt'],
  attachments: ['id', 'entryId', 'addedAt'],
  assessments: ['id', 'frameworkId', 'takenAt'],
  goals: ['id', 'status', 'targetDate', 'sourceEntryId', 'createdAt', 'updatedAt'],
  mentees: ['menteeId', 'receivedAt', 'updatedAt'],
  mentorComments: ['id', 'menteeId', 'createdAt', 'updatedAt'],
  suggestedGoals: ['id', 'menteeId', 'createdAt'],
  feedback: ['id', 'target', 'receivedAt', 'updatedAt'],
  appraisalNotes: ['id', 'periodEnd', 'sectionId', 'updatedAt'],
};

export const SEALED_TABLES = Object.keys(CLEAR_FIELDS);

/** Each sealed table's primary key field (as in lib/db.ts; a test checks the two agree). */
export const KEY_FIELDS: Readonly<Record<string, string>> = {
  entries: 'id',
  revisions: 'id',
  attachments: 'id',
  assessments: 'id',
  goals: 'id',
  mentees: 'menteeId',
  mentorComments: 'id',
  suggestedGoals: 'id',
  feedback: 'id',
  appraisalNotes: 'id',
};

/**
 * The settings that hold the doctor's own words (roles, dates, targets): sealed like the tables
 * above, with only their key readable. Every other setting stays in the clear.
 */
export const SEALED_SETTINGS: readonly string[] = [PERSON_KEY];
const SETTINGS = 'settings';

/** The fields left readable and the primary key's field of a table whose records may be sealed. */
function layoutOf(table: string): { clear: readonly string[]; key: string } {
  if (table === SETTINGS) return { clear: ['key'], key: 'key' };
  return { clear: CLEAR_FIELDS[table] ?? [], key: KEY_FIELDS[table] ?? '' };
}

/** Whether a record of this table is sealed when the journal has a passphrase. */
export function sealsRecord(table: string, record: unknown): record is StoredRecord {
  if (typeof record !== 'object' || record === null) return false;
  if (table === SETTINGS) return SEALED_SETTINGS.includes((record as StoredRecord).key as string);
  return table in CLEAR_FIELDS;
}

/** Whether some records of this table may be sealed (the vault's middleware watches it). */
export function mayHoldSealed(table: string): boolean {
  return table === SETTINGS || table in CLEAR_FIELDS;
}

/** Field names a sealed record carries; they start with `_`, which no Lantern field does. */
const SEALED = '_sealed';
const KEY_ID = '_key';
const FILES = '_files';
/**
 * The sealed form's version. 2: sealed with the record's table and id as associated data, so it
 * opens only there. Records sealed before binding have no version; they open until re-sealed at the
 * next unlock (see `Keyring.acceptsUnbound`).
 */
const FORMAT = '_v';
const BOUND = 2;

interface Payload {
  /** The sealed fields, as JSON. */
  v: Record<string, unknown>;
  /** For each file in `_files`: the field it came from and its MIME type. */
  f?: [field: string, type: string][];
}

type StoredRecord = Record<string, unknown>;

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export function isSealed(record: unknown): boolean {
  return typeof record === 'object' && record !== null && SEALED in record;
}

/** The key id a sealed record was written with, or undefined for a record in the clear. */
export function sealedWith(record: unknown): string | undefined {
  return isSealed(record) ? String((record as StoredRecord)[KEY_ID]) : undefined;
}

/** Whether a stored record is sealed and bound to its table and id. */
export function isBound(record: unknown): boolean {
  return isSealed(record) && (record as StoredRecord)[FORMAT] === BOUND;
}

/** The associated data binding a record's sealed fields (or one of its files) to its table and id. */
function bindingOf(table: string, key: string | number, file?: string): Uint8Array {
  return encoder.encode(JSON.stringify(file === undefined ? ['lantern', table, key] : ['lantern', table, key, file]));
}

function primaryKeyOf(table: string, record: StoredRecord): string | number | undefined {
  const key = record[layoutOf(table).key];
  return typeof key === 'string' || typeof key === 'number' ? key : undefined;
}

/** A record as stored for a journal with a passphrase: clear fields as they are, the rest sealed. */
export function sealRecord(table: string, record: StoredRecord, keyring: Keyring): StoredRecord {
  const clearFields = layoutOf(table).clear;
  const key = primaryKeyOf(table, record);
  if (key === undefined) throw new Error(`A record for “${table}” has no id, so it cannot be sealed.`);
  const stored: StoredRecord = {};
  const payload: Payload = { v: {} };
  const files: Uint8Array[] = [];
  for (const [field, value] of Object.entries(record)) {
    if (clearFields.includes(field)) stored[field] = value;
    else if (value instanceof Blob) {
      const bytes = knownBlobBytes(value);
      if (!bytes) throw new UnreadBlobError();
      payload.f ??= [];
      payload.f.push([field, value.type]);
      files.push(keyring.seal(bytes, bindingOf(table, key, field)));
    } else payload.v[field] = value;
  }
  stored[SEALED] = keyring.seal(encoder.encode(JSON.stringify(payload)), bindingOf(table, key));
  stored[KEY_ID] = keyring.writeKeyId;
  stored[FORMAT] = BOUND;
  if (files.length > 0) stored[FILES] = files;
  return stored;
}

/**
 * The record as the app knows it. Records in the clear (never sealed, or not yet) and records sealed
 * before binding pass while the keyring accepts them; a record sealed for another id or table, or
 * an unbound one once every record is bound, is an UnreadableRecordError.
 */
export function openRecord(table: string, stored: unknown, keyring: Keyring): unknown {
  if (!isSealed(stored)) {
    if (keyring.enabled && !keyring.acceptsUnbound && sealsRecord(table, stored))
      throw new UnreadableRecordError(table);
    return stored;
  }
  const { [SEALED]: sealed, [KEY_ID]: keyId, [FILES]: files, [FORMAT]: format, ...clear } = stored as StoredRecord;
  const bound = format === BOUND;
  const key = primaryKeyOf(table, clear);
  if (bound ? key === undefined : !keyring.acceptsUnbound) throw new UnreadableRecordError(table);
  const keyIdText = String(keyId);
  const binding = (file?: string) => (bound && key !== undefined ? bindingOf(table, key, file) : undefined);
  let payload: Payload;
  try {
    payload = JSON.parse(decoder.decode(keyring.open(keyIdText, sealed as Uint8Array, table, binding()))) as Payload;
  } catch (error) {
    if (error instanceof SyntaxError || error instanceof TypeError) throw new UnreadableRecordError(table);
    throw error;
  }
  const record: StoredRecord = { ...payload.v, ...clear };
  const sealedFiles = Array.isArray(files) ? (files as Uint8Array[]) : [];
  for (const [index, [field, type]] of (payload.f ?? []).entries()) {
    const file = sealedFiles[index];
    if (!file) throw new UnreadableRecordError(table);
    record[field] = blobFromBytes(keyring.open(keyIdText, file, table, binding(field)), type);
  }
  return record;
}
