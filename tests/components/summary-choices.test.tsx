// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { localIsoDate } from '../../lib/dates';
import { putEntry } from '../../lib/entries/repository';
import { componentSession, runFromPalette } from './render';

const session = componentSession();
const NOW = Date.now();

async function summaryWithTwoEntries() {
  const entries = [
    { id: 'a', title: 'Ward round', body: 'We slowed the round down for the new registrar.' },
    { id: 'b', title: 'Rota meeting', body: 'Gaps over winter were shared out fairly.' },
  ];
  for (const entry of entries) await putEntry({ ...entry, occurredOn: localIsoDate(), createdAt: NOW, updatedAt: NOW });
  session.render();
  await runFromPalette('Summary: Open Appraisal Summary');
  await screen.findByRole('heading', { name: 'Appraisal summary', level: 2 }, { timeout: 5000 });
  fireEvent.click(screen.getByText(/Choose what leaves/));
}

const every = () => screen.getByRole('combobox', { name: 'Every entry in this period' }) as HTMLSelectElement;
const row = (title: string) => screen.getByRole('combobox', { name: `Include “${title}”` }) as HTMLSelectElement;

describe('Choose what leaves, for every entry at once', () => {
  it('gives every entry its full text in one choice, and takes it back the same way', async () => {
    await summaryWithTwoEntries();
    expect(every().value).toBe('title');
    expect(screen.queryByText(/slowed the round down/)).toBeNull();

    fireEvent.change(every(), { target: { value: 'full' } });
    await waitFor(() => expect(screen.getByText(/slowed the round down/)).toBeTruthy());
    expect(screen.getByText(/shared out fairly/)).toBeTruthy();
    expect([row('Ward round').value, row('Rota meeting').value]).toEqual(['full', 'full']);

    fireEvent.change(every(), { target: { value: 'title' } });
    await waitFor(() => expect(screen.queryByText(/slowed the round down/)).toBeNull());
    expect(screen.queryByText(/shared out fairly/)).toBeNull();
  });

  it('says the entries are chosen one by one once they differ', async () => {
    await summaryWithTwoEntries();
    fireEvent.change(row('Ward round'), { target: { value: 'none' } });
    await waitFor(() => expect(every().value).toBe('mixed'));
    expect(every().selectedOptions[0]?.textContent).toBe('As chosen below');
  });
});
