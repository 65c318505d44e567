// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { loadPreferences } from '../../lib/settings/repository';
import { componentSession, runFromPalette } from './render';

const session = componentSession();

async function openSettings() {
  const view = session.render();
  await runFromPalette('Preferences: Open Settings');
  await screen.findByRole('heading', { name: 'Settings' }, { timeout: 3000 });
  return view;
}

const field = (name: string) => screen.getByLabelText(name) as HTMLInputElement;

function type(input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  fireEvent.input(input, { target: { value } });
  fireEvent.change(input, { target: { value } });
  fireEvent.blur(input);
}

describe('free-entry settings', () => {
  it.each(['-5', '1e9'])(
    'says what to enter when the CPD target is %s, keeps it on screen and saves nothing',
    async (value) => {
      await openSettings();
      const input = field('Yearly CPD target (hours or credits)');
      type(input, value);

      const message = await screen.findByRole('alert');
      expect(message.textContent).toBe('Enter a number of hours or credits from 0 to 1,000.');
      expect(input.value).toBe(value);
      expect(input.getAttribute('aria-invalid')).toBe('true');
      expect(input.getAttribute('aria-describedby')).toBe(message.id);
      expect((await loadPreferences()).cpdTarget).toBe(50);

      type(input, '40');
      await waitFor(async () => expect((await loadPreferences()).cpdTarget).toBe(40));
      expect(screen.queryByRole('alert')).toBeNull();
      expect(input.hasAttribute('aria-invalid')).toBe(false);
    },
  );

  it('refuses a part-typed date, and keeps the saved revalidation date rather than clearing it', async () => {
    const { workbench } = await openSettings();
    await workbench.setPreferences({ revalidationDate: '2027-03-31' });
    const input = field('Revalidation date');
    await waitFor(() => expect(input.value).toBe('2027-03-31'));
    // A browser's date field reads as empty, and reports bad input, while its date is incomplete or unreal.
    Object.defineProperty(input, 'validity', { value: { badInput: true }, configurable: true });
    type(input, '');

    expect((await screen.findByRole('alert')).textContent).toMatch(/^Enter a whole date/);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect((await loadPreferences()).revalidationDate).toBe('2027-03-31');

    Object.defineProperty(input, 'validity', { value: { badInput: false }, configurable: true });
    type(input, '');
    await waitFor(async () => expect((await loadPreferences()).revalidationDate).toBeUndefined());
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('refuses a role too long to keep instead of cutting it short', async () => {
    await openSettings();
    const input = screen.getByLabelText('Your roles') as HTMLTextAreaElement;
    const long = `Clinical lead for ${'a'.repeat(120)}`;
    type(input, `Consultant\n${long}`);

    expect((await screen.findByRole('alert')).textContent).toMatch(/^Keep each role to 120 characters/);
    expect(input.value).toBe(`Consultant\n${long}`);
    expect((await loadPreferences()).roles).toEqual([]);
  });

  it('saves a GMC number typed with a space, and says what to enter for one that is not seven digits', async () => {
    await openSettings();
    const input = field('GMC reference number');
    type(input, '123');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Enter your seven-digit GMC reference number, or clear the field to leave it unset.',
    );
    expect((await loadPreferences()).gmcNumber).toBeUndefined();

    type(input, '765 4321');
    await waitFor(async () => expect((await loadPreferences()).gmcNumber).toBe('7654321'));
    type(field('Your name'), 'Dr Ada Quokka');
    await waitFor(async () => expect((await loadPreferences()).fullName).toBe('Dr Ada Quokka'));
  });

  it('dates the probity declaration when ticked, and clears it when unticked', async () => {
    await openSettings();
    const box = field('Probity declaration');
    fireEvent.click(box);
    await waitFor(async () => expect((await loadPreferences()).probityDeclaredOn).toMatch(/^\d{4}-\d{2}-\d{2}$/));
    fireEvent.click(box);
    await waitFor(async () => expect((await loadPreferences()).probityDeclaredOn).toBeUndefined());
  });
});
