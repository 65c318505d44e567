// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { localIsoDate } from '../../lib/dates';
import { getDb } from '../../lib/db';
import { loadPreferences } from '../../lib/settings/repository';
import type { Preferences } from '../../lib/settings/schema';
import { componentSession, runFromPalette } from './render';

const session = componentSession();
const writeText = vi.fn<(text: string) => Promise<void>>();
beforeEach(() => {
  writeText.mockReset().mockResolvedValue(undefined);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
});
afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard');
});

const WORDS = 'Nights have been hard this winter; swimming again has helped.';

async function openSummary(preferences: Partial<Preferences> = {}) {
  await session.render().workbench.setPreferences(preferences);
  await runFromPalette('Summary: Open Appraisal Summary');
  await screen.findByRole('heading', { name: 'Appraisal summary', level: 2 }, { timeout: 5000 });
}

const sectionHeadings = () => screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
const includeBox = () => screen.getByRole('checkbox', { name: 'Include in exports' }) as HTMLInputElement;
const wellbeingSection = () => screen.getByRole('region', { name: 'Health and wellbeing' });

async function copiedSummary(): Promise<string> {
  writeText.mockClear();
  await runFromPalette('Summary: Copy as Plain Text');
  await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
  return writeText.mock.calls[0]?.[0] ?? '';
}

describe('the health and wellbeing conversation on the appraisal summary', () => {
  it('has its place after achievements and before the probity statements, private by default and saying so', async () => {
    await openSummary();
    const headings = sectionHeadings();
    const at = headings.indexOf('Health and wellbeing');
    expect(headings.slice(at - 1, at + 2)).toEqual([
      'Achievements, challenges and aspirations',
      'Health and wellbeing',
      'Probity and health statements',
    ]);
    expect(includeBox().checked).toBe(false);
    expect(
      screen.getByText('Word, plain text, JSON, print and mentor shares, for this appraisal year only.'),
    ).toBeTruthy();
    expect(screen.getByText('Private: left out of every export, print and mentor share.')).toBeTruthy();
    expect(wellbeingSection().classList.contains('no-print')).toBe(true);
    expect(screen.queryByRole('button', { name: 'Copy section Health and wellbeing' })).toBeNull();

    fireEvent.input(screen.getByLabelText('Your reflection on Health and wellbeing'), { target: { value: WORDS } });
    await waitFor(async () => expect((await getDb().appraisalNotes.toArray())[0]?.text).toBe(WORDS), {
      timeout: 3000,
    });
    const text = await copiedSummary();
    expect(text).not.toContain('swimming');
    expect(text).not.toContain('HEALTH AND WELLBEING');
  });

  it('leaves with the summary once the doctor ticks “Include in exports”, and says so', async () => {
    await openSummary();
    fireEvent.input(screen.getByLabelText('Your reflection on Health and wellbeing'), { target: { value: WORDS } });
    fireEvent.click(includeBox());

    await screen.findByText(
      'Will be included: your exports, print and mentor shares show this reflection.',
      {},
      { timeout: 3000 },
    );
    expect(includeBox().checked).toBe(true);
    const [note] = await getDb().appraisalNotes.toArray();
    expect(note).toMatchObject({ sectionId: 'health-wellbeing', text: WORDS, includeInExports: true });
    expect(wellbeingSection().classList.contains('no-print')).toBe(false);
    expect(wellbeingSection().querySelector('.print-only')?.textContent).toContain(WORDS);
    const text = await copiedSummary();
    expect(text).toContain(`HEALTH AND WELLBEING\n`);
    expect(text).toContain(WORDS);
    expect(text.indexOf('HEALTH AND WELLBEING')).toBeLessThan(text.indexOf('PROBITY AND HEALTH STATEMENTS'));

    fireEvent.click(includeBox());
    await screen.findByText('Private: left out of every export, print and mentor share.', {}, { timeout: 3000 });
    expect(await copiedSummary()).not.toContain('swimming');
  });
});

describe('making the probity and health declarations from the summary', () => {
  it('offers both where they are not made, and dates one today when ticked', async () => {
    await openSummary();
    const probity = await screen.findByRole('checkbox', { name: 'Probity declaration' });
    expect(screen.getByRole('checkbox', { name: 'Health declaration' })).toBeTruthy();
    expect(screen.getByText(/Good Medical Practice sets out what probity and your own health ask of you/)).toBeTruthy();

    fireEvent.click(probity);
    await waitFor(async () => expect((await loadPreferences()).probityDeclaredOn).toBe(localIsoDate()));
    await screen.findByText(/^Probity: “I accept .*” Declared on/, {}, { timeout: 3000 });
    // The control just used stays, ticked, for the doctor to see or undo.
    expect((screen.getByRole('checkbox', { name: 'Probity declaration' }) as HTMLInputElement).checked).toBe(true);
  });

  it('offers to declare again today one made before this appraisal year', async () => {
    const longAgo = '2001-01-01';
    await openSummary({ probityDeclaredOn: longAgo, healthDeclaredOn: localIsoDate() });
    await screen.findByText(/^Probity: last declared on 1 Jan 2001, before this appraisal year/, {}, { timeout: 3000 });
    expect(screen.queryByRole('checkbox', { name: 'Health declaration' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Declare again today (probity)' }));
    await waitFor(async () => expect((await loadPreferences()).probityDeclaredOn).toBe(localIsoDate()));
  });
});
