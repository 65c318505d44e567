// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { localIsoDate } from '../../lib/dates';
import { putEntry } from '../../lib/entries/repository';
import type { EntryInput } from '../../lib/entries/schema';
import { componentSession, runFromPalette } from './render';

const session = componentSession();

const PATIENT = 'Patient John Smith, NHS number 943 476 5919, DOB 12/03/1956, lives at SW1A 1AA, phone 07700 900123';
const NOW = Date.now();

function anEntry(overrides: Partial<EntryInput> & Pick<EntryInput, 'id' | 'title'>): EntryInput {
  return { body: 'A calm ward round.', occurredOn: localIsoDate(), createdAt: NOW, updatedAt: NOW, ...overrides };
}

const writeText = vi.fn<(text: string) => Promise<void>>();
beforeEach(() => {
  writeText.mockReset().mockResolvedValue(undefined);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
});
afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard');
});

async function openSummary() {
  const view = session.render();
  await runFromPalette('Summary: Open Appraisal Summary');
  // The first summary of a test run waits on the summary code loading.
  await screen.findByRole('heading', { name: 'Appraisal summary', level: 2 }, { timeout: 5000 });
  return view;
}

const copySectionButtons = () => screen.getAllByRole('button', { name: /^Copy section/ });
const gateHeading = () => screen.queryByRole('heading', { name: /Exports wait/ });
const alerts = () => screen.queryAllByRole('alert').map((alert) => alert.textContent ?? '');

describe('Copy section on a summary holding possible patient details', () => {
  it('copies nothing from an entry chosen in full, and says why in the words the exports use', async () => {
    await putEntry(anEntry({ id: 'a', title: 'Ward round', body: PATIENT }));
    const { workbench } = await openSummary();
    fireEvent.click(screen.getByText(/Choose what leaves/));
    fireEvent.change(screen.getByRole('combobox', { name: 'Include “Ward round”' }), { target: { value: 'full' } });
    await waitFor(() => expect(gateHeading()).toBeTruthy());

    for (const button of copySectionButtons()) fireEvent.click(button);
    await waitFor(() => expect(alerts().some((text) => text.startsWith('Not exported'))).toBe(true));
    expect(writeText).not.toHaveBeenCalled();
    const fromSection = alerts().find((text) => text.startsWith('Not exported'));

    await workbench.run('summary.copyPlainText');
    expect(writeText).not.toHaveBeenCalled();
    expect(alerts().at(-1)).toBe(fromSection);
    expect(fromSection).toMatch(/^Not exported: the summary holds \d+ possible patient details\. Resolve each/);
  });

  it('copies nothing when the title, shown by default, holds an NHS number', async () => {
    await putEntry(anEntry({ id: 'a', title: 'Handover for NHS 943 476 5919' }));
    await openSummary();
    await waitFor(() => expect(gateHeading()).toBeTruthy());

    for (const button of copySectionButtons()) fireEvent.click(button);
    await waitFor(() => expect(alerts()).toContain(alerts().find((text) => text.startsWith('Not exported'))));
    expect(alerts().find((text) => text.startsWith('Not exported'))).toContain('holds 1 possible patient detail.');
    expect(writeText).not.toHaveBeenCalled();
  });

  it('copies the section once the detail is marked "not a patient detail"', async () => {
    await putEntry(anEntry({ id: 'a', title: 'Handover for NHS 943 476 5919' }));
    await openSummary();
    await waitFor(() => expect(gateHeading()).toBeTruthy());

    fireEvent.click(screen.getByRole('button', { name: /Not a patient detail/ }));
    await waitFor(() => expect(gateHeading()).toBeNull());
    const [first] = copySectionButtons();
    if (first) fireEvent.click(first);
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    expect(alerts().some((text) => text.startsWith('Not exported'))).toBe(false);
  });
});

describe('the export gate', () => {
  it('holds back a role, which Scope of work names, naming the field, where the editor will show it too', async () => {
    await putEntry(anEntry({ id: 'a', title: 'Clinic', role: 'Seeing a patient, DOB 01/01/1960' }));
    await openSummary();
    await waitFor(() => expect(gateHeading()).toBeTruthy());
    const gate = screen.getByRole('region', { name: /Exports wait/ });
    expect(within(gate).getByText(/Clinic, in the role: “01\/01\/1960”/)).toBeTruthy();

    // Left out of the summary, the entry's role no longer leaves, and holds nothing back.
    fireEvent.click(screen.getByText(/Choose what leaves/));
    fireEvent.change(screen.getByRole('combobox', { name: 'Include “Clinic”' }), { target: { value: 'none' } });
    await waitFor(() => expect(gateHeading()).toBeNull());
    fireEvent.change(screen.getByRole('combobox', { name: 'Include “Clinic”' }), { target: { value: 'full' } });
    await waitFor(() => expect(gateHeading()).toBeTruthy());

    fireEvent.click(
      within(screen.getByRole('region', { name: /Exports wait/ })).getByRole('button', { name: 'Open entry' }),
    );
    const warnings = await screen.findByRole('region', { name: /^1 possible patient detail$/ }, { timeout: 3000 });
    expect(within(warnings).getByText('In the role,')).toBeTruthy();
  });

  it('names the learning point a detail is in', async () => {
    await putEntry(anEntry({ id: 'a', title: 'Clinic', learningPoints: ['Listen more', 'Ring Mrs Khan back'] }));
    await openSummary();
    await waitFor(() => expect(gateHeading()).toBeTruthy());
    expect(screen.getByText(/Clinic, in learning point 2: “Khan”/)).toBeTruthy();
  });
});
