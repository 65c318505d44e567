import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lanternSession, openLantern } from './harness';
import { LanternPage } from './lantern';
import { findWords } from './profile-search';

const session = lanternSession();

describe('session restore', () => {
  it('keeps no word typed into the journal in a tab in the browser’s session files', async () => {
    const words = ['Zebracornflower', 'Quokkamarmalade', 'Lemurpistachio'];
    const launched = await session.launch();
    const lantern = new LanternPage(await openLantern(launched));
    await lantern.writeEntry(words[0] ?? '', `${words[1]} on the ward round.`);
    await lantern.page.getByRole('textbox', { name: 'Tags' }).fill(words[2] ?? '');
    await lantern.waitSaved();
    // Chromium writes the tab's state a few seconds after a change, and again as it closes.
    await lantern.page.waitForTimeout(4000);
    await launched.context.close();

    // Without autocomplete="off" every word was here, in UTF-16 (see components/formState.ts).
    expect(findWords(join(session.profileDir, 'Default', 'Sessions'), words)).toEqual([]);
  });
});
