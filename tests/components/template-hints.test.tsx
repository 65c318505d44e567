// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../lib/entries/schema';
import { templateBody, templateById } from '../../lib/entries/templates';
import { legacyTemplateBody } from '../unit/fixtures/legacy-template';
import { componentSession, runFromPalette } from './render';

const session = componentSession();

const bodyBox = () => screen.getByRole('textbox', { name: 'Reflection (markdown)' }) as HTMLTextAreaElement;
const wordCount = () => screen.getByTestId('word-count').textContent;
const titleBox = () => screen.getByRole('textbox', { name: 'Title' }) as HTMLInputElement;

function gibbsBody(): string {
  const gibbs = templateById('gibbs');
  if (!gibbs) throw new Error('No Gibbs template');
  return templateBody(gibbs);
}

describe('a new entry from a template', () => {
  it('puts the body’s caret on the empty line under the first heading, with that section’s guidance beside the text', async () => {
    session.render();
    await runFromPalette('Journal: New Entry from Template…');
    const input = await screen.findByRole('combobox', { name: 'New entry from template' });
    fireEvent.input(input, { target: { value: "Gibbs' reflective cycle" } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(bodyBox().value).toBe(gibbsBody()));
    expect(document.activeElement).toBe(titleBox());

    fireEvent.input(titleBox(), { target: { value: 'Sepsis call' } });
    // Tab (or Enter in the title) moves on to the body, which keeps where its caret was.
    bodyBox().focus();
    const body = bodyBox();
    const expected = '## Description\n'.length;
    expect([body.selectionStart, body.selectionEnd]).toEqual([expected, expected]);
    expect(body.value).not.toContain('<!--');
    fireEvent.focus(body);
    const guide = () => document.getElementById(body.getAttribute('aria-describedby') ?? '')?.textContent;
    await waitFor(() =>
      expect(guide()).toBe('Description The facts: where, when, who was involved (no patient details).'),
    );
    // Nothing written yet: the headings are the template's words, not the doctor's.
    expect(wordCount()).toBe('0 words');
  });

  it('follows the caret from section to section, and counts what the doctor writes', async () => {
    session.render();
    await runFromPalette('Journal: New Entry from Template…');
    const input = await screen.findByRole('combobox', { name: 'New entry from template' });
    fireEvent.input(input, { target: { value: "Gibbs' reflective cycle" } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(bodyBox().value).toBe(gibbsBody()));
    await waitFor(() => expect(wordCount()).toBe('0 words'));
    const body = bodyBox();
    const written = body.value.replace('## Feelings\n', '## Feelings\nWorried but calm.\n');
    const caret = written.indexOf('calm');
    body.value = written;
    body.setSelectionRange(caret, caret);
    fireEvent.input(body);
    const guide = () => document.getElementById(body.getAttribute('aria-describedby') ?? '')?.textContent;
    await waitFor(() => expect(guide()).toBe('Feelings What you were thinking and feeling at the time, honestly.'));
    await waitFor(() => expect(wordCount()).toBe('3 words'));
  });
});

describe('an entry written when hints were part of the text', () => {
  it('opens without them, and they never come back into the text', async () => {
    const gibbs = templateById('gibbs');
    if (!gibbs) throw new Error('No Gibbs template');
    const legacy = legacyTemplateBody(gibbs);
    await session.db.entries.add({
      id: 'old-gibbs',
      title: 'Old night',
      body: legacy.replace('## Feelings', 'Busy.\n\n## Feelings'),
      kind: 'reflection',
      occurredOn: '2026-11-20',
      createdAt: 1,
      updatedAt: 1,
      template: 'gibbs',
      competencies: [],
      tags: [],
      learningPoints: [],
      actions: [],
      starred: false,
    });
    session.render();
    await runFromPalette('Journal: Go to Entry…');
    const input = await screen.findByRole('combobox');
    fireEvent.input(input, { target: { value: 'Old night' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(bodyBox().value).toContain('Busy.'));
    expect(bodyBox().value).not.toMatch(/<!--|The facts/);
    await waitFor(() => expect(wordCount()).toBe('1 word'));
  });
});

describe('search results of an entry written from a template', () => {
  it('show a snippet without the template’s hints', async () => {
    const entry: Entry = {
      id: 'gibbs-entry',
      title: 'Night on call',
      body: gibbsBody().replace('## Feelings', 'A difficult night on the medical take.\n\n## Feelings'),
      kind: 'reflection',
      occurredOn: '2026-11-20',
      createdAt: 1,
      updatedAt: 1,
      template: 'gibbs',
      competencies: [],
      tags: [],
      learningPoints: [],
      actions: [],
      starred: false,
    };
    await session.db.entries.add(entry);
    session.render();
    await screen.findByRole('tree', { name: 'Journal entries by month' });
    const box = screen.getByRole('searchbox', { name: 'Search entries' });
    await waitFor(
      async () => {
        fireEvent.input(box, { target: { value: 'difficult' } });
        expect(await screen.findByRole('list', { name: 'Search results' })).toBeTruthy();
      },
      { timeout: 3000 },
    );
    const list = screen.getByRole('list', { name: 'Search results' });
    const snippet = () =>
      within(list).getAllByRole('listitem')[0]?.querySelector('.results__snippet')?.textContent ?? '';
    await waitFor(() => expect(snippet()).toContain('A difficult night on the medical take.'));
    expect(snippet()).not.toMatch(/<!--|-->|The facts/);
  });
});
