// @vitest-environment happy-dom
import { screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { keepFieldsOutOfSessionRestore } from '../../components/formState';
import { componentSession, runFromPalette } from './render';

const session = componentSession();

describe('fields kept out of session restore', () => {
  it('gives every field of the entry editor autocomplete="off", so the browser keeps none of its words', async () => {
    keepFieldsOutOfSessionRestore();
    session.render();
    await runFromPalette('Journal: New Entry');
    const title = await screen.findByRole('textbox', { name: 'Title' });
    // The new entry's title takes focus (the workbench looks for somewhere to put it until then).
    await waitFor(() => expect(document.activeElement).toBe(title));
    const fields = [...document.querySelectorAll('input, textarea, select')];
    expect(fields.length).toBeGreaterThan(5);
    for (const field of fields)
      expect([field.outerHTML.slice(0, 80), field.getAttribute('autocomplete')]).toEqual([
        field.outerHTML.slice(0, 80),
        'off',
      ]);
  });
});
