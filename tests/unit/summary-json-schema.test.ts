import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FRAMEWORKS } from '../../lib/frameworks';
import { buildSummary, readSummaryJson, summaryJsonSchema, TEMPLATE_SECTION_KEYS, toJson } from '../../lib/summary';
import { CONSULTANT, cycleOf, periodOf } from './fixtures/user-years';

const SCHEMA_FILE = fileURLToPath(new URL('../../lib/summary/lantern-summary.schema.json', import.meta.url));

const summary = buildSummary(CONSULTANT.entries, CONSULTANT.goals, FRAMEWORKS, periodOf(CONSULTANT), {
  roles: CONSULTANT.roles,
  today: CONSULTANT.appraisalDate,
  revalidationCycle: cycleOf(CONSULTANT),
});

describe('Summary: Export as JSON, a career record that moves between toolkits', () => {
  // To regenerate after changing the model: UPDATE_SCHEMA=1 npx vitest run tests/unit/summary-json-schema.test.ts,
  // then `npx biome format --write lib/summary/lantern-summary.schema.json`.
  it('has its JSON Schema committed, exactly as generated from the zod schema', () => {
    const generated = summaryJsonSchema();
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, `${JSON.stringify(generated, null, 2)}\n`);
    expect(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'))).toEqual(generated);
  });

  it('keys an appraisal summary’s sections to the Medical Appraisal Template 2022, in its order', () => {
    const file = JSON.parse(toJson(summary));
    expect(file).toMatchObject({
      format: 'lantern-summary',
      version: 2,
      template: { name: 'Medical Appraisal Template 2022', publisher: 'Academy of Medical Royal Colleges' },
    });
    expect(Object.keys(file.sections)).toEqual(Object.keys(TEMPLATE_SECTION_KEYS));
    expect(file.sections.continuingProfessionalDevelopment.items[0]).toEqual({
      type: 'line',
      text: 'CPD: 32 of 50 hours recorded',
    });
    const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
    const appraisal = schema.oneOf?.find(
      (shape: { properties?: { kind?: { const?: string } } }) => shape.properties?.kind?.const === 'appraisal',
    );
    expect(appraisal?.properties.sections.required).toEqual(Object.keys(TEMPLATE_SECTION_KEYS));
    for (const key of appraisal.required) expect(file).toHaveProperty(key);
    for (const key of Object.keys(file)) expect(Object.keys(appraisal.properties)).toContain(key);
  });

  it('reads a version 2 file back to the same summary', () => {
    expect(readSummaryJson(toJson(summary))).toEqual(summary);
  });

  it('still reads a version 1 file, its sections in a list', () => {
    const version1 = JSON.stringify({ format: 'lantern-summary', version: 1, ...summary });
    expect(readSummaryJson(version1)).toEqual(summary);
  });

  it('refuses a version 2 file missing one of the template’s sections, saying which', () => {
    const file = JSON.parse(toJson(summary));
    delete file.sections.significantEvents;
    expect(() => readSummaryJson(JSON.stringify(file))).toThrow(/significantEvents/);
  });
});
