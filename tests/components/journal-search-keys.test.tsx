// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { getJournalSnapshot } from '../../app/journal/journalCache';
import type { Entry } from '../../lib/entries/schema';
import { aStoredEntry } from '../unit/fixtures/entries';
import { componentSession, press, runFromPalette } from './render';

const session = componentSession();

/** `count` entries about a difficult conversation, "Conversation 1" the newest. */
function entries(count: number): Entry[] {
  return Array.from({ length: count }, (_, at) => {
    const n = at + 1;
    return aStoredEntry({
      id: `entry-${String(n).padStart(3, '0')}`,
      title: `Conversation ${n}`,
      body: `A difficult conversation with a relative, number ${n}.`,
      occurredOn: '2026-11-20',
      createdAt: 10_000 - n,
      updatedAt: 1,
    });
  });
}

/** `Journal: Search Entries`, then `difficult` typed into the box once the index is ready. */
async function searchDifficult(): Promise<{ box: HTMLElement; list: HTMLElement }> {
  await screen.findByRole('tree', { name: 'Journal entries by month' });
  await runFromPalette('Journal: Search Entries');
  const box = screen.getByRole('searchbox', { name: 'Search entries' });
  await waitFor(() => expect(document.activeElement).toBe(box));
  await waitFor(
    async () => {
      fireEvent.input(box, { target: { value: 'difficult' } });
      expect(await screen.findByRole('list', { name: 'Search results' })).toBeTruthy();
    },
    { timeout: 3000 },
  );
  return { box, list: screen.getByRole('list', { name: 'Search results' }) };
}

const focusedResult = () => (document.activeElement as HTMLElement | null)?.closest('li');
const titleOf = (item: Element | null | undefined) => item?.querySelector('.results__title')?.textContent;
const tabStops = (list: HTMLElement) => [...list.querySelectorAll('button')].filter((button) => button.tabIndex === 0);

async function openedTitle(): Promise<string> {
  const title = (await screen.findByRole('textbox', { name: 'Title' })) as HTMLInputElement;
  await waitFor(() => expect(title.value).not.toBe(''));
  return title.value;
}

describe('the Journal search box and its results, by keyboard', () => {
  it('moves from the box into the results with Down, through them with Up and Down, and opens one with Enter', async () => {
    await session.db.entries.bulkAdd(entries(3));
    session.render();
    const { list } = await searchDifficult();
    const items = within(list).getAllByRole('listitem');
    expect(tabStops(list)).toHaveLength(1);

    press('ArrowDown');
    await waitFor(() => expect(focusedResult()).toBe(items[0]));
    press('ArrowDown');
    await waitFor(() => expect(focusedResult()).toBe(items[1]));
    press('ArrowUp');
    await waitFor(() => expect(focusedResult()).toBe(items[0]));
    press('ArrowDown');
    await waitFor(() => expect(focusedResult()).toBe(items[1]));
    // One tab stop throughout, on the result holding focus.
    expect(tabStops(list)).toEqual([document.activeElement]);

    press('Enter');
    expect(await openedTitle()).toBe(titleOf(items[1]));
  });

  it('opens the first result with Enter in the box', async () => {
    await session.db.entries.bulkAdd(entries(3));
    session.render();
    const { list } = await searchDifficult();
    const first = titleOf(within(list).getAllByRole('listitem')[0]);
    press('Enter');
    expect(await openedTitle()).toBe(first);
  });

  it('opens the first result of what is typed now with Enter, even before its results are shown', async () => {
    await session.db.entries.bulkAdd([
      ...entries(3),
      aStoredEntry({ id: 'rota', title: 'Rota swap', body: 'Swapped a night shift.', occurredOn: '2026-11-01' }),
    ]);
    session.render();
    const { box } = await searchDifficult();
    // Typed and Enter pressed in one go: the results for "difficult" are still on screen.
    fireEvent.input(box, { target: { value: 'night shift' } });
    press('Enter');
    expect(await openedTitle()).toBe('Rota swap');
  });

  it('returns to the box with Escape, or with Up from the first result, keeping the query', async () => {
    await session.db.entries.bulkAdd(entries(3));
    session.render();
    const { box, list } = await searchDifficult();
    const items = within(list).getAllByRole('listitem');
    press('ArrowDown');
    press('ArrowDown');
    await waitFor(() => expect(focusedResult()).toBe(items[1]));
    press('Escape');
    await waitFor(() => expect(document.activeElement).toBe(box));
    expect((box as HTMLInputElement).value).toBe('difficult');

    press('ArrowDown');
    await waitFor(() => expect(focusedResult()).toBe(items[0]));
    press('ArrowUp');
    await waitFor(() => expect(document.activeElement).toBe(box));
  });

  it('reaches results beyond the first screenful, rendering them as it goes, and the last with End', async () => {
    await session.db.entries.bulkAdd(entries(40));
    session.render();
    const { list } = await searchDifficult();
    expect(within(list).getAllByRole('listitem')).toHaveLength(10);
    press('ArrowDown');
    for (let step = 0; step < 24; step++) press('ArrowDown');
    await waitFor(() => expect(focusedResult()?.getAttribute('aria-posinset')).toBe('25'));
    expect(focusedResult()?.getAttribute('aria-setsize')).toBe('40');
    expect(within(list).getAllByRole('listitem').length).toBeGreaterThanOrEqual(25);

    press('End');
    await waitFor(() => expect(focusedResult()?.getAttribute('aria-posinset')).toBe('40'));
    expect(tabStops(list)).toEqual([document.activeElement]);
    const last = titleOf(focusedResult());
    press('Enter');
    expect(await openedTitle()).toBe(last);
  });

  it('keeps the result in focus where it is when a write elsewhere brings the same results again', async () => {
    await session.db.entries.bulkAdd(entries(5));
    session.render();
    const { list } = await searchDifficult();
    const items = within(list).getAllByRole('listitem');
    press('ArrowDown');
    press('ArrowDown');
    press('ArrowDown');
    await waitFor(() => expect(focusedResult()).toBe(items[2]));

    // Saved elsewhere (another window, sync): nothing about a difficult conversation.
    await session.db.entries.add(
      aStoredEntry({ id: 'other', title: 'Rota', body: 'Swapped a night.', occurredOn: '2026-11-21', updatedAt: 2 }),
    );
    await waitFor(() => expect(getJournalSnapshot().entries?.some((entry) => entry.id === 'other')).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(focusedResult()).toBe(items[2]);
    expect(tabStops(list)).toEqual([document.activeElement]);
  });
});
