// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { promptItems } from '../../app/palette/paletteItems';
import { loadedPrompts } from '../../lib/prompts/load';
import { componentSession, press } from './render';

// The prompts load when first wanted, not with the side panel. This file is the first (and only) place in its
// test run that asks for them, so the palette really does open before they have loaded.
const session = componentSession();

describe('the prompt palette while the prompts load', () => {
  it('says it is loading, then lists them, and an Enter pressed meanwhile starts an entry from the best match', async () => {
    const { workbench } = session.render();
    expect(loadedPrompts()).toBeUndefined();

    workbench.store.set({ palette: { mode: 'prompts', restoreFocus: null } });
    const input = await screen.findByRole('combobox', { name: 'New entry from prompt' });
    expect(document.querySelector('.palette__empty')?.textContent).toBe('Loading…');
    fireEvent.input(input, { target: { value: 'listen' } });
    press('Enter');

    const body = (await screen.findByRole('textbox', { name: 'Reflection (markdown)' })) as HTMLTextAreaElement;
    // The same prompt the list puts first for "listen" once loaded.
    const best = promptItems(workbench, 'listen')[0];
    expect(best).toBeDefined();
    expect(body.value.startsWith(`> ${best?.label}`)).toBe(true);
    await waitFor(() => expect(screen.queryByRole('combobox', { name: 'New entry from prompt' })).toBeNull());
  });
});
