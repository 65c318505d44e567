// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { getEntry, putEntry } from '../../lib/entries/repository';
import type { EntryInput } from '../../lib/entries/schema';
import { componentSession, runFromPalette } from './render';

const session = componentSession();

const NOW = Date.UTC(2026, 10, 22, 12, 0);

function anEntry(overrides: Partial<EntryInput> & Pick<EntryInput, 'id' | 'title'>): EntryInput {
  return {
    body: 'Mrs Jones thanked the nurses.',
    occurredOn: '2026-11-22',
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  };
}

async function openSettings() {
  session.render();
  await runFromPalette('Preferences: Open Settings');
  // The first test in the file also waits for Settings' lazily loaded code to be compiled: allow for a busy machine.
  await screen.findByRole('heading', { name: 'Not patient details' }, { timeout: 10_000 });
}

const exceptionsList = () => screen.findByRole('list', { name: 'Exceptions by entry' });
const warningsInEditor = () => screen.queryByRole('heading', { name: /possible patient detail/ });

describe('the "not a patient detail" exceptions in Settings', () => {
  it('says so in plain words when nothing has been marked', async () => {
    await putEntry(anEntry({ id: 'e', title: 'Handover' }));
    await openSettings();
    expect(await screen.findByText('You have not marked anything as “not a patient detail”.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Reset/ })).toBeNull();
  });

  it('lists each exception under its entry, and the entry title opens the entry', async () => {
    await putEntry(anEntry({ id: 'a', title: 'Handover', privacyExceptions: ['name:jones', 'postcode:ls1 4ap'] }));
    await putEntry(anEntry({ id: 'b', title: 'Clinic', occurredOn: '2026-11-01', privacyExceptions: ['name:jones'] }));
    await openSettings();

    const list = await exceptionsList();
    const groups = within(list)
      .getAllByRole('listitem')
      .filter((item) => item.parentElement === list);
    expect(groups.map((group) => within(group).getAllByRole('button')[0]?.textContent)).toEqual(['Handover', 'Clinic']);
    expect(groups[0]?.textContent).toContain('“jones” (name)');
    expect(groups[0]?.textContent).toContain('“ls1 4ap” (postcode)');
    expect(screen.getByRole('button', { name: 'Remove exception “jones” from Clinic' })).toBeTruthy();

    fireEvent.click(within(list).getByRole('button', { name: 'Handover' }));
    expect(((await screen.findByRole('textbox', { name: 'Title' })) as HTMLInputElement).value).toBe('Handover');
  });

  it('removes one exception, so the warning comes back in the entry open beside it', async () => {
    await putEntry(anEntry({ id: 'a', title: 'Handover', privacyExceptions: ['name:jones', 'postcode:ls1 4ap'] }));
    await openSettings();
    fireEvent.click(within(await exceptionsList()).getByRole('button', { name: 'Handover' }));
    await screen.findByRole('textbox', { name: 'Title' });
    // Give the detector its pause after typing: the exception holds, so nothing is flagged.
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(warningsInEditor()).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Remove exception “jones” from Handover' }));

    await waitFor(() => expect(screen.queryByRole('button', { name: /Remove exception “jones”/ })).toBeNull());
    expect(screen.getByRole('button', { name: 'Remove exception “ls1 4ap” from Handover' })).toBeTruthy();
    const entry = await getEntry('a');
    expect(entry?.privacyExceptions).toEqual(['postcode:ls1 4ap']);
    expect(entry?.updatedAt).toBeGreaterThan(NOW);
    await waitFor(() => expect(warningsInEditor()?.textContent).toBe('1 possible patient detail'), { timeout: 2000 });
    expect(screen.getByText(/“Jones”: This looks like the name/)).toBeTruthy();

    // Typing on in the entry keeps the exception removed, with no talk of another window.
    fireEvent.input(screen.getByRole('textbox', { name: 'Reflection (markdown)' }), {
      target: { value: 'Mrs Jones thanked the nurses. We said thank you back.' },
    });
    await waitFor(() => expect(screen.getByTestId('save-state').textContent).toBe('Saved'), { timeout: 2000 });
    expect((await getEntry('a'))?.privacyExceptions).toEqual(['postcode:ls1 4ap']);
    expect(screen.queryByText(/changed in another window/)).toBeNull();
  });

  it('resets every exception only once the user confirms', async () => {
    await putEntry(anEntry({ id: 'a', title: 'Handover', privacyExceptions: ['name:jones', 'postcode:ls1 4ap'] }));
    await putEntry(anEntry({ id: 'b', title: 'Clinic', privacyExceptions: ['name:jones'] }));
    await openSettings();
    await exceptionsList();

    fireEvent.click(screen.getByRole('button', { name: /^Reset…/ }));
    expect(
      await screen.findByText(
        'Remove all 3 “not a patient detail” exceptions from 2 entries? Lantern will warn about them again.',
      ),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull());
    expect((await getEntry('a'))?.privacyExceptions).toHaveLength(2);

    const reset = screen.getByRole('button', { name: /^Reset…/ });
    reset.focus();
    fireEvent.click(reset);
    fireEvent.click(await screen.findByRole('button', { name: 'Remove all' }));
    expect(await screen.findByText('You have not marked anything as “not a patient detail”.')).toBeTruthy();
    // The Reset button went with the list: focus stays in the section rather than falling to the page.
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Not patient details' })),
    );
    expect((await getEntry('a'))?.privacyExceptions).toEqual([]);
    expect((await getEntry('b'))?.privacyExceptions).toEqual([]);
  });
});
