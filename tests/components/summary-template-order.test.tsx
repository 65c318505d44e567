// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { Workbench } from '../../app/workbench/workbench';
import { SummarySections } from '../../components/summary/SummarySections';
import { WorkbenchContext } from '../../components/workbench/context';
import { FRAMEWORKS } from '../../lib/frameworks';
import { buildSummary, toJson, toPlainText } from '../../lib/summary';
import { toDocx } from '../../lib/summary/docx';
import { freshDbPerTest } from '../unit/fixtures/db';
import { GOALS, JOURNAL, PERIOD, ROLES } from '../unit/fixtures/journal-year';

afterEach(cleanup);
freshDbPerTest();

/**
 * The Academy of Medical Royal Colleges' Medical Appraisal Template 2022, in its order, as the
 * appraisal summary heads it; then Lantern's own sections.
 */
const TEMPLATE_ORDER = [
  'Personal details',
  'Scope of work',
  'Record of previous appraisals',
  'Development plan: goals reviewed',
  'Continuing professional development',
  'Quality improvement activity',
  'Significant events',
  'Feedback from colleagues',
  'Feedback from patients',
  'Compliments and complaints',
  'Achievements, challenges and aspirations',
  'Health and wellbeing',
  'Probity and health statements',
  'Development plan: goals proposed',
  'Reflections linked to MLCF domains',
  'Competency coverage (MLCF)',
  'Gaps to think about',
];

const wellbeing = { text: 'Running again since the spring.', includeInExports: true };
const summary = buildSummary(JOURNAL, GOALS, FRAMEWORKS, PERIOD, { roles: ROLES, today: '2026-11-22', wellbeing });

function previewHeadings(): string[] {
  render(
    <WorkbenchContext.Provider value={new Workbench({ isMac: false, openInTab: async () => {} })}>
      <SummarySections
        sections={summary.sections}
        onCopySection={() => {}}
        reflectionYear={PERIOD.end}
        yearStart={PERIOD.start}
        wellbeing={wellbeing}
      />
    </WorkbenchContext.Provider>,
  );
  return screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent ?? '');
}

async function wordHeadings(): Promise<string[]> {
  const files = unzipSync(new Uint8Array(await (await toDocx(summary)).arrayBuffer()));
  const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
  return [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?w:val="Heading1"(?:(?!<\/w:p>).)*<\/w:p>/g)].map((match) =>
    [...match[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((text) => text[1]).join(''),
  );
}

function plainTextHeadings(): string[] {
  const headings = new Set(TEMPLATE_ORDER.map((title) => title.toLocaleUpperCase('en-GB')));
  return toPlainText(summary)
    .split('\n')
    .filter((line) => headings.has(line));
}

describe('the appraisal summary follows the Medical Appraisal Template 2022 everywhere', () => {
  it('heads its sections in the same order in the preview, Word, plain text and JSON', async () => {
    expect(previewHeadings()).toEqual(TEMPLATE_ORDER);
    expect(await wordHeadings()).toEqual(TEMPLATE_ORDER);
    expect(plainTextHeadings()).toEqual(TEMPLATE_ORDER.map((title) => title.toLocaleUpperCase('en-GB')));
    const file = JSON.parse(toJson(summary));
    expect(Object.values(file.sections).map((section) => (section as { title: string }).title)).toEqual(TEMPLATE_ORDER);
  });
});
