// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { componentSession, runFromPalette } from './render';

const session = componentSession();

describe('an entry too long to save', () => {
  it('says the limit and the entry’s length, rather than "too long or malformed"', async () => {
    session.render();
    await runFromPalette('Journal: New Entry');
    await waitFor(() => expect(screen.getByTestId('word-count').textContent).toBe('0 words'));
    const body = screen.getByRole('textbox', { name: 'Reflection (markdown)' });
    fireEvent.input(body, { target: { value: 'x'.repeat(1_044_000) } });
    const retry = await screen.findByRole('button', { name: 'Not saved — retry' }, { timeout: 3000 });
    expect(retry.getAttribute('title')).toBe(
      'Entries can hold up to 1,000,000 characters; this one has 1,044,000. Shorten it to save. Your text is still here.',
    );
    // Shortened, it saves.
    fireEvent.input(body, { target: { value: 'x'.repeat(1000) } });
    await waitFor(() => expect(screen.getByTestId('save-state').textContent).toBe('Saved'), { timeout: 3000 });
  });
});
