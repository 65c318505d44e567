// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { AUTOSAVE_MAX_WAIT_MS } from '../../components/editor/useEntryAutosave';
import { getEntry, putEntry } from '../../lib/entries/repository';
import { listRevisions } from '../../lib/entries/revisions';
import { componentSession, runFromPalette } from './render';

/*
 * The same entry open in the side panel and in a tab. The other window is stood in for by writing
 * to the database directly, as its editor would: Dexie tells this window's live query either way.
 */
const session = componentSession();

async function openedEntry() {
  const { workbench } = session.render();
  await runFromPalette('Journal: New Entry');
  const title = await screen.findByRole('textbox', { name: 'Title' });
  const body = screen.getByRole('textbox', { name: 'Reflection (markdown)' });
  fireEvent.input(title, { target: { value: 'Ward round' } });
  fireEvent.input(body, { target: { value: 'Written in the side panel.' } });
  await waitFor(() => expect(screen.getByTestId('save-state').textContent).toBe('Saved'), { timeout: 3000 });
  const id = workbench.state.openEntry?.id ?? '';
  const saved = await getEntry(id);
  if (!saved) throw new Error('the entry was not saved');
  return { body: body as HTMLTextAreaElement, title: title as HTMLInputElement, saved };
}

/** What the other window's editor does when it saves this entry. */
async function saveInOtherWindow(entry: Awaited<ReturnType<typeof openedEntry>>['saved'], body: string) {
  await putEntry({ ...entry, body, updatedAt: entry.updatedAt + 1000 });
}

describe('one entry open in two windows', () => {
  it('shows an edit made in the other window at once when nothing here is unsaved', async () => {
    const { body, saved } = await openedEntry();
    await saveInOtherWindow(saved, 'Rewritten in the tab.');
    await waitFor(() => expect(body.value).toBe('Rewritten in the tab.'));
    // Typing on from there saves over the tab's text with no conflict: both windows agreed.
    fireEvent.input(body, { target: { value: 'Rewritten in the tab. And more here.' } });
    await waitFor(() => expect(screen.getByTestId('save-state').textContent).toBe('Saved'), { timeout: 3000 });
    expect((await getEntry(saved.id))?.body).toBe('Rewritten in the tab. And more here.');
    expect((await listRevisions(saved.id)).filter((revision) => revision.reason === 'conflict')).toEqual([]);
    expect(screen.queryByText(/also changed in another window/)).toBeNull();
  });

  it('shows the conflict at once when this window has unsaved words, keeping both versions', async () => {
    const { body, saved } = await openedEntry();
    // Typing on without a pause: autosave's pause never comes, so only the other window's save
    // can bring the conflict out before autosave's maximum wait.
    let typed = 1;
    fireEvent.input(body, { target: { value: 'Typed here.' } });
    const typing = setInterval(() => {
      typed += 1;
      fireEvent.input(body, { target: { value: `Typed here${'.'.repeat(typed)}` } });
    }, 50);
    try {
      await saveInOtherWindow(saved, 'Rewritten in the tab.');
      await screen.findByText(/This entry was also changed in another window/, undefined, {
        timeout: AUTOSAVE_MAX_WAIT_MS - 200,
      });
    } finally {
      clearInterval(typing);
    }
    expect(body.value).toBe(`Typed here${'.'.repeat(typed)}`);
    await waitFor(() => expect(screen.getByTestId('save-state').textContent).toBe('Saved'), { timeout: 3000 });
    expect((await getEntry(saved.id))?.body).toBe(body.value);
    const conflicts = (await listRevisions(saved.id)).filter((revision) => revision.reason === 'conflict');
    expect(conflicts.map((revision) => revision.body)).toEqual(['Rewritten in the tab.']);
    expect(screen.getByRole('button', { name: 'Compare' })).toBeTruthy();
  });
});
