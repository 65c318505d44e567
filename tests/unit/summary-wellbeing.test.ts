// @vitest-environment jsdom
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { FRAMEWORKS } from '../../lib/frameworks';
import { renderMarkdown } from '../../lib/markdown/render';
import { createShareBundle } from '../../lib/mentoring';
import { pageDataOf } from '../../lib/mentoring/page/data';
import {
  type AppraisalSummary,
  buildSummary,
  type SummaryOptions,
  toJson,
  toMarkdown,
  toPlainText,
  type WellbeingReflection,
  wellbeingPosition,
} from '../../lib/summary';
import { toDocx } from '../../lib/summary/docx';
import { GOALS, JOURNAL, PERIOD, ROLES } from './fixtures/journal-year';

const WORDS = 'A hard winter on nights; I have started swimming again and it helps.';
const summarise = (options: SummaryOptions = {}) =>
  buildSummary(JOURNAL, GOALS, FRAMEWORKS, PERIOD, { roles: ROLES, today: '2026-11-22', ...options });
const withWellbeing = (wellbeing: WellbeingReflection) => summarise({ wellbeing });

/** Everything a summary can leave as: plain text, Markdown (print), Word, JSON and a mentor share with its page. */
async function everyExport(summary: AppraisalSummary): Promise<Record<string, string>> {
  const word = unzipSync(new Uint8Array(await (await toDocx(summary)).arrayBuffer()));
  const bundle = createShareBundle(summary, { menteeId: 'mentee-1', displayName: 'Dr Ada Quokka', now: 1 });
  return {
    plain: toPlainText(summary),
    markdown: toMarkdown(summary),
    word: strFromU8(word['word/document.xml'] ?? new Uint8Array()),
    json: toJson(summary),
    share: JSON.stringify(bundle),
    page: JSON.stringify(pageDataOf(bundle, renderMarkdown)),
  };
}

describe('the optional health and wellbeing reflection', () => {
  it('is left out of every export by default, even when written', async () => {
    for (const summary of [summarise(), withWellbeing({ text: WORDS, includeInExports: false })]) {
      expect(summary.sections.map((section) => section.id)).not.toContain('health-wellbeing');
      for (const [format, text] of Object.entries(await everyExport(summary))) {
        expect(text, format).not.toContain('swimming');
        expect(text, format).not.toMatch(/health and wellbeing/i);
      }
    }
  });

  it('is left out when included but empty: there is nothing to show', () => {
    const summary = withWellbeing({ text: '  \n ', includeInExports: true });
    expect(summary.sections.map((section) => section.id)).not.toContain('health-wellbeing');
  });

  it('goes in every export when the doctor includes it, between achievements and the probity statements', async () => {
    const summary = withWellbeing({ text: WORDS, includeInExports: true });
    const ids = summary.sections.map((section) => section.id);
    expect(ids.slice(ids.indexOf('achievements'), ids.indexOf('achievements') + 3)).toEqual([
      'achievements',
      'health-wellbeing',
      'probity-health',
    ]);
    for (const [format, text] of Object.entries(await everyExport(summary))) expect(text, format).toContain(WORDS);
    expect(toPlainText(summary, 'health-wellbeing')).toBe(
      [
        'HEALTH AND WELLBEING',
        'This part of the appraisal conversation is optional; I have chosen to include my reflection.',
        'Your reflection:',
        `  ${WORDS}`,
      ].join('\n'),
    );
    expect(JSON.parse(toJson(summary)).sections.healthAndWellbeing.reflection).toBe(WORDS);
  });

  it('is never filled from entries: only the doctor’s own words, whatever the journal holds', () => {
    const section = withWellbeing({ text: WORDS, includeInExports: true }).sections.find(
      (each) => each.id === 'health-wellbeing',
    );
    expect(section?.items.every((item) => item.type === 'line')).toBe(true);
    // A reflection saved under the section's id through the other reflections does not put it in either.
    const viaReflections = summarise({ reflections: { 'health-wellbeing': WORDS } });
    expect(JSON.stringify(viaReflections)).not.toContain('swimming');
  });

  it('has its place in the preview, included or not: after achievements, before the probity statements', () => {
    const without = summarise().sections;
    expect(without[wellbeingPosition(without)]?.id).toBe('probity-health');
    const included = withWellbeing({ text: WORDS, includeInExports: true }).sections;
    expect(included[wellbeingPosition(included)]?.id).toBe('health-wellbeing');
  });
});
