import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { Entry } from '../../lib/entries/schema';
import { describeStorageError } from '../../lib/storage-errors';

function zodError(): unknown {
  const result = Entry.safeParse({ id: '' });
  if (result.success) throw new Error('expected the entry to be invalid');
  return result.error;
}

describe('describeStorageError', () => {
  it.each<[string, unknown, string]>([
    ['a full disk reported by the browser', new DOMException('full', 'QuotaExceededError'), 'quota'],
    ['a full disk reported by Dexie', new Dexie.QuotaExceededError('full'), 'quota'],
    [
      'a transaction aborted because the disk is full',
      new Dexie.AbortError('aborted', new DOMException('full', 'QuotaExceededError')),
      'quota',
    ],
    ['a database closed under the page', new Dexie.DatabaseClosedError('closed'), 'closed'],
    ['a database upgraded by a newer Lantern', new Dexie.VersionChangeError('upgraded'), 'upgraded'],
    ['an entry that failed validation', zodError(), 'invalid'],
    ['an abort with no cause given', new Dexie.AbortError('aborted'), 'unknown'],
    ['a plain Error', new Error('boom'), 'unknown'],
    ['a thrown string', 'boom', 'unknown'],
    ['nothing at all', undefined, 'unknown'],
  ])('recognises %s', (_, error, kind) => {
    expect(describeStorageError(error).kind).toBe(kind);
  });

  it('tells the user their text is still there, whatever went wrong', () => {
    const errors: unknown[] = [
      new DOMException('full', 'QuotaExceededError'),
      new Dexie.DatabaseClosedError('closed'),
      new Dexie.VersionChangeError('upgraded'),
      zodError(),
      new TypeError('oops'),
      null,
    ];
    for (const error of errors) {
      expect(describeStorageError(error).message).toMatch(/Your text is still here/);
    }
  });

  it('tells the user what to do about a full disk', () => {
    expect(describeStorageError(new DOMException('full', 'QuotaExceededError')).message).toMatch(
      /run out of storage space.*free some disk space/,
    );
  });

  it('asks for a reload when another window or an update has taken the database', () => {
    expect(describeStorageError(new Dexie.VersionChangeError('v')).message).toMatch(/reload this page/);
    expect(describeStorageError(new Dexie.DatabaseClosedError('c')).message).toMatch(/reload this page/);
  });

  it('names an unexpected error so it can be reported, and promises a retry', () => {
    const { message } = describeStorageError(new TypeError('oops'));
    expect(message).toContain('(TypeError)');
    expect(message).toMatch(/try again when you keep typing/);
    expect(describeStorageError('weird').message).toContain('(unexpected error)');
  });
});
