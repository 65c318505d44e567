import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { FRAMEWORKS } from '../../lib/frameworks';
import { buildSummary, readSummaryJson, toJson, toMarkdown, toPlainText } from '../../lib/summary';
import { toDocx } from '../../lib/summary/docx';
import { REFLECTIVE_SECTIONS } from '../../lib/summary/reflections';
import { GOALS, JOURNAL, PERIOD, ROLES } from './fixtures/journal-year';

const QI = 'Re-auditing handovers at Quokkaville showed the checklist stuck.\nNext: take it to the night team.';
const reflections = { 'quality-improvement': QI, cpd: '  ', scope: 'Not a section that asks for one' };
const summary = buildSummary(JOURNAL, GOALS, FRAMEWORKS, PERIOD, { roles: ROLES, reflections });
const sectionOf = (id: string) => summary.sections.find((section) => section.id === id);

describe('the doctor’s reflections in the appraisal summary', () => {
  it('sit under the section they reflect on, only where the template asks for one and only when written', () => {
    expect(sectionOf('quality-improvement')?.reflection).toBe(QI);
    expect(sectionOf('cpd')?.reflection).toBeUndefined();
    expect(sectionOf('scope')?.reflection).toBeUndefined();
    for (const id of REFLECTIVE_SECTIONS) expect(sectionOf(id), id).toBeDefined();
  });

  it('are in every export: plain text, Markdown, Word and JSON', async () => {
    expect(toPlainText(summary, 'quality-improvement')).toContain(
      'Your reflection:\n  Re-auditing handovers at Quokkaville showed the checklist stuck.\n  Next: take it to the night team.',
    );
    expect(toMarkdown(summary)).toContain('**Your reflection:**\n\nRe-auditing handovers at Quokkaville');
    const files = unzipSync(new Uint8Array(await (await toDocx(summary)).arrayBuffer()));
    const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    expect(xml).toContain('Your reflection:');
    expect(xml).toContain('Next: take it to the night team.');
    const back = readSummaryJson(toJson(summary));
    expect(back.sections.find((section) => section.id === 'quality-improvement')?.reflection).toBe(QI);
  });
});
