// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { addAttachment } from '../../lib/attachments/repository';
import { localIsoDate } from '../../lib/dates';
import { putEntry } from '../../lib/entries/repository';
import { createGoal, listGoals } from '../../lib/goals/repository';
import { componentSession, runFromPalette } from './render';

const session = componentSession();
const NOW = Date.now();

async function openSummary() {
  const view = session.render();
  await runFromPalette('Summary: Open Appraisal Summary');
  await screen.findByRole('heading', { name: 'Appraisal summary', level: 2 }, { timeout: 5000 });
  return view;
}

const gate = () => screen.queryByRole('region', { name: /Exports wait/ });
const exportButton = () => screen.getByRole('button', { name: 'Markdown' }) as HTMLButtonElement;

describe('the export gate scans everything the summary will contain', () => {
  it('holds back a patient detail in a reflection, and takes the doctor to the box to remove it', async () => {
    await openSummary();
    const box = screen.getByLabelText('Your reflection on Quality improvement activity') as HTMLTextAreaElement;
    fireEvent.input(box, { target: { value: 'I rang the family on 07700 900123 to explain the audit.' } });

    await waitFor(() => expect(gate()).toBeTruthy(), { timeout: 3000 });
    const region = gate() as HTMLElement;
    expect(within(region).getByText(/In your reflection on Quality improvement activity: “07700 900123”/)).toBeTruthy();
    expect(within(region).queryByRole('button', { name: /Not a patient detail/ })).toBeNull();
    expect(exportButton().disabled).toBe(true);

    fireEvent.click(within(region).getByRole('button', { name: /Go to your reflection/ }));
    expect(document.activeElement).toBe(box);
    fireEvent.input(box, { target: { value: 'I rang the family to explain the audit.' } });
    await waitFor(() => expect(gate()).toBeNull(), { timeout: 3000 });
  });

  it('holds back an attachment listed by name, says where it is, and lets the user stop listing it', async () => {
    await putEntry({
      id: 'a',
      title: 'Ward round',
      body: 'A calm ward round.',
      occurredOn: localIsoDate(),
      createdAt: NOW,
      updatedAt: NOW,
    });
    const file = Object.assign(new Blob(['letter']), { name: 'John Smith letter.pdf', type: 'application/pdf' });
    await addAttachment('a', file);
    await openSummary();
    // Files are not listed unless the user asks, so nothing waits yet.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(gate()).toBeNull();

    fireEvent.click(screen.getByText(/Choose what leaves/));
    fireEvent.click(screen.getByRole('checkbox', { name: 'List by name' }));
    await waitFor(() => expect(gate()).toBeTruthy());
    const region = gate() as HTMLElement;
    expect(
      within(region).getByText(/Ward round, in attachment name “John Smith letter\.pdf”: “John Smith”/),
    ).toBeTruthy();
    expect(within(region).getByRole('button', { name: 'Open entry' })).toBeTruthy();
    expect(exportButton().disabled).toBe(true);

    fireEvent.click(within(region).getByRole('button', { name: /Don't list files/ }));
    await waitFor(() => expect(gate()).toBeNull());
    expect(exportButton().disabled).toBe(false);
  });

  it('holds back a development-plan goal whatever the entries say, and leads to the plan to fix it', async () => {
    await createGoal({ title: 'Follow up Mr Jones complaint' });
    await openSummary();
    await waitFor(() => expect(gate()).toBeTruthy());
    const region = gate() as HTMLElement;
    expect(within(region).getByText(/In goal “Follow up Mr Jones complaint”: “Jones”/)).toBeTruthy();
    expect(exportButton().disabled).toBe(true);

    fireEvent.click(within(region).getByRole('button', { name: 'Open development plan' }));
    const warnings = await screen.findByRole(
      'list',
      { name: /Possible patient details in “Follow up Mr Jones complaint”/ },
      { timeout: 3000 },
    );
    expect(within(warnings).getByText(/In the title: “Jones”/)).toBeTruthy();

    const title = screen.getByRole('textbox', { name: 'Goal' });
    fireEvent.input(title, { target: { value: 'Follow up the complaint' } });
    fireEvent.blur(title);
    await waitFor(async () =>
      expect((await listGoals()).map((goal) => goal.title)).toEqual(['Follow up the complaint']),
    );
    await waitFor(() => expect(screen.queryByRole('list', { name: /Possible patient details/ })).toBeNull());
  });
});
