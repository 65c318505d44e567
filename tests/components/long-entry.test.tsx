// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { putEntry } from '../../lib/entries/repository';
import { anEntryInput } from '../unit/fixtures/entries';
import { componentSession } from './render';

// A long entry: the word count and the competency suggestions, which take milliseconds over its whole text,
// follow typing once it pauses rather than on every key; they must still arrive, and be right.
const session = componentSession();
const PARAGRAPH = 'We discussed the rota with the registrars and agreed a fairer pattern of nights. ';

describe('a long entry', () => {
  it('shows the right word count and suggestions once typing pauses', async () => {
    const body = PARAGRAPH.repeat(400); // 33,200 characters, 5,600 words
    const entry = await putEntry(anEntryInput({ title: 'Rota', body }));
    const { workbench } = session.render();
    await workbench.openEntry(entry.id);
    const text = (await screen.findByRole('textbox', { name: 'Reflection (markdown)' })) as HTMLTextAreaElement;
    await waitFor(() => expect(screen.getByTestId('word-count').textContent).toBe('5600 words'));

    fireEvent.input(text, { target: { value: `${body}After the near miss we held a safety huddle.` } });
    fireEvent.input(text, { target: { value: `${body}After the near miss we held a safety huddle and reported it.` } });
    await waitFor(() => expect(screen.getByTestId('word-count').textContent).toBe('5612 words'));
    // "safety", "near miss", "reported": the patient-safety competency is suggested from the new words.
    expect(await screen.findByRole('button', { name: /^Link “.*safety.*”$/i })).toBeTruthy();
  });
});
