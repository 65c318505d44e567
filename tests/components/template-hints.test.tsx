// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../lib/entries/schema';
import { templateBody, templateById } from '../../lib/entries/templates';
import { componentSession, runFromPalette } from './render';

const session = componentSession();

const bodyBox = () => screen.getByRole('textbox', { name: 'Reflection (markdown)' }) as HTMLTextAreaElement;
const titleBox = () => screen.getByRole('textbox', { name: 'Title' }) as HTMLInputElement;

function gibbsBody(): string {
  const gibbs = templateById('gibbs');
  if (!gibbs) throw new Error('No Gibbs template');
  return templateBody(gibbs);
}

describe('a new entry from a template', () => {
  it('puts the body’s caret on the empty line under the first section’s hint, ready for Tab from the title', async () => {
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
    const expected = body.value.indexOf('-->') + '-->\n'.length;
    expect(body.value.slice(0, expected)).toBe(
      '## Description\n<!-- The facts: where, when, who was involved (no patient details). -->\n',
    );
    expect([body.selectionStart, body.selectionEnd]).toEqual([expected, expected]);
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
    const text = within(list).getAllByRole('listitem')[0]?.querySelector('.results__snippet')?.textContent ?? '';
    expect(text).toContain('A difficult night on the medical take.');
    expect(text).not.toMatch(/<!--|-->|The facts/);
  });
});
