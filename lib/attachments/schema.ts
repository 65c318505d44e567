import { z } from 'zod';

/** The largest file Lantern keeps, in megabytes of 1,048,576 bytes (as sizes are shown below). */
export const MAX_ATTACHMENT_MB = 20;
/** 20 MB: a scanned certificate or a feedback report fits; a video does not. */
export const MAX_ATTACHMENT_BYTES = MAX_ATTACHMENT_MB * 1024 * 1024;
/** The cap in words, for messages: "20 MB". */
export const MAX_ATTACHMENT_LABEL = `${MAX_ATTACHMENT_MB} MB`;

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

/** A size in bytes, KB or MB, where a KB is 1,024 bytes and an MB 1,048,576, as the cap is defined. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return bytes === 1 ? '1 byte' : `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * A size over the cap, said precisely enough to be seen to be over it: 21,000,000 bytes is
 * "20.03 MB", never "20.0 MB"; a file a few bytes over is given in bytes.
 */
export function formatBytesOverLimit(bytes: number): string {
  const limit = MAX_ATTACHMENT_BYTES / (1024 * 1024);
  for (const digits of [1, 2, 3]) {
    const shown = (bytes / (1024 * 1024)).toFixed(digits);
    if (Number(shown) > limit) return `${shown} MB`;
  }
  return `${bytes.toLocaleString('en-GB')} bytes`;
}

export class AttachmentTooLargeError extends Error {
  constructor(name: string, size: number) {
    super(
      `“${name}” is ${formatBytesOverLimit(size)}, over the ${MAX_ATTACHMENT_LABEL} limit for each file. ` +
        'Save a smaller copy (for example a PDF of the first pages) and attach that.',
    );
    this.name = 'AttachmentTooLargeError';
  }
}

export class AttachmentEmptyError extends Error {
  constructor(name: string) {
    super(
      `“${name}” is empty (0 bytes), so there is nothing to keep. ` +
        'Check that the file opens on your device, then attach it again.',
    );
    this.name = 'AttachmentEmptyError';
  }
}
