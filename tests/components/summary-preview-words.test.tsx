// @vitest-environment happy-dom
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Workbench } from '../../app/workbench/workbench';
import { SummarySections } from '../../components/summary/SummarySections';
import { WorkbenchContext } from '../../components/workbench/context';
import { FRAMEWORKS } from '../../lib/frameworks';
import {
  type AnySummary,
  buildRevalidationView,
  buildSummary,
  buildTrainingReview,
  toPlainText,
} from '../../lib/summary';
import { CONSULTANT, cycleOf, periodOf } from '../unit/fixtures/user-years';

afterEach(cleanup);

/** The words of a text, in order, without case or punctuation: what a reader compares. */
const words = (text: string) => text.toLocaleLowerCase('en-GB').match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * The preview's text as printed: every text node in order, the on-screen-only controls left out. A long section
 * shows its first items until asked for the rest: every "Show all" is pressed first, as a reader would.
 */
async function previewWords(doc: AnySummary): Promise<string[]> {
  const view = render(
    <WorkbenchContext.Provider value={new Workbench({ isMac: false, openInTab: async () => {} })}>
      <SummarySections sections={doc.sections} onCopySection={() => {}} onOpenEntry={() => {}} />
    </WorkbenchContext.Provider>,
  );
  await waitFor(() => expect(view.container.querySelector('[aria-busy="true"]')).toBeNull());
  for (const button of view.queryAllByRole('button', { name: /^Show all \d+ items/ })) fireEvent.click(button);
  expect(view.queryAllByRole('button', { name: /^Show all/ })).toEqual([]);
  for (const control of view.container.querySelectorAll('.no-print, [aria-hidden="true"]')) control.remove();
  const texts: string[] = [];
  const walker = document.createTreeWalker(view.container, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.textContent ?? '');
  return words(texts.join(' '));
}

const year = CONSULTANT;
const period = periodOf(year);
const today = year.appraisalDate;
const DOCUMENTS: [string, AnySummary][] = [
  [
    'appraisal summary, every entry in full',
    buildSummary(year.entries, year.goals, FRAMEWORKS, period, {
      roles: year.roles,
      today,
      defaultInclusion: 'full',
      revalidationCycle: cycleOf(year),
    }),
  ],
  [
    'appraisal summary, titles only',
    buildSummary(year.entries, year.goals, FRAMEWORKS, period, { roles: year.roles, today }),
  ],
  [
    'appraisal summary with the doctor’s reflections',
    buildSummary(year.entries, year.goals, FRAMEWORKS, period, {
      roles: year.roles,
      today,
      reflections: { cpd: 'Too much on rotas.\nMore on teaching next year.', achievements: 'Led the new rota.' },
    }),
  ],
  ['Revalidation view', buildRevalidationView(year.entries, cycleOf(year), today)],
  ['training review', buildTrainingReview(year.entries, period, { defaultInclusion: 'full' })],
];

describe('the preview says word for word what the plain-text export says', () => {
  it.each(DOCUMENTS)('%s', async (_name, doc) => {
    const exported = doc.sections.flatMap((section) => words(toPlainText(doc, section.id)));
    expect(await previewWords(doc)).toEqual(exported);
  });

  it('never shows a section’s id where its title belongs', async () => {
    const [, doc] = DOCUMENTS[0] as [string, AnySummary];
    const text = (await previewWords(doc)).join(' ');
    expect(text).toContain('see quality improvement activity');
    expect(text).not.toMatch(/see (cpd|compliments complaints|quality improvement)\b(?! activity)/);
  });
});
