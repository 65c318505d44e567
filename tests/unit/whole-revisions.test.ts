import { describe, expect, it } from 'vitest';
import { COMPARED_FIELDS } from '../../lib/entries/differences';
import { getEntry, putEntry, saveEntryText } from '../../lib/entries/repository';
import { keepConflict, listRevisions, restoreRevision } from '../../lib/entries/revisions';
import { Entry } from '../../lib/entries/schema';
import { entryAsRevised } from '../../lib/entries/whole-revision';
import { freshDbPerTest } from './fixtures/db';
import { anEntryInput, FIXTURE_NOW } from './fixtures/entries';

freshDbPerTest();
const NOW = FIXTURE_NOW;
const MINUTE = 60 * 1000;

describe('revisions that keep the whole entry', () => {
  it('two windows: the version another window saved is kept whole, learning points and tags included', async () => {
    const base = await putEntry(anEntryInput({ body: 'Ward round.', updatedAt: NOW }));
    // The tab adds a learning point and a tag; the side panel, still showing the old entry, saves its text.
    const tab = await putEntry({ ...base, learningPoints: ['Escalate early'], tags: ['sepsis'], updatedAt: NOW + 1 });
    const { conflict, entry } = await saveEntryText(base, { body: 'Ward round, busy.' }, NOW + 2);

    expect(conflict).toBe(true);
    const [kept] = await listRevisions(base.id);
    expect(kept?.reason).toBe('conflict');
    expect(kept && entryAsRevised(kept, entry)).toEqual(tab);
  });

  it('restoring a version kept whole brings back every field, and the entry it replaced can be restored in turn', async () => {
    const before = await putEntry(
      anEntryInput({
        title: 'Clinic',
        body: 'Ran late.',
        actions: ['Book a longer slot'],
        role: 'ST3',
        updatedAt: NOW,
      }),
    );
    await keepConflict(before);
    const now = await putEntry({
      ...before,
      body: 'Ran on time.',
      actions: [],
      role: undefined,
      tags: ['clinic'],
      updatedAt: NOW + MINUTE,
    });

    const [conflict] = await listRevisions(before.id);
    const restored = await restoreRevision(before.id, conflict?.id ?? '', NOW + 2 * MINUTE);
    expect({ ...restored, updatedAt: 0 }).toEqual({ ...before, updatedAt: 0 });

    const [replaced] = await listRevisions(before.id);
    expect(replaced?.reason).toBe('restore');
    const back = await restoreRevision(before.id, replaced?.id ?? '', NOW + 3 * MINUTE);
    expect({ ...back, updatedAt: 0 }).toEqual({ ...now, updatedAt: 0 });
    expect(await getEntry(before.id)).toEqual(back);
  });
});

it('Compare knows every field of an entry but its id and times, so a new field cannot go unshown', () => {
  const expected = Object.keys(Entry.shape).filter((field) => !['id', 'createdAt', 'updatedAt'].includes(field));
  expect([...COMPARED_FIELDS].sort()).toEqual(expected.sort());
});
