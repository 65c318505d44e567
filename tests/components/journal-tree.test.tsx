// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../lib/entries/schema';
import { aStoredEntry } from '../unit/fixtures/entries';
import { componentSession } from './render';

const session = componentSession();

/** `count` entries on one day in November 2026, "Entry 1" the newest. */
function manyEntries(count: number, overrides: (n: number) => Partial<Entry> = () => ({})): Entry[] {
  return Array.from({ length: count }, (_, at) => {
    const n = at + 1;
    return aStoredEntry({
      id: `entry-${String(n).padStart(5, '0')}`,
      title: `Entry ${n}`,
      body: `Some text about the ward round, number ${n}.`,
      occurredOn: '2026-11-20',
      createdAt: 100_000 - n,
      updatedAt: 1,
      ...overrides(n),
    });
  });
}

async function journalTree() {
  const tree = await screen.findByRole('tree', { name: 'Journal entries by month' });
  // The whole journal has loaded once the month shows its count.
  await waitFor(() => expect(within(tree).getAllByRole('treeitem')[0]?.textContent).toMatch(/November 2026\s*\d+/));
  return tree;
}

/** What the Journal view says about its results ("12 entries"). */
const resultCount = () => within(screen.getByRole('region', { name: 'Journal' })).getByRole('status').textContent;

const focusedRow = () => (document.activeElement as HTMLElement | null)?.closest('[role="treeitem"]');

describe('the journal tree with many entries', () => {
  it('renders only the rows in view, and scrolling reveals later ones', async () => {
    await session.db.entries.bulkAdd(manyEntries(500));
    session.render();
    const tree = await journalTree();
    const rows = within(tree).getAllByRole('treeitem');
    expect(rows[0]?.textContent).toContain('November 2026500');
    expect(rows[1]?.textContent).toContain('Entry 1');
    expect(rows.length).toBeLessThan(80);
    expect(within(tree).queryByRole('treeitem', { name: /Entry 400\b/ })).toBeNull();

    const scroller = tree.parentElement as HTMLElement;
    scroller.scrollTop = 400 * 22;
    fireEvent.scroll(scroller);
    const later = await within(tree).findByRole('treeitem', { name: /Entry 400\b/ });
    expect(later.getAttribute('aria-posinset')).toBe('400');
    expect(later.getAttribute('aria-setsize')).toBe('500');
    expect(later.getAttribute('aria-level')).toBe('2');
    expect(within(tree).getAllByRole('treeitem').length).toBeLessThan(80);
  });

  it('reaches the last entry with End and comes back with Home, one tab stop throughout', async () => {
    await session.db.entries.bulkAdd(manyEntries(500));
    session.render();
    const tree = await journalTree();
    within(tree).getAllByRole('treeitem')[0]?.focus();

    fireEvent.keyDown(tree, { key: 'End' });
    await waitFor(() => expect(focusedRow()?.textContent).toContain('Entry 500'));
    expect(focusedRow()?.getAttribute('aria-posinset')).toBe('500');
    expect(
      within(tree)
        .getAllByRole('treeitem')
        .filter((row) => row.tabIndex === 0),
    ).toHaveLength(1);

    fireEvent.keyDown(tree, { key: 'ArrowUp' });
    await waitFor(() => expect(focusedRow()?.textContent).toContain('Entry 499'));

    fireEvent.keyDown(tree, { key: 'Home' });
    await waitFor(() => expect(focusedRow()?.getAttribute('aria-expanded')).toBe('true'));
    expect(focusedRow()?.textContent).toContain('November 2026');
  });

  it('walks down with the arrow keys past the first screen, and opens the entry with Enter', async () => {
    await session.db.entries.bulkAdd(manyEntries(200));
    session.render();
    const tree = await journalTree();
    within(tree).getAllByRole('treeitem')[0]?.focus();
    for (let step = 0; step < 120; step++) fireEvent.keyDown(tree, { key: 'ArrowDown' });
    await waitFor(() => expect(focusedRow()?.textContent).toContain('Entry 120'));
    fireEvent.keyDown(tree, { key: 'Enter' });
    const title = (await screen.findByRole('textbox', { name: 'Title' })) as HTMLInputElement;
    await waitFor(() => expect(title.value).toBe('Entry 120'));
  });

  it('keeps keyboard focus on a row scrolled out of view, and moves on from it when scrolled back', async () => {
    await session.db.entries.bulkAdd(manyEntries(500));
    session.render();
    const tree = await journalTree();
    const scroller = tree.parentElement as HTMLElement;
    within(tree)
      .getByRole('treeitem', { name: /Entry 2\b/ })
      .focus();

    scroller.scrollTop = 450 * 22;
    fireEvent.scroll(scroller);
    await within(tree).findByRole('treeitem', { name: /Entry 450\b/ });
    expect(focusedRow()?.isConnected).toBe(true);
    expect(focusedRow()?.textContent).toContain('Entry 2');

    scroller.scrollTop = 0;
    fireEvent.scroll(scroller);
    fireEvent.keyDown(tree, { key: 'ArrowDown' });
    await waitFor(() => expect(focusedRow()?.textContent).toContain('Entry 3'));
  });

  it('jumps to the next row starting with a typed letter, and collapses a month with Left', async () => {
    await session.db.entries.bulkAdd([
      ...manyEntries(100),
      ...manyEntries(1, () => ({ id: 'audit', title: 'Audit of handovers', createdAt: 1 })),
    ]);
    session.render();
    const tree = await journalTree();
    within(tree).getAllByRole('treeitem')[0]?.focus();
    fireEvent.keyDown(tree, { key: 'a' });
    await waitFor(() => expect(focusedRow()?.textContent).toContain('Audit of handovers'));

    fireEvent.keyDown(tree, { key: 'ArrowLeft' });
    await waitFor(() => expect(focusedRow()?.getAttribute('aria-expanded')).toBe('true'));
    fireEvent.keyDown(tree, { key: 'ArrowLeft' });
    await waitFor(() => expect(within(tree).getAllByRole('treeitem')).toHaveLength(1));
    expect(focusedRow()?.getAttribute('aria-expanded')).toBe('false');
  });

  it('shows an entry saved elsewhere in its place, and drops one moved to Trash', async () => {
    await session.db.entries.bulkAdd(manyEntries(50));
    session.render();
    const tree = await journalTree();
    await session.db.entries.update('entry-00003', { title: 'Renamed after the debrief' });
    await within(tree).findByRole('treeitem', { name: /Renamed after the debrief/ });
    await session.db.entries.update('entry-00001', { deletedAt: Date.now() });
    await waitFor(() => expect(within(tree).queryByRole('treeitem', { name: /Entry 1\b/ })).toBeNull());
    expect(within(tree).getAllByRole('treeitem')[0]?.textContent).toMatch(/November 2026\s*49/);
  });
});

describe('searching many entries', () => {
  it('shows results as you type, a screenful first and more as the list scrolls', async () => {
    await session.db.entries.bulkAdd(manyEntries(60));
    session.render();
    await journalTree();
    const box = screen.getByRole('searchbox', { name: 'Search entries' });
    // The index is built once the journal has loaded and the page is idle.
    await waitFor(
      async () => {
        fireEvent.input(box, { target: { value: 'ward' } });
        expect(await screen.findByRole('list', { name: 'Search results' })).toBeTruthy();
      },
      { timeout: 3000 },
    );
    expect(resultCount()).toBe('50 entries');
    const list = screen.getByRole('list', { name: 'Search results' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(10);
    // Each result shows the words around its match, the match marked (the text is read for the results shown).
    const snippets = () => [...list.querySelectorAll('.results__snippet')];
    await waitFor(() => expect(snippets()[0]?.textContent).toMatch(/the ward round, number \d+\./));
    expect(snippets()[0]?.querySelector('mark')?.textContent).toBe('ward');

    fireEvent.scroll(list);
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(20));
    await waitFor(() => expect(snippets()[19]?.textContent).toMatch(/the ward round, number \d+\./));

    fireEvent.input(box, { target: { value: 'ward number 42' } });
    await waitFor(() => expect(resultCount()).toBe('1 entry'));
    expect(screen.getByRole('list', { name: 'Search results' }).textContent).toContain('Entry 42');

    fireEvent.input(box, { target: { value: '' } });
    expect(await screen.findByRole('tree', { name: 'Journal entries by month' })).toBeTruthy();
  });

  it('narrows results with a filter', async () => {
    await session.db.entries.bulkAdd(manyEntries(30, (n) => ({ starred: n % 10 === 0 })));
    session.render();
    await journalTree();
    const box = screen.getByRole('searchbox', { name: 'Search entries' });
    await waitFor(
      async () => {
        fireEvent.input(box, { target: { value: 'ward' } });
        expect(await screen.findByRole('list', { name: 'Search results' })).toBeTruthy();
      },
      { timeout: 3000 },
    );
    fireEvent.click(screen.getByRole('button', { name: 'Filters' }));
    fireEvent.change(screen.getByRole('checkbox', { name: 'Starred only' }), { target: { checked: true } });
    await waitFor(() => expect(resultCount()).toBe('3 entries'));
  });
});

describe('an entry opened from elsewhere', () => {
  it('is shown in the tree: its closed month opens and its row comes into view', async () => {
    const months = ['2026-11-20', '2026-10-20', '2026-09-20', '2026-08-20', '2026-07-20', '2026-06-20'];
    await session.db.entries.bulkAdd(
      manyEntries(60, (n) => ({ occurredOn: months[(n - 1) % months.length], title: `Entry ${n}` })),
    );
    const { workbench } = session.render();
    const tree = await journalTree();
    // June is the sixth month: closed at first.
    expect(within(tree).queryByRole('treeitem', { name: /Entry 6\b/ })).toBeNull();
    await workbench.openEntry('entry-00006');
    const row = await within(tree).findByRole('treeitem', { name: /Entry 6\b/ });
    expect(row.getAttribute('aria-selected')).toBe('true');
    expect(
      within(tree)
        .getByRole('treeitem', { name: /^June 2026/ })
        .getAttribute('aria-expanded'),
    ).toBe('true');
  });
});
