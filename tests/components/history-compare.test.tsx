// @vitest-environment happy-dom
import { screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { putEntry } from '../../lib/entries/repository';
import { addRevision, keepConflict } from '../../lib/entries/revisions';
import { anEntryInput, FIXTURE_NOW } from '../unit/fixtures/entries';
import { componentSession } from './render';

const session = componentSession();

describe('Compare (Entry: Show History)', () => {
  it('shows every field in which the version kept from another window differs, not only the text', async () => {
    const theirs = await putEntry(
      anEntryInput({ title: 'Handover', learningPoints: ['Use SBAR'], tags: ['handover'], updatedAt: FIXTURE_NOW }),
    );
    await keepConflict(theirs);
    const mine = await putEntry({
      ...theirs,
      learningPoints: [],
      actions: ['Teach the F1s'],
      updatedAt: FIXTURE_NOW + 1,
    });

    const { workbench } = session.render();
    workbench.showPage({ type: 'history', entryId: mine.id });
    const table = await screen.findByRole('table', { name: 'How this version differs from the entry now' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Learning points', 'Use SBAR', '(none)'],
      ['Actions', '(none)', 'Teach the F1s'],
    ]);
  });

  it('says when an earlier version kept only the title and text', async () => {
    const entry = await putEntry(anEntryInput({ title: 'Clinic', body: 'Ran late.', updatedAt: FIXTURE_NOW }));
    await addRevision({ ...entry, body: 'Ran very late.' }, 'session', FIXTURE_NOW + 1);

    const { workbench } = session.render();
    workbench.showPage({ type: 'history', entryId: entry.id });
    expect(await screen.findByText('This version kept the title and text only.')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'How this version differs from the entry now' });
    expect(within(table).getByRole('rowheader').textContent).toBe('Text');
  });
});
