import { getDb } from '../db';
import { newId } from '../ids';
import { readBlobBytes } from '../vault/blob-bytes';
import { Attachment, AttachmentEmptyError, AttachmentTooLargeError, MAX_ATTACHMENT_BYTES } from './schema';

export interface FileLike {
  name: string;
  type: string;
  size: number;
}

/**
 * Keeps a file with an entry. Refuses empty files and files over the cap, storing nothing, with
 * a message saying what to do.
 */
export async function addAttachment(entryId: string, file: FileLike & Blob, now = Date.now()): Promise<Attachment> {
  if (file.size === 0) throw new AttachmentEmptyError(file.name || 'This file');
  if (file.size > MAX_ATTACHMENT_BYTES) throw new AttachmentTooLargeError(file.name || 'This file', file.size);
  const attachment = Attachment.parse({
    id: newId(),
    entryId,
    name: (file.name || 'attachment').slice(0, 255),
    type: file.type.slice(0, 255),
    size: file.size,
    addedAt: now,
    blob: file,
  });
  const db = getDb();
  // With a passphrase the file is sealed as it is written, so its bytes are read first.
  if (db.keyring.enabled) await readBlobBytes(attachment.blob);
  await db.attachments.add(attachment);
  return attachment;
}

/** An entry's attachments, oldest first. */
export async function listAttachments(entryId: string): Promise<Attachment[]> {
  const items = await getDb().attachments.where('entryId').equals(entryId).toArray();
  return items.sort((a, b) => a.addedAt - b.addedAt);
}

export function countAttachments(entryId: string): Promise<number> {
  return getDb().attachments.where('entryId').equals(entryId).count();
}

export async function deleteAttachment(id: string): Promise<void> {
  await getDb().attachments.delete(id);
}
