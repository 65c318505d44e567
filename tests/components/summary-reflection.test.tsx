// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Workbench } from '../../app/workbench/workbench';
import { SummarySections } from '../../components/summary/SummarySections';
import { WorkbenchContext } from '../../components/workbench/context';
import { appraisalNotesFor } from '../../lib/appraisal-notes/repository';
import { FRAMEWORKS } from '../../lib/frameworks';
import { type AppraisalSummary, buildSummary, toPlainText } from '../../lib/summary';
import { freshDbPerTest } from '../unit/fixtures/db';
import { GOALS, JOURNAL, PERIOD, ROLES } from '../unit/fixtures/journal-year';

afterEach(cleanup);
freshDbPerTest();

const summaryWith = (reflections: Record<string, string>) =>
  buildSummary(JOURNAL, GOALS, FRAMEWORKS, PERIOD, { roles: ROLES, reflections });

function showSummary(summary: AppraisalSummary, reflectionYear?: string) {
  return render(
    <WorkbenchContext.Provider value={new Workbench({ isMac: false, openInTab: async () => {} })}>
      <SummarySections sections={summary.sections} onCopySection={() => {}} reflectionYear={reflectionYear} />
    </WorkbenchContext.Provider>,
  );
}

const WORDS = 'The handover audit taught me to ask the night team first.';

describe('writing a reflection on a section of the appraisal summary', () => {
  it('saves what the doctor types for that year, and the plain-text export then shows it', async () => {
    showSummary(summaryWith({}), PERIOD.end);
    const box = screen.getByLabelText('Your reflection on Quality improvement activity');
    fireEvent.input(box, { target: { value: WORDS } });

    await waitFor(() => expect(screen.getByText('Saved.')).toBeTruthy(), { timeout: 3000 });
    const saved = await appraisalNotesFor(PERIOD.end);
    expect(saved).toEqual({ 'quality-improvement': WORDS });
    expect(toPlainText(summaryWith(saved), 'quality-improvement')).toContain(`Your reflection:\n  ${WORDS}`);
  });

  it('only the sections that ask for a reflection have a box', () => {
    showSummary(summaryWith({}), PERIOD.end);
    expect(screen.queryByLabelText(/Your reflection on Scope of work/)).toBeNull();
    expect(screen.getByLabelText(/Your reflection on Continuing professional development/)).toBeTruthy();
  });

  it('a save that fails keeps the words in the box and says so', async () => {
    showSummary(summaryWith({}), PERIOD.end);
    const box = screen.getByLabelText<HTMLTextAreaElement>('Your reflection on Quality improvement activity');
    const tooLong = 'x'.repeat(20_001);
    fireEvent.input(box, { target: { value: tooLong } });

    const alert = await screen.findByRole('alert', {}, { timeout: 3000 });
    expect(alert.textContent).toMatch(/not saved.*up to 20,000 characters.*still here/);
    expect(box.value).toBe(tooLong);
    expect(await appraisalNotesFor(PERIOD.end)).toEqual({});
  });

  it('a saved reflection starts in its box, and prints as the export says it', () => {
    const view = showSummary(summaryWith({ 'quality-improvement': WORDS }), PERIOD.end);
    const box = screen.getByLabelText<HTMLTextAreaElement>('Your reflection on Quality improvement activity');
    expect(box.value).toBe(WORDS);
    const printed = view.container.querySelector('.summary__reflection.print-only');
    expect(printed?.textContent).toBe(`Your reflection:${WORDS}`);
  });
});
