import { describe, expect, it } from 'vitest';
import { addAttachment, listAttachments } from '../../lib/attachments/repository';
import {
  AttachmentEmptyError,
  AttachmentTooLargeError,
  formatBytes,
  formatBytesOverLimit,
  MAX_ATTACHMENT_BYTES,
} from '../../lib/attachments/schema';
import { inertViewType } from '../../lib/attachments/viewing';
import { freshDbPerTest } from './fixtures/db';

const testDb = freshDbPerTest();

/** A file that says it has `size` bytes without holding them, as the size check reads only that. */
function fileOfSize(name: string, size: number): File {
  const file = new File(['x'], name, { type: 'application/pdf' });
  Object.defineProperty(file, 'size', { value: size });
  return file;
}

describe('the size limit', () => {
  it('is 20 MB of 1,048,576 bytes, the same MB that sizes are shown in', () => {
    expect(MAX_ATTACHMENT_BYTES).toBe(20 * 1_048_576);
    expect(formatBytes(MAX_ATTACHMENT_BYTES)).toBe('20.0 MB');
  });

  it('says a file over the limit is over it, not the same size as it', async () => {
    const error = await addAttachment('entry-1', fileOfSize('big.pdf', 21_000_000)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AttachmentTooLargeError);
    expect((error as Error).message).toBe(
      '“big.pdf” is 20.03 MB, over the 20 MB limit for each file. ' +
        'Save a smaller copy (for example a PDF of the first pages) and attach that.',
    );
    expect(await listAttachments('entry-1')).toEqual([]);
  });

  it.each([
    [MAX_ATTACHMENT_BYTES + 1, '20,971,521 bytes'],
    [MAX_ATTACHMENT_BYTES + 2000, '20.002 MB'],
    [21_000_000, '20.03 MB'],
    [22_000_000, '21.0 MB'],
    [30 * 1_048_576, '30.0 MB'],
  ])('shows %i bytes as %s', (bytes, shown) => {
    expect(formatBytesOverLimit(bytes)).toBe(shown);
  });

  it('keeps a file exactly at the limit', async () => {
    const file = new File([new Uint8Array(MAX_ATTACHMENT_BYTES)], 'exact.pdf', { type: 'application/pdf' });
    await addAttachment('entry-1', file);
    expect((await listAttachments('entry-1')).map((a) => a.size)).toEqual([MAX_ATTACHMENT_BYTES]);
  });
});

describe('empty files', () => {
  it('are refused with a message saying so, and nothing is stored', async () => {
    const error = await addAttachment('entry-1', new File([], 'blank.pdf', { type: 'application/pdf' })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AttachmentEmptyError);
    expect((error as Error).message).toContain('“blank.pdf” is empty (0 bytes)');
    expect(await testDb().attachments.count()).toBe(0);
  });
});

describe('which files open in a tab', () => {
  it.each([
    ['application/pdf', 'application/pdf'],
    ['image/png', 'image/png'],
    ['IMAGE/JPEG', 'image/jpeg'],
    ['text/plain', 'text/plain; charset=utf-8'],
    ['text/plain; charset=ISO-8859-1', 'text/plain; charset=iso-8859-1'],
  ])('%s opens as %s', (type, shown) => {
    expect(inertViewType(type)).toBe(shown);
  });

  it.each([
    'text/html',
    'image/svg+xml',
    'application/xhtml+xml',
    'text/xml',
    'application/xml',
    'text/javascript',
    'application/octet-stream',
    '',
    'text/html; charset=utf-8',
    ' text/html ',
  ])('%j is downloaded instead', (type) => {
    expect(inertViewType(type)).toBeNull();
  });

  it('opens plain text as UTF-8 when its charset is not a plain name', () => {
    expect(inertViewType('text/plain; charset="><script>')).toBe('text/plain; charset=utf-8');
  });
});
