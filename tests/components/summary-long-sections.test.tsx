// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Workbench } from '../../app/workbench/workbench';
import { FIRST_ITEMS } from '../../components/summary/SectionItems';
import { SummarySections } from '../../components/summary/SummarySections';
import { WorkbenchContext } from '../../components/workbench/context';
import { localIsoDate } from '../../lib/dates';
import { putEntry } from '../../lib/entries/repository';
import type { SummarySection } from '../../lib/summary';
import { componentSession, runFromPalette } from './render';

const session = componentSession();
afterEach(cleanup);

const COURSES = 30;
const courses: SummarySection = {
  id: 'cpd',
  title: 'Continuing professional development',
  items: Array.from({ length: COURSES }, (_, i) => ({ type: 'line', text: `Course ${i + 1}` })),
};
const shownCourses = () => screen.queryAllByText(/^Course \d+$/).length;

function showSections(props: { showAll?: boolean } = {}) {
  render(
    <WorkbenchContext.Provider value={new Workbench({ isMac: false, openInTab: async () => {} })}>
      <SummarySections sections={[courses]} onCopySection={() => {}} onOpenEntry={() => {}} {...props} />
    </WorkbenchContext.Provider>,
  );
}

describe('a long section of the summary opens with its first items', () => {
  it('shows the first items and a "Show all" button that brings the rest and takes focus to them', () => {
    showSections();
    expect(shownCourses()).toBe(FIRST_ITEMS);
    const more = screen.getByRole('button', {
      name: `Show all ${COURSES} items in Continuing professional development`,
    });

    fireEvent.click(more);
    expect(shownCourses()).toBe(COURSES);
    expect(screen.queryByRole('button', { name: /^Show all/ })).toBeNull();
    expect(document.activeElement?.textContent).toMatch(new RegExp(`^Course ${FIRST_ITEMS + 1}`));
  });

  it('shows every item when printing, with no button to press', () => {
    showSections({ showAll: true });
    expect(shownCourses()).toBe(COURSES);
    expect(screen.queryByRole('button', { name: /^Show all/ })).toBeNull();
  });
});

describe('printing a busy year prints every entry', () => {
  async function openBusySummary() {
    const now = Date.now();
    for (let i = 1; i <= COURSES; i++) {
      await putEntry({
        id: `course-${i}`,
        kind: 'cpd',
        title: `Course ${i}`,
        body: 'A day on leading change.',
        occurredOn: localIsoDate(),
        createdAt: now + i,
        updatedAt: now + i,
      });
    }
    session.render();
    await runFromPalette('Summary: Open Appraisal Summary');
    await screen.findByRole('heading', { name: 'Appraisal summary', level: 2 }, { timeout: 5000 });
    await screen.findByRole('button', { name: /^Show all \d+ items in Continuing professional development/ });
  }
  const printedCourses = () => document.querySelectorAll('.summary__entry[aria-label^="Course "]').length;

  it('from the Print command: the rest is shown before the print dialog takes the page', async () => {
    await openBusySummary();
    const seenByPrint: number[] = [];
    const print = vi.fn(() => seenByPrint.push(printedCourses()));
    Object.defineProperty(window, 'print', { value: print, configurable: true });
    try {
      await runFromPalette('Summary: Print…');
      await waitFor(() => expect(print).toHaveBeenCalled());
      // Every course, in the CPD section and wherever else the summary lists it.
      expect(seenByPrint[0]).toBeGreaterThanOrEqual(COURSES);
    } finally {
      Reflect.deleteProperty(window, 'print');
    }
  });

  it('from the browser’s own print (Ctrl+P): the rest is shown before printing', async () => {
    await openBusySummary();
    const before = printedCourses();
    window.dispatchEvent(new Event('beforeprint'));
    await waitFor(() => expect(printedCourses()).toBeGreaterThanOrEqual(COURSES));
    expect(before).toBeLessThan(COURSES);
  });
});
