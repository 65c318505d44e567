import { z } from 'zod';
import { Attachment, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENT_LABEL } from '../attachments/schema';
import { base64ToBytes, bytesToBase64 } from '../crypto/base64';
import { DamagedFileError } from '../crypto/errors';
import type { StoredRecord } from './records';

/** Base64 spells every 3 bytes as 4 characters: longer text holds more than Lantern keeps in one file. */
const MAX_DATA_LENGTH = Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4;

const bytes = (count: number) => `${count.toLocaleString('en-GB')} ${count === 1 ? 'byte' : 'bytes'}`;

type Field = 'size' | 'data' | 'blob';

/**
 * Refuses the record with a sentence for `describeIssues`, which puts the record's name before
 * `params.predicate`: "Attachment 2 “ECG.pdf” (id 3f2a9c1b…) has damaged file data: …".
 */
function refuse(ctx: z.RefinementCtx, record: Partial<Record<Field, unknown>>, field: Field, predicate: string) {
  ctx.addIssue({ code: 'custom', path: [field], input: record[field], message: predicate, params: { predicate } });
  return z.NEVER;
}

/**
 * An attachment as a backup file holds it: the stored record (lib/attachments/schema.ts) with its
 * Blob spelt as base64 in `data`. Parsing checks the details against the stored shape, then gives
 * the record as stored, the Blob rebuilt with the stored MIME type, once the text decodes and holds
 * exactly `size` bytes, no more than Lantern keeps. A record that already holds its Blob (a backup
 * read before, handed to the import) is checked as stored, its Blob against its size.
 */
export const BackupAttachment = Attachment.extend({
  // The cap is checked below, to say it in words rather than as a bare maximum.
  size: z.number().int().nonnegative(),
  data: z.string().optional(),
  blob: Attachment.shape.blob.optional(),
}).transform((record, ctx): Attachment => {
  const { data, blob, ...details } = record;
  const { size, type } = details;
  if (size > MAX_ATTACHMENT_BYTES) {
    return refuse(ctx, record, 'size', `is ${bytes(size)}, over the ${MAX_ATTACHMENT_LABEL} Lantern keeps`);
  }
  if (blob !== undefined) {
    if (blob.size === size) return { ...details, blob };
    return refuse(ctx, record, 'blob', `holds a file of ${bytes(blob.size)}, but its size says ${bytes(size)}`);
  }
  // A missing `data` reads "is missing data": describeIssues words absent fields itself.
  if (data === undefined) return refuse(ctx, record, 'data', 'is missing data');
  const tooLarge = `holds more than the ${MAX_ATTACHMENT_LABEL} Lantern keeps`;
  // Checked before decoding too, so an enormous text is refused without being decoded.
  if (data.length > MAX_DATA_LENGTH) return refuse(ctx, record, 'data', tooLarge);
  let decoded: Uint8Array<ArrayBuffer>;
  try {
    decoded = base64ToBytes(data);
  } catch (error) {
    if (!(error instanceof DamagedFileError)) throw error;
    return refuse(ctx, record, 'data', 'has damaged file data: it is not valid base64');
  }
  if (decoded.length > MAX_ATTACHMENT_BYTES) return refuse(ctx, record, 'data', tooLarge);
  if (decoded.length !== size) {
    return refuse(ctx, record, 'data', `holds ${bytes(decoded.length)}, but its size says ${bytes(size)}`);
  }
  return { ...details, blob: new Blob([decoded], { type }) };
});

/**
 * An attachment as written in a backup file: its Blob as base64 in `data`, beside its details.
 * Records go out as stored, unvalidated: one without a Blob goes as it is, for the import to name.
 */
export async function encodeAttachment(record: StoredRecord): Promise<StoredRecord> {
  const { blob, ...details } = record;
  if (!(blob instanceof Blob)) return record;
  return { ...details, data: bytesToBase64(new Uint8Array(await blob.arrayBuffer())) };
}
