// @vitest-environment happy-dom
import { fireEvent, screen } from '@testing-library/preact';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getEntry } from '../../lib/entries/repository';
import { componentSession, press, runFromPalette } from './render';

const session = componentSession();
const PASSPHRASE = 'lantern at dusk';

afterEach(() => {
  vi.useRealTimers();
});

async function writeEntry(title: string): Promise<string> {
  await runFromPalette('Journal: New Entry');
  const titleBox = await screen.findByRole('textbox', { name: 'Title' });
  fireEvent.input(titleBox, { target: { value: title } });
  const { workbench } = current();
  await workbench.flushEditor();
  const editor = workbench.state.editor;
  if (editor.type !== 'entry') throw new Error('Expected an open entry');
  return editor.entryId;
}

let rendered: ReturnType<typeof session.render> | undefined;
function current() {
  if (!rendered) throw new Error('Render first');
  return rendered;
}

async function setPassphraseThroughPage(passphrase = PASSPHRASE, again = passphrase) {
  await runFromPalette('Privacy: Set Passphrase…');
  await screen.findByRole('heading', { name: 'Lock your journal with a passphrase' });
  fireEvent.input(screen.getByLabelText('Passphrase'), { target: { value: passphrase } });
  fireEvent.input(screen.getByLabelText('Passphrase again'), { target: { value: again } });
  fireEvent.click(screen.getByRole('button', { name: 'Set passphrase' }));
}

/** Every string stored in IndexedDB for the entries table, read without Lantern's middleware. */
async function rawEntriesText(): Promise<string> {
  const raw = new Dexie(session.db.name);
  await raw.open();
  try {
    return JSON.stringify(await raw.table('entries').toArray());
  } finally {
    raw.close();
  }
}

describe('the lockable journal', { timeout: 20_000 }, () => {
  it('sets a passphrase, encrypts what is stored, locks, and unlocks back to the open entry', async () => {
    rendered = session.render();
    const id = await writeEntry('Difficult conversation with Mrs Example');
    expect(await rawEntriesText()).toContain('Mrs Example');

    await setPassphraseThroughPage();
    await screen.findByText(/Your journal is encrypted\. Lock it/, {}, { timeout: 5000 });
    expect(await rawEntriesText()).not.toContain('Mrs Example');
    await vi.waitFor(() => expect(document.activeElement).not.toBe(document.body));
    expect(screen.getByRole('button', { name: /Unlocked/ })).toBeTruthy();

    await rendered.workbench.openEntry(id);
    await screen.findByDisplayValue('Difficult conversation with Mrs Example');

    await runFromPalette('Privacy: Lock Journal');
    await screen.findByRole('heading', { name: 'Your journal is locked' });
    expect(screen.queryByDisplayValue(/Mrs Example/)).toBeNull();
    expect(document.body.textContent).not.toContain('Mrs Example');
    expect(document.activeElement?.id).toBe('unlock-passphrase');

    // Only what does not touch the journal is offered while locked.
    press('F1', { code: 'F1' });
    const palette = await screen.findByRole('combobox', { name: 'Command palette' });
    const option = (title: string) =>
      screen.getAllByRole('option').find((row) => row.querySelector('.palette__label')?.textContent === title);
    expect(option('Privacy: Unlock Journal')?.getAttribute('aria-disabled')).not.toBe('true');
    expect(option('Journal: New Entry')?.getAttribute('aria-disabled')).toBe('true');
    fireEvent.keyDown(palette, { key: 'Escape' });

    const field = screen.getByLabelText('Passphrase');
    fireEvent.input(field, { target: { value: 'not the passphrase' } });
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect((await screen.findByRole('alert', {}, { timeout: 5000 })).textContent).toMatch(
      /doesn't unlock this journal/,
    );
    expect(screen.getByRole('heading', { name: 'Your journal is locked' })).toBeTruthy();

    fireEvent.input(field, { target: { value: PASSPHRASE } });
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(
      await screen.findByDisplayValue('Difficult conversation with Mrs Example', {}, { timeout: 5000 }),
    ).toBeTruthy();
    expect((await getEntry(id))?.title).toBe('Difficult conversation with Mrs Example');
    // Focus is not left behind with the lock screen.
    await vi.waitFor(() => expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Title' })));
  });

  it('forgets the roles in Settings on locking and shows them again once unlocked', async () => {
    rendered = session.render();
    await rendered.workbench.setPreferences({ roles: ['Quokka clinical lead'], theme: 'dark' });
    await setPassphraseThroughPage();
    await screen.findByText(/Your journal is encrypted\. Lock it/, {}, { timeout: 5000 });

    await runFromPalette('Privacy: Lock Journal');
    await screen.findByRole('heading', { name: 'Your journal is locked' });
    expect(rendered.workbench.state.preferences).toMatchObject({ roles: [], theme: 'dark' });

    fireEvent.input(screen.getByLabelText('Passphrase'), { target: { value: PASSPHRASE } });
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    await vi.waitFor(() => expect(rendered?.workbench.state.lock.locked).toBe(false), { timeout: 5000 });
    await runFromPalette('Preferences: Open Settings');
    expect(await screen.findByDisplayValue('Quokka clinical lead')).toBeTruthy();
  });

  it('says plainly a forgotten passphrase cannot be recovered, offers a backup, and refuses a short or mismatched one', async () => {
    rendered = session.render();
    await writeEntry('Kept in the clear');
    await setPassphraseThroughPage('short');
    expect(screen.getByText(/If you forget the passphrase, your journal cannot be recovered/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Export a backup first' })).toBeTruthy();
    expect((await screen.findByRole('alert')).textContent).toMatch(/at least 8 characters/);
    await setPassphraseThroughPage(PASSPHRASE, 'something else');
    expect((await screen.findByRole('alert')).textContent).toMatch(/not the same/);
    expect(await rawEntriesText()).toContain('Kept in the clear');
    expect(current().workbench.state.lock.enabled).toBe(false);
  });

  it('a forgotten passphrase: erasing asks first, then leaves an empty journal without one', async () => {
    rendered = session.render();
    await writeEntry('Soon to be erased');
    await setPassphraseThroughPage();
    await screen.findByText(/Your journal is encrypted\. Lock it/, {}, { timeout: 5000 });
    await runFromPalette('Privacy: Lock Journal');
    await screen.findByRole('heading', { name: 'Your journal is locked' });
    fireEvent.click(screen.getByRole('button', { name: /Erase this journal/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(await session.db.entries.count()).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: /Erase this journal/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Erase journal' }));
    await screen.findByText(/The journal was erased/);
    expect(screen.queryByRole('heading', { name: 'Your journal is locked' })).toBeNull();
    expect(await session.db.entries.count()).toBe(0);
    expect(current().workbench.state.lock.enabled).toBe(false);
  });

  it('Lock Journal without a passphrase explains and offers to set one', async () => {
    rendered = session.render();
    await runFromPalette('Privacy: Lock Journal');
    expect(await screen.findByText(/first choose a passphrase/)).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Lock your journal with a passphrase' })).toBeTruthy();
  });

  it('locks itself after the chosen time without use, saving the text first', async () => {
    rendered = session.render();
    const id = await writeEntry('Before the break');
    await setPassphraseThroughPage();
    await screen.findByText(/Your journal is encrypted\. Lock it/, {}, { timeout: 5000 });
    await rendered.workbench.openEntry(id);
    const titleBox = await screen.findByDisplayValue('Before the break');
    // The idle check starts when the setting changes: with a clock the test moves.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    await rendered.workbench.setPreferences({ autoLockMinutes: 1 });
    await vi.waitFor(() => expect(vi.getTimerCount()).toBeGreaterThan(0));
    fireEvent.input(titleBox, { target: { value: 'Before the break, edited' } });
    vi.advanceTimersByTime(30_000);
    expect(screen.queryByRole('heading', { name: 'Your journal is locked' })).toBeNull();
    vi.advanceTimersByTime(40_000);
    await vi.waitFor(() => expect(screen.getByRole('heading', { name: 'Your journal is locked' })).toBeTruthy());
    vi.useRealTimers();
    expect(screen.getByText(/locked itself/)).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Passphrase'), { target: { value: PASSPHRASE } });
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByDisplayValue('Before the break, edited', {}, { timeout: 5000 })).toBeTruthy();
  });
});
