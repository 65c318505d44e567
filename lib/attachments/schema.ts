import { z } from 'zod';

/** 20 MB: a scanned certificate or a feedback report fits; a video does not. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

/** A file kept with an entry (certificate, feedback report, image), stored as a Blob on this device. */
export const Attachment = z.object({
  id: z.string().min(1),
  entryId: z.string().min(1),
  name: z.string().min(1).max(255),
  type: z.string().max(255),
  size: z.number().int().nonnegative().max(MAX_ATTACHMENT_BYTES),
  addedAt: z.number().int().nonnegative(),
  blob: z.instanceof(Blob),
});
export type Attachment = z.infer<typeof Attachment>;

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export class AttachmentTooLargeError extends Error {
  constructor(name: string, size: number) {
    super(
      `“${name}” is ${formatBytes(size)}; Lantern keeps files up to ${formatBytes(MAX_ATTACHMENT_BYTES)}. ` +
        'Save a smaller copy (for example a PDF of the first pages) and attach that.',
    );
    this.name = 'AttachmentTooLargeError';
  }
}
