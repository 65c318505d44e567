// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { listJournal } from '../../lib/entries/repository';
import { listRevisions } from '../../lib/entries/revisions';
import type { Entry } from '../../lib/entries/schema';
import { componentSession, runFromPalette } from './render';

const session = componentSession();
const renderLantern = session.render;
const failWrites = session.failWrites;

/** Picks an item in a palette the command opened (templates), by typing its name and pressing Enter. */
async function pickInPalette(paletteName: string, item: string) {
  const input = await screen.findByRole('combobox', { name: paletteName });
  fireEvent.input(input, { target: { value: item } });
  const listbox = screen.getByRole('listbox', { name: paletteName });
  expect(within(listbox).getAllByRole('option')[0]?.querySelector('.palette__label')?.textContent).toBe(item);
  fireEvent.keyDown(input, { key: 'Enter' });
}

const titleBox = () => screen.getByRole('textbox', { name: 'Title' }) as HTMLInputElement;
const bodyBox = () => screen.getByRole('textbox', { name: 'Reflection (markdown)' }) as HTMLTextAreaElement;

/**
 * The status bar counts the open entry's words once its editor is ready: an edit made before then
 * (within the first frame) is not saved yet, which a user typing cannot hit but a test can.
 */
async function editorShows(words: string) {
  await waitFor(() => expect(screen.getByTestId('word-count').textContent).toBe(words));
}

async function typeNewEntry(title: string, body: string) {
  await runFromPalette('Journal: New Entry');
  await editorShows('0 words');
  fireEvent.input(titleBox(), { target: { value: title } });
  fireEvent.input(bodyBox(), { target: { value: body } });
}

/** Chooses an option of a labelled select by the words the user sees. */
function choose(selectName: string, optionName: string) {
  const select = screen.getByRole('combobox', { name: selectName }) as HTMLSelectElement;
  const option = within(select).getByRole('option', { name: optionName }) as HTMLOptionElement;
  fireEvent.change(select, { target: { value: option.value } });
}

/** Waits until the (only) stored entry matches, as autosave writes it within a second. */
async function savedEntry(expected: Partial<Entry>): Promise<Entry> {
  let entry: Entry | undefined;
  await waitFor(
    async () => {
      [entry] = await listJournal();
      expect(entry).toMatchObject(expected);
    },
    { timeout: 2000 },
  );
  if (!entry) throw new Error('No entry was saved');
  return entry;
}

async function waitForSaved() {
  await waitFor(() => expect(screen.getByTestId('save-state').textContent).toBe('Saved'), { timeout: 2000 });
}

const headingsOf = (markdown: string) => [...markdown.matchAll(/^## (.+)$/gm)].map((match) => match[1]);

describe('entry details', () => {
  it('shows a CPD hours field for a CPD activity and saves the hours', async () => {
    renderLantern();
    await typeNewEntry('Resus course', 'Two days of ALS.');
    expect(screen.queryByRole('spinbutton', { name: 'CPD hours or credits' })).toBeNull();

    choose('Kind', 'CPD activity');
    const hours = await screen.findByRole('spinbutton', { name: 'CPD hours or credits' });
    fireEvent.input(hours, { target: { value: '12.5' } });
    await savedEntry({ title: 'Resus course', kind: 'cpd', cpdHours: 12.5 });
  });

  it('asks whom feedback came from and saves "A patient or carer" as patient', async () => {
    renderLantern();
    await typeNewEntry('Thank-you card', 'A family wrote to the ward.');
    expect(screen.queryByRole('combobox', { name: 'Feedback from' })).toBeNull();

    choose('Kind', 'Feedback');
    await screen.findByRole('combobox', { name: 'Feedback from' });
    choose('Feedback from', 'A patient or carer');
    await savedEntry({ kind: 'feedback', feedbackFrom: 'patient' });
    expect(screen.queryByRole('spinbutton', { name: 'CPD hours or credits' })).toBeNull();
  });

  it('saves tags once each, whatever their case, and tidies what was typed on leaving the field', async () => {
    renderLantern();
    await typeNewEntry('Night handover', 'Rushed again.');
    const tags = screen.getByRole('textbox', { name: 'Tags' }) as HTMLInputElement;
    fireEvent.input(tags, { target: { value: 'Handover, QI, handover' } });
    await savedEntry({ tags: ['Handover', 'QI'] });
    fireEvent.blur(tags);
    await waitFor(() => expect(tags.value).toBe('Handover, QI'));
  });

  it('saves learning points typed one per line as a clean list', async () => {
    renderLantern();
    await typeNewEntry('Difficult conversation', 'With a relative.');
    fireEvent.input(screen.getByRole('textbox', { name: 'Learning points' }), {
      target: { value: '- Sit down first\n\n-   Check what they already know  \n* Leave time for questions\nPause' },
    });
    await savedEntry({
      learningPoints: ['Sit down first', 'Check what they already know', 'Leave time for questions', 'Pause'],
    });
  });

  it('moves the entry to the month of the date it happened', async () => {
    renderLantern();
    await typeNewEntry('Rota meeting', 'Agreed a fairer rota.');
    await screen.findByRole('treeitem', { name: /Rota meeting/ });

    fireEvent.change(screen.getByLabelText('Date it happened'), { target: { value: '2025-03-14' } });
    await savedEntry({ occurredOn: '2025-03-14' });
    await waitFor(() =>
      expect(screen.getAllByRole('treeitem').map((item) => item.textContent)).toEqual([
        expect.stringContaining('March 2025'),
        expect.stringContaining('Rota meeting'),
      ]),
    );
  });

  it('ignores a cleared date and keeps the one it had', async () => {
    renderLantern();
    await typeNewEntry('Audit', 'Results in.');
    const date = screen.getByLabelText('Date it happened') as HTMLInputElement;
    fireEvent.change(date, { target: { value: '2025-03-14' } });
    await savedEntry({ occurredOn: '2025-03-14' });
    fireEvent.change(date, { target: { value: '' } });
    await waitForSaved();
    await savedEntry({ occurredOn: '2025-03-14' });
  });

  it('stars a key entry', async () => {
    renderLantern();
    await typeNewEntry('Led the crash call', 'First time as team leader.');
    await savedEntry({ starred: false });
    fireEvent.click(screen.getByRole('checkbox', { name: /Key entry \(starred\)/ }));
    await savedEntry({ starred: true });
  });
});

describe('templates', () => {
  it("starts a new entry from Gibbs' reflective cycle with its six headings", async () => {
    renderLantern();
    await runFromPalette('Journal: New Entry from Template…');
    await pickInPalette('New entry from template', "Gibbs' reflective cycle");

    await waitFor(() =>
      expect(headingsOf(bodyBox().value)).toEqual([
        'Description',
        'Feelings',
        'Evaluation',
        'Analysis',
        'Conclusion',
        'Action plan',
      ]),
    );
    // The template's headings are not the doctor's words.
    await editorShows('0 words');
    fireEvent.input(titleBox(), { target: { value: 'Sepsis call' } });
    await savedEntry({ title: 'Sepsis call', template: 'gibbs' });
  });

  it('adds a template’s sections to an entry with text, keeping every word of it', async () => {
    renderLantern();
    await typeNewEntry('Bed meeting', '## What?\nI chaired the bed meeting.');
    await runFromPalette('Entry: Change Template…');
    await pickInPalette('Change template', 'What? So what? Now what?');

    await waitFor(() => expect(bodyBox().value.startsWith('## What?\nI chaired the bed meeting.\n\n')).toBe(true));
    expect(headingsOf(bodyBox().value)).toEqual(['What?', 'So what?', 'Now what?']);
    const saved = await savedEntry({ template: 'what-so-what' });
    expect(saved.body).toBe(bodyBox().value);
  });
});

describe('history', () => {
  async function finishSession() {
    await waitForSaved();
    await runFromPalette('Journal: New Entry');
    await screen.findByRole('textbox', { name: 'Title' });
    await waitFor(() => expect(titleBox().value).toBe(''));
  }

  it('lists a version once an editing session ends', async () => {
    renderLantern();
    await typeNewEntry('Teaching session', 'Taught the new FY1s about handover.');
    await finishSession();

    fireEvent.click(await screen.findByRole('treeitem', { name: /Teaching session/ }));
    await waitFor(() => expect(titleBox().value).toBe('Teaching session'));
    await runFromPalette('Entry: Show History');

    const versions = await screen.findByRole('list', { name: 'Earlier versions' });
    const items = await within(versions).findAllByRole('button');
    expect(items).toHaveLength(1);
    expect(items[0]?.textContent).toContain('End of an editing session · 6 words');
  });

  it('restores an earlier version and keeps the text it replaced', async () => {
    renderLantern();
    await typeNewEntry('Complaint', 'First draft of my reflection.');
    await finishSession();

    fireEvent.click(await screen.findByRole('treeitem', { name: /Complaint/ }));
    await waitFor(() => expect(bodyBox().value).toBe('First draft of my reflection.'));
    await editorShows('5 words');
    fireEvent.input(bodyBox(), { target: { value: 'A rewrite I regret.' } });
    await waitForSaved();
    await runFromPalette('Entry: Show History');

    const versions = await screen.findByRole('list', { name: 'Earlier versions' });
    await waitFor(() => expect(within(versions).getAllByRole('button')).toHaveLength(2));
    const [newest, earlier] = within(versions).getAllByRole('button');
    expect(newest?.getAttribute('aria-current')).toBe('true');
    fireEvent.click(earlier as HTMLElement);
    const chosen = screen.getByRole('region', { name: 'Chosen version' });
    await waitFor(() => expect(chosen.textContent).toContain('First draft of my reflection.'));

    fireEvent.click(within(chosen).getByRole('button', { name: 'Restore this version' }));
    await waitFor(() => expect(bodyBox().value).toBe('First draft of my reflection.'));
    const saved = await savedEntry({ body: 'First draft of my reflection.' });
    expect((await listRevisions(saved.id)).map((revision) => [revision.reason, revision.body])).toEqual([
      ['restore', 'A rewrite I regret.'],
      ['session', 'A rewrite I regret.'],
      ['session', 'First draft of my reflection.'],
    ]);
  });

  it('says so, and keeps the page, when a version cannot be restored', async () => {
    renderLantern();
    await typeNewEntry('Audit', 'Version one.');
    await finishSession();
    fireEvent.click(await screen.findByRole('treeitem', { name: /Audit/ }));
    await waitFor(() => expect(titleBox().value).toBe('Audit'));
    await runFromPalette('Entry: Show History');
    const restore = await screen.findByRole('button', { name: 'Restore this version' });

    failWrites(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    fireEvent.click(restore);
    expect(await screen.findByText(/could not be restored/)).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Chosen version' })).toBeTruthy();
    failWrites(null);
  });
});
