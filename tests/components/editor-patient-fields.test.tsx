// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { listJournal } from '../../lib/entries/repository';
import { componentSession, runFromPalette } from './render';

const session = componentSession();

const field = (name: string) => screen.getByLabelText(name) as HTMLInputElement | HTMLTextAreaElement;
const warningsPanel = () => screen.queryByRole('region', { name: /^\d+ possible patient details?/ });
const type = (name: string, value: string) => fireEvent.input(field(name), { target: { value } });

/** The entry from the report: nothing in the title or text, patient details everywhere else. */
async function writeTheReportedEntry() {
  session.render();
  await runFromPalette('Journal: New Entry');
  await screen.findByRole('textbox', { name: 'Title' });
  type('Title', 'Handover');
  type('Learning points', 'Always check NHS number 943 476 5919 for Mrs Khan');
  type('Actions', 'Call Mr Patel on 07700 900123');
  type('Tags', '943 476 5919');
  type('Role', 'Seeing a patient, DOB 01/01/1960');
  await waitFor(() => expect(warningsPanel()).toBeTruthy(), { timeout: 2000 });
  return warningsPanel() as HTMLElement;
}

const findingsIn = (panel: HTMLElement) =>
  within(panel)
    .getAllByRole('listitem')
    .map((item) => item.querySelector('.patient-details__text')?.textContent ?? '');

describe('patient-detail warnings in the editor', () => {
  it('warns about learning points, actions, tags and role, saying which field each is in', async () => {
    const panel = await writeTheReportedEntry();
    expect(within(panel).getByRole('heading').textContent).toBe('6 possible patient details');
    await waitFor(() => expect(screen.getByTestId('privacy-count').textContent).toBe('⚠ 6 patient details'));
    const findings = findingsIn(panel);
    expect(findings).toEqual([
      expect.stringMatching(/^In the role, “01\/01\/1960”: This looks like a date of birth/),
      expect.stringMatching(/^In the tags, “943 476 5919”: This looks like an NHS number/),
      expect.stringMatching(/^In learning point 1, “943 476 5919”: This looks like an NHS number/),
      expect.stringMatching(/^In learning point 1, “Khan”: This looks like the name/),
      expect.stringMatching(/^In action 1, “Patel”: This looks like the name/),
      expect.stringMatching(/^In action 1, “07700 900123”: This looks like a phone number/),
    ]);
  });

  it('redacts in a learning point, an action and the role, and shows the redacted text in each field', async () => {
    await writeTheReportedEntry();
    fireEvent.click(screen.getByRole('button', { name: 'Redact “943 476 5919” in learning point 1' }));
    await waitFor(() =>
      expect(field('Learning points').value).toBe('Always check NHS number [NHS number] for Mrs Khan'),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Redact “07700 900123” in action 1' }));
    await waitFor(() => expect(field('Actions').value).toBe('Call Mr Patel on [phone number]'));
    fireEvent.click(screen.getByRole('button', { name: 'Redact “01/01/1960” in the role' }));
    await waitFor(() => expect(field('Role').value).toBe('Seeing a patient, DOB [date of birth]'));

    await waitFor(() =>
      expect(within(warningsPanel() as HTMLElement).getByRole('heading').textContent).toBe(
        '3 possible patient details',
      ),
    );
    await waitFor(() => expect(screen.getByTestId('save-state').textContent).toBe('Saved'), { timeout: 2000 });
    const [saved] = await listJournal();
    expect(saved).toMatchObject({
      learningPoints: ['Always check NHS number [NHS number] for Mrs Khan'],
      actions: ['Call Mr Patel on [phone number]'],
      role: 'Seeing a patient, DOB [date of birth]',
      tags: ['943 476 5919'],
    });
  });

  it('removes a tag that was nothing but the detail, and keeps a "not a patient detail" for any field', async () => {
    await writeTheReportedEntry();
    fireEvent.click(screen.getByRole('button', { name: 'Remove tag “943 476 5919” in the tags' }));
    await waitFor(() => expect(field('Tags').value).toBe(''));

    fireEvent.click(screen.getByRole('button', { name: /^Not a patient detail\W+“Patel”$/ }));
    await waitFor(() => expect(screen.queryByRole('button', { name: /“Patel”/ })).toBeNull(), { timeout: 2000 });
    expect(findingsIn(warningsPanel() as HTMLElement)).toHaveLength(4);

    await waitFor(() => expect(screen.getByTestId('save-state').textContent).toBe('Saved'), { timeout: 2000 });
    const [saved] = await listJournal();
    expect(saved?.tags).toEqual([]);
    expect(saved?.privacyExceptions).toEqual(['name:patel']);
  });
});
