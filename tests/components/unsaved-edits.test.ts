// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { forgetUnsavedEdit, keepUnsavedEdit, recoverUnsavedEdits } from '../../app/editor/unsavedEdits';
import { Workbench } from '../../app/workbench/workbench';
import { draftEntry, getEntry, putEntry } from '../../lib/entries/repository';
import { listRevisions } from '../../lib/entries/revisions';
import { decodeUnsavedEdit, UNSAVED_PREFIX } from '../../lib/entries/unsaved';
import { lockJournal, setPassphrase } from '../../lib/vault';
import { freshDbPerTest } from '../unit/fixtures/db';
import { anEntryInput } from '../unit/fixtures/entries';

// What the editor keeps, synchronously, as its page goes away with a save unfinished, and what the next start
// does with it. The page going away is simulated by never running the save: only the kept copy remains.
const testDb = freshDbPerTest();
let wb: Workbench;

beforeEach(() => {
  localStorage.clear();
  wb = new Workbench({ isMac: false, openInTab: async () => undefined });
});

const kept = () => Object.keys(localStorage).filter((key) => key.startsWith(UNSAVED_PREFIX));

describe('words typed as the page goes away', () => {
  it('are written at the next start, the entry opened, and the kept copy dropped', async () => {
    const base = await putEntry(anEntryInput({ title: 'Ward round', body: 'Saved already.' }));
    keepUnsavedEdit(base, { body: 'Saved already. And the last sentence.' });
    expect(kept()).toHaveLength(1);

    await recoverUnsavedEdits(wb);
    expect((await getEntry(base.id))?.body).toBe('Saved already. And the last sentence.');
    expect(wb.state.editor).toMatchObject({ type: 'entry', entryId: base.id });
    expect(wb.state.notices.at(-1)?.message).toBe('Saved what you typed in “Ward round” just before the page closed.');
    expect(kept()).toEqual([]);
  });

  it('create a new entry that was never saved', async () => {
    const draft = draftEntry({ title: 'Brand new' });
    keepUnsavedEdit(draft, { body: 'First words.' });
    await recoverUnsavedEdits(wb);
    expect(await getEntry(draft.id)).toMatchObject({ title: 'Brand new', body: 'First words.' });
  });

  it('change nothing when the save landed after all', async () => {
    const base = await putEntry(anEntryInput({ body: 'Old.' }));
    keepUnsavedEdit(base, { body: 'New.' });
    const landed = await putEntry({ ...base, body: 'New.', updatedAt: base.updatedAt + 1 });
    await recoverUnsavedEdits(wb);
    expect(await getEntry(base.id)).toEqual(landed);
    expect(wb.state.notices).toEqual([]);
    expect(kept()).toEqual([]);
  });

  it('keep a version written elsewhere meanwhile as a conflict revision, never losing either', async () => {
    const base = await putEntry(anEntryInput({ body: 'Old.' }));
    keepUnsavedEdit(base, { body: 'Mine, typed as the page closed.' });
    await putEntry({ ...base, body: 'Theirs, from another window.', updatedAt: base.updatedAt + 5 });
    await recoverUnsavedEdits(wb);
    expect((await getEntry(base.id))?.body).toBe('Mine, typed as the page closed.');
    const revisions = await listRevisions(base.id);
    expect(revisions.map((revision) => [revision.reason, revision.body])).toContainEqual([
      'conflict',
      'Theirs, from another window.',
    ]);
  });

  it('are dropped once everything typed is saved', async () => {
    const base = await putEntry(anEntryInput());
    keepUnsavedEdit(base, { body: 'x' });
    forgetUnsavedEdit(base.id);
    expect(kept()).toEqual([]);
  });

  it('ignore a damaged copy, and drop it', async () => {
    localStorage.setItem(`${UNSAVED_PREFIX}nonsense`, '{"clear": {"entryId": 3}}');
    await recoverUnsavedEdits(wb);
    expect(kept()).toEqual([]);
    expect(wb.state.notices).toEqual([]);
  });

  it('are sealed when the journal has a passphrase, and not kept at all while it is locked', async () => {
    const base = await putEntry(anEntryInput({ body: 'Nothing private yet.' }));
    await setPassphrase(testDb(), 'correct horse battery', { iterations: 1000 });
    keepUnsavedEdit(base, { body: 'Mrs Example in bay 4' });
    const [key] = kept();
    const text = localStorage.getItem(key as string) ?? '';
    expect(text).not.toContain('Mrs Example');
    expect(decodeUnsavedEdit(text, testDb().keyring)?.patch.body).toBe('Mrs Example in bay 4');

    await recoverUnsavedEdits(wb);
    expect((await getEntry(base.id))?.body).toBe('Mrs Example in bay 4');

    lockJournal(testDb());
    keepUnsavedEdit(base, { body: 'typed while locked?' });
    expect(kept()).toEqual([]);
  });
});
