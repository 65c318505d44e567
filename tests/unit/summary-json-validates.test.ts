import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { FRAMEWORKS } from '../../lib/frameworks';
import { buildRevalidationView, buildSummary, buildTrainingReview, toJson } from '../../lib/summary';
import { cycleOf, periodOf, USER_YEARS } from './fixtures/user-years';

// A toolkit or a script reading a doctor's summary file has only the committed schema to go by, so every
// file Lantern writes must validate against that schema with a standard validator, not only with our zod.
const SCHEMA_FILE = fileURLToPath(new URL('../../lib/summary/lantern-summary.schema.json', import.meta.url));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')));

const errorsOf = (json: string) => (validate(JSON.parse(json)) ? [] : validate.errors);

describe.each(USER_YEARS)('Summary: Export as JSON validates against the schema file: the $name', (year) => {
  const today = year.appraisalDate;
  const options = { roles: year.roles, cpdTarget: year.cpdTarget, today, revalidationCycle: cycleOf(year) };

  it('for the appraisal summary, with and without the health and wellbeing reflection', () => {
    const summary = buildSummary(year.entries, year.goals, FRAMEWORKS, periodOf(year), options);
    const wellbeing = { text: 'Sleep has been short since the rota changed.', includeInExports: true };
    const withWellbeing = buildSummary(year.entries, year.goals, FRAMEWORKS, periodOf(year), { ...options, wellbeing });
    expect(errorsOf(toJson(summary))).toEqual([]);
    expect(errorsOf(toJson(withWellbeing))).toEqual([]);
  });

  it('for the Revalidation view and the training review', () => {
    const revalidation = buildRevalidationView(year.entries, cycleOf(year), today, false, year.cpdTarget);
    const training = buildTrainingReview(year.entries, periodOf(year), { defaultInclusion: 'full' });
    expect(errorsOf(toJson(revalidation))).toEqual([]);
    expect(errorsOf(toJson(training))).toEqual([]);
  });

  it('and a file missing a required section or carrying a wrong type does not validate', () => {
    const file = JSON.parse(toJson(buildSummary(year.entries, year.goals, FRAMEWORKS, periodOf(year), options)));
    const withoutCpd = structuredClone(file);
    delete withoutCpd.sections.continuingProfessionalDevelopment;
    expect(errorsOf(JSON.stringify(withoutCpd))?.length).toBeGreaterThan(0);
    expect(errorsOf(JSON.stringify({ ...file, version: '2' }))?.length).toBeGreaterThan(0);
  });
});
