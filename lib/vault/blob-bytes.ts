/*
 * IndexedDB transactions close as soon as they wait on anything but IndexedDB, so encryption inside
 * one must be synchronous. Text is; a Blob's bytes can only be read asynchronously. So anything that
 * writes a Blob to an encrypted table reads its bytes first (`readBlobBytes`), outside the
 * transaction, and the sealing step finds them here. Blobs made when a record is opened are
 * registered as they are made, so rewriting a record (re-encryption, `modify`) needs no read.
 */

const known = new WeakMap<Blob, Uint8Array>();

/** Reads a Blob's bytes once and remembers them for sealing. */
export async function readBlobBytes(blob: Blob): Promise<Uint8Array> {
  const cached = known.get(blob);
  if (cached) return cached;
  const bytes = new Uint8Array(await blob.arrayBuffer());
  known.set(blob, bytes);
  return bytes;
}

/** A Blob made from bytes already in memory, remembered so it can be sealed without reading. */
export function blobFromBytes(bytes: Uint8Array, type: string): Blob {
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type });
  known.set(blob, bytes);
  return blob;
}

/** The bytes of a Blob read (or made) before, or undefined. */
export function knownBlobBytes(blob: Blob): Uint8Array | undefined {
  return known.get(blob);
}

/** Reads the bytes of every Blob held directly in a record's fields. */
export async function readRecordBlobs(record: object): Promise<void> {
  for (const value of Object.values(record)) if (value instanceof Blob) await readBlobBytes(value);
}
