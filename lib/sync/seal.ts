import { base64ToBytes, bytesToBase64, bytesToHex } from '../crypto/base64';
import { canonicalJson } from '../json';
import { blobFromBytes, readBlobBytes } from '../vault/blob-bytes';
import type { SyncKeys } from './keys';
import { isSyncTable, type SyncTable } from './tables';

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });
const IV_BYTES = 12;

export type RecordKey = string | number;
export type PlainRecord = Record<string, unknown>;

/** A record as the server holds it: only ciphertext, under an id that names nothing. */
export interface SealedDoc {
  _id: string;
  _rev?: string;
  s: string;
  _attachments?: Record<string, { content_type: string; data: string }>;
}

/** What one document holds once opened. */
export interface OpenedRecord {
  table: SyncTable;
  key: RecordKey;
  record: PlainRecord;
}

/** A document that does not open with this journal's key, or does not hold what its id says. */
export class DamagedDocumentError extends Error {
  override name = 'DamagedDocumentError';
  constructor() {
    super('A document on the server could not be opened with this journal’s key, so it was skipped.');
  }
}

interface Payload {
  t: SyncTable;
  k: RecordKey;
  r: PlainRecord;
  /** The record's Blob fields, in attachment order: field name and MIME type. */
  f?: [field: string, type: string][];
}

async function hmacHex(key: CryptoKey, text: string): Promise<string> {
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(text)));
  return bytesToHex(mac.subarray(0, 16));
}

/** The document id of a record: a keyed hash, so the server learns no table, key, date or kind. */
export function docIdFor(keys: SyncKeys, table: SyncTable, key: RecordKey): Promise<string> {
  return hmacHex(keys.ids, canonicalJson([table, key]));
}

/** The id of the revision keeping a losing version: the same on every device that resolves it. */
export async function conflictRevisionId(keys: SyncKeys, entryId: string, rev: string): Promise<string> {
  return `conflict-${await hmacHex(keys.ids, canonicalJson(['conflict', entryId, rev]))}`;
}

/** A keyed fingerprint of a record's whole content (files by their bytes): equal means unchanged. */
export async function fingerprint(keys: SyncKeys, record: PlainRecord): Promise<string> {
  const plain: PlainRecord = {};
  for (const [field, value] of Object.entries(record)) {
    if (value instanceof Blob) {
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array(await readBlobBytes(value))));
      plain[field] = { blob: bytesToBase64(digest), type: value.type };
    } else plain[field] = value;
  }
  return hmacHex(keys.hashes, canonicalJson(plain));
}

async function seal(keys: SyncKeys, bytes: Uint8Array, context: string): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const additionalData = encoder.encode(context);
  const data = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData }, keys.seal, new Uint8Array(bytes)),
  );
  const out = new Uint8Array(IV_BYTES + data.length);
  out.set(iv);
  out.set(data, IV_BYTES);
  return bytesToBase64(out);
}

async function open(keys: SyncKeys, text: unknown, context: string): Promise<Uint8Array> {
  if (typeof text !== 'string') throw new DamagedDocumentError();
  try {
    const bytes = base64ToBytes(text);
    const iv = bytes.subarray(0, IV_BYTES);
    const additionalData = encoder.encode(context);
    return new Uint8Array(
      await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData }, keys.seal, bytes.subarray(IV_BYTES)),
    );
  } catch {
    throw new DamagedDocumentError();
  }
}

/**
 * Seals a record under its document id: the record (its table and key inside) as one AES-GCM block
 * whose associated data is the id, and each Blob as an attachment bound to the id and its position.
 * Moving a sealed body or file to another id makes it fail to open.
 */
export async function sealDoc(keys: SyncKeys, id: string, opened: OpenedRecord): Promise<SealedDoc> {
  const payload: Payload = { t: opened.table, k: opened.key, r: {} };
  const attachments: NonNullable<SealedDoc['_attachments']> = {};
  for (const [field, value] of Object.entries(opened.record)) {
    if (value instanceof Blob) {
      payload.f ??= [];
      const name = `f${payload.f.length}`;
      payload.f.push([field, value.type]);
      const data = await seal(keys, await readBlobBytes(value), `${id}/${name}`);
      attachments[name] = { content_type: 'application/octet-stream', data };
    } else payload.r[field] = value;
  }
  const doc: SealedDoc = { _id: id, s: await seal(keys, encoder.encode(JSON.stringify(payload)), id) };
  if (payload.f) doc._attachments = attachments;
  return doc;
}

/** Attachments as PouchDB gives them with `attachments: true`: base64 `data`. */
type StoredAttachments = Record<string, { data?: unknown }> | undefined;

/** Opens a document: its id must be the one its table and key give, or it is a DamagedDocumentError. */
export async function openDoc(keys: SyncKeys, doc: { _id: string; s?: unknown; _attachments?: unknown }) {
  let payload: Payload;
  try {
    payload = JSON.parse(decoder.decode(await open(keys, doc.s, doc._id))) as Payload;
  } catch {
    throw new DamagedDocumentError();
  }
  const { t, k, r, f } = payload ?? {};
  const keyOk = typeof k === 'string' || typeof k === 'number';
  if (!isSyncTable(t) || !keyOk || typeof r !== 'object' || r === null) throw new DamagedDocumentError();
  if ((await docIdFor(keys, t, k)) !== doc._id) throw new DamagedDocumentError();
  const record: PlainRecord = { ...r };
  const files = (doc._attachments ?? {}) as StoredAttachments;
  for (const [index, [field, type]] of (Array.isArray(f) ? f : []).entries()) {
    const name = `f${index}`;
    const bytes = await open(keys, files?.[name]?.data, `${doc._id}/${name}`);
    record[field] = blobFromBytes(bytes, String(type));
  }
  return { table: t, key: k, record } satisfies OpenedRecord;
}
