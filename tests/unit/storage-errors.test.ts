import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { draftEntry, saveEntryText } from '../../lib/entries/repository';
import { Entry, MAX_BODY_LENGTH, MAX_TAG_LENGTH, MAX_TITLE_LENGTH } from '../../lib/entries/schema';
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

  describe('an entry too long to keep', () => {
    /** The error saving `patch` over a new entry gives, as autosave meets it. */
    async function saveError(patch: Parameters<typeof saveEntryText>[1]): Promise<unknown> {
      return saveEntryText(draftEntry({ title: 'Ward round' }), patch).then(
        () => {
          throw new Error('expected the save to fail');
        },
        (error: unknown) => error,
      );
    }

    it('says the limit and how long the body is, in plain words', async () => {
      const patch = { body: 'x'.repeat(1_044_000) };
      expect(describeStorageError(await saveError(patch), patch).message).toBe(
        'Entries can hold up to 1,000,000 characters; this one has 1,044,000. Shorten it to save. Your text is still here.',
      );
    });

    it('takes the limits from the schema', async () => {
      const body = { body: 'x'.repeat(MAX_BODY_LENGTH + 1) };
      expect(describeStorageError(await saveError(body), body).message).toContain(
        `up to ${MAX_BODY_LENGTH.toLocaleString('en-GB')} characters`,
      );
      const title = { title: 't'.repeat(MAX_TITLE_LENGTH + 5) };
      expect(describeStorageError(await saveError(title), title).message).toBe(
        `Titles can hold up to ${MAX_TITLE_LENGTH} characters; this one has ${MAX_TITLE_LENGTH + 5}. Shorten it to save. Your text is still here.`,
      );
      const tags = { tags: ['ok', 'a'.repeat(MAX_TAG_LENGTH + 1)] };
      expect(describeStorageError(await saveError(tags), tags).message).toMatch(
        new RegExp(`^Tags can hold up to ${MAX_TAG_LENGTH} characters each; this one has ${MAX_TAG_LENGTH + 1}\\.`),
      );
    });

    it('still says the limit when the text that failed is not to hand', async () => {
      const error = await saveError({ body: 'x'.repeat(MAX_BODY_LENGTH + 1) });
      expect(describeStorageError(error).message).toBe(
        'Entries can hold up to 1,000,000 characters; this one is longer. Shorten it to save. Your text is still here.',
      );
    });

    it('does not call an entry too long when something else was wrong with it', () => {
      expect(describeStorageError(zodError()).message).not.toMatch(/too long|can hold up to/);
    });
  });
});
