// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { beforeAll, describe, expect, it } from 'vitest';
import { componentSession, press, runFromPalette } from './render';

const session = componentSession();

// The journal loads its search code at idle; loaded here first, it never arrives after the tests end.
beforeAll(async () => {
  await import('../../lib/search');
});

describe('Entry: Link Competencies…', () => {
  it('has its search box focused as soon as the command runs, so the first keys typed reach it, not the entry', async () => {
    session.render();
    await runFromPalette('Journal: New Entry');
    const body = (await screen.findByRole('textbox', { name: 'Reflection (markdown)' })) as HTMLTextAreaElement;
    await waitFor(() => expect(screen.getByTestId('word-count').textContent).toBe('0 words'));
    // The open entry fetches the picker's code ahead of need; here that load is let land first.
    await import('../../components/competencies/PickerDialog');
    await new Promise((resolve) => setTimeout(resolve, 0));

    press('F1', { code: 'F1' });
    const palette = await screen.findByRole('combobox', { name: 'Command palette' });
    fireEvent.input(palette, { target: { value: 'Entry: Link Competencies…' } });
    fireEvent.keyDown(palette, { key: 'Enter' });

    // No waiting here: a user types straight on, and whatever has focus now takes their keys.
    const search = screen.getByLabelText('Search competencies');
    expect(document.activeElement).toBe(search);
    fireEvent.input(search, { target: { value: 'managing resources' } });
    press('Enter');
    press('Escape');

    await screen.findByRole('button', { name: 'Unlink Managing resources' });
    expect(body.value).toBe('');
  });
});
