import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FRAMEWORKS } from '../../lib/frameworks';
import {
  buildSummary,
  OPTIONAL_TEMPLATE_KEYS,
  readSummaryJson,
  summaryJsonSchema,
  TEMPLATE_SECTION_KEYS,
  toJson,
} from '../../lib/summary';
import { CONSULTANT, cycleOf, periodOf } from './fixtures/user-years';

const SCHEMA_FILE = fileURLToPath(new URL('../../lib/summary/lantern-summary.schema.json', import.meta.url));

const options = {
  roles: CONSULTANT.roles,
  today: CONSULTANT.appraisalDate,
  revalidationCycle: cycleOf(CONSULTANT),
};
const summary = buildSummary(CONSULTANT.entries, CONSULTANT.goals, FRAMEWORKS, periodOf(CONSULTANT), options);
const withWellbeing = buildSummary(CONSULTANT.entries, CONSULTANT.goals, FRAMEWORKS, periodOf(CONSULTANT), {
  ...options,
  wellbeing: { text: 'A hard winter; running again helps.', includeInExports: true },
});
const ALWAYS = Object.keys(TEMPLATE_SECTION_KEYS).filter(
  (key) => !OPTIONAL_TEMPLATE_KEYS.includes(key as keyof typeof TEMPLATE_SECTION_KEYS),
);

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
    expect(Object.keys(file.sections)).toEqual(ALWAYS);
    expect(Object.keys(JSON.parse(toJson(withWellbeing)).sections)).toEqual(Object.keys(TEMPLATE_SECTION_KEYS));
    expect(file.sections.continuingProfessionalDevelopment.items[0]).toEqual({
      type: 'line',
      text: 'CPD: 32 of 50 hours recorded',
    });
    const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
    const appraisal = schema.oneOf?.find(
      (shape: { properties?: { kind?: { const?: string } } }) => shape.properties?.kind?.const === 'appraisal',
    );
    expect(appraisal?.properties.sections.required).toEqual(ALWAYS);
    expect(Object.keys(appraisal?.properties.sections.properties)).toEqual(Object.keys(TEMPLATE_SECTION_KEYS));
    for (const key of appraisal.required) expect(file).toHaveProperty(key);
    for (const key of Object.keys(file)) expect(Object.keys(appraisal.properties)).toContain(key);
  });

  it('reads a version 2 file back to the same summary, with or without the health and wellbeing reflection', () => {
    expect(readSummaryJson(toJson(summary))).toEqual(summary);
    expect(readSummaryJson(toJson(withWellbeing))).toEqual(withWellbeing);
  });

  it('still reads a version 2 file written before health and wellbeing had a place, its probity section earlier', () => {
    const file = JSON.parse(toJson(summary));
    const { probityAndHealth, ...rest } = file.sections;
    const { complaintsAndCompliments, ...after } = rest;
    const before = Object.keys(rest).slice(0, Object.keys(rest).indexOf('complaintsAndCompliments'));
    const older = Object.fromEntries(before.map((key) => [key, rest[key]]));
    file.sections = { ...older, complaintsAndCompliments, probityAndHealth, ...after };
    expect(readSummaryJson(JSON.stringify(file))).toEqual(summary);
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
