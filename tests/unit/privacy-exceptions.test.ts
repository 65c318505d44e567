import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LanternDB, setDb } from '../../lib/db';
import { draftEntry, getEntry, moveToTrash, putEntry } from '../../lib/entries/repository';
import { detectPatientDetails, findingKey } from '../../lib/privacy';
import {
  clearPrivacyExceptions,
  exceptionsOf,
  listPrivacyExceptions,
  parseExceptionKey,
  removePrivacyException,
} from '../../lib/privacy/exceptions';
import { anEntryInput, FIXTURE_NOW } from './fixtures/entries';

const NOW = FIXTURE_NOW;

let db: LanternDB;
const anEntry = anEntryInput;

beforeEach(() => {
  db = new LanternDB(`test-${crypto.randomUUID()}`);
  setDb(db);
});

afterEach(async () => {
  await db.delete();
});

describe('listing "not a patient detail" exceptions', () => {
  it('lists each exception with its entry, kind and text as stored, newest entry first', async () => {
    await putEntry(
      anEntry({ id: 'older', title: 'Handover', occurredOn: '2026-10-01', privacyExceptions: ['name:jones'] }),
    );
    await putEntry(
      anEntry({
        id: 'newer',
        title: '',
        occurredOn: '2026-11-20',
        privacyExceptions: ['nhs-number:9434765919', 'postcode:ls1 4ap'],
      }),
    );
    await putEntry(anEntry({ id: 'none', title: 'No exceptions' }));

    expect(await listPrivacyExceptions()).toEqual([
      {
        entryId: 'newer',
        entryTitle: 'Untitled entry',
        key: 'nhs-number:9434765919',
        kind: 'nhs-number',
        text: '9434765919',
        kindLabel: 'NHS number',
      },
      {
        entryId: 'newer',
        entryTitle: 'Untitled entry',
        key: 'postcode:ls1 4ap',
        kind: 'postcode',
        text: 'ls1 4ap',
        kindLabel: 'postcode',
      },
      { entryId: 'older', entryTitle: 'Handover', key: 'name:jones', kind: 'name', text: 'jones', kindLabel: 'name' },
    ]);
  });

  it('leaves out entries in Trash', async () => {
    await putEntry(anEntry({ id: 'kept', privacyExceptions: ['name:jones'] }));
    await putEntry(anEntry({ id: 'binned', privacyExceptions: ['name:smith'] }));
    await moveToTrash('binned', NOW);
    expect((await listPrivacyExceptions()).map((item) => item.entryId)).toEqual(['kept']);
  });

  it('is empty when nothing was marked, including entries saved before exceptions existed', async () => {
    await putEntry(anEntry());
    await putEntry(anEntry({ privacyExceptions: [] }));
    expect(await listPrivacyExceptions()).toEqual([]);
  });

  it.each([
    ['name:jones', { kind: 'name', text: 'jones' }],
    ['email:a@b.nhs.uk', { kind: 'email', text: 'a@b.nhs.uk' }],
    ['seen-date:seen on 1:30', { kind: 'seen-date', text: 'seen on 1:30' }],
    ['no colon at all', { kind: '', text: 'no colon at all' }],
  ])('reads the key %s back as its kind and text', (key, expected) => {
    expect(parseExceptionKey(key)).toEqual(expected);
  });

  it('names an unknown kind by itself rather than failing', () => {
    const [item] = exceptionsOf([draftEntry({ title: 'X', privacyExceptions: ['shoe-size:11'] }, NOW)]);
    expect(item).toMatchObject({ kind: 'shoe-size', text: '11', kindLabel: 'shoe-size' });
  });
});

describe('removing an exception', () => {
  it('removes just that exception and bumps updatedAt, like any edit', async () => {
    await putEntry(anEntry({ id: 'e', privacyExceptions: ['name:jones', 'postcode:ls1 4ap'] }));
    expect(await removePrivacyException('e', 'name:jones', NOW + 5000)).toBe(true);
    const entry = await getEntry('e');
    expect(entry?.privacyExceptions).toEqual(['postcode:ls1 4ap']);
    expect(entry?.updatedAt).toBe(NOW + 5000);
    expect(entry?.body).toBe('Reflection on the ward round.');
  });

  it('makes the detector warn about that text again', async () => {
    const body = 'Mrs Jones thanked the nurses on the ward.';
    const [finding] = detectPatientDetails(body);
    if (!finding) throw new Error('the detector should find the name');
    await putEntry(anEntry({ id: 'e', body, privacyExceptions: [findingKey(finding)] }));
    const ignored = async () => (await getEntry('e'))?.privacyExceptions ?? [];
    expect(detectPatientDetails(body, { ignored: await ignored() })).toEqual([]);

    await removePrivacyException('e', findingKey(finding));
    expect(detectPatientDetails(body, { ignored: await ignored() })).toEqual([finding]);
  });

  it('does nothing, and says so, when the entry or the exception has gone', async () => {
    await putEntry(anEntry({ id: 'e', privacyExceptions: ['name:jones'] }));
    expect(await removePrivacyException('e', 'name:smith', NOW + 5000)).toBe(false);
    expect(await removePrivacyException('gone', 'name:jones', NOW + 5000)).toBe(false);
    expect((await getEntry('e'))?.updatedAt).toBe(NOW);
  });
});

describe('resetting every exception', () => {
  it('clears every exception in the journal and counts them, leaving Trash alone', async () => {
    await putEntry(anEntry({ id: 'a', privacyExceptions: ['name:jones', 'postcode:ls1 4ap'] }));
    await putEntry(anEntry({ id: 'b', privacyExceptions: ['email:a@b.nhs.uk'] }));
    await putEntry(anEntry({ id: 'untouched' }));
    await putEntry(anEntry({ id: 'binned', privacyExceptions: ['name:smith'] }));
    await moveToTrash('binned', NOW);

    expect(await clearPrivacyExceptions(NOW + 5000)).toBe(3);
    expect(await listPrivacyExceptions()).toEqual([]);
    expect((await getEntry('a'))?.updatedAt).toBe(NOW + 5000);
    expect((await getEntry('untouched'))?.updatedAt).toBe(NOW);
    expect((await getEntry('binned'))?.privacyExceptions).toEqual(['name:smith']);
  });

  it('counts nothing when there was nothing to clear', async () => {
    expect(await clearPrivacyExceptions()).toBe(0);
  });
});
