import { describe, expect, it } from 'vitest';
import { FRAMEWORKS } from '../../lib/frameworks';
import { buildSummary, type PersonalDetails, toJson, toPlainText } from '../../lib/summary';
import { GOALS, JOURNAL, PERIOD, ROLES } from './fixtures/journal-year';

const summarise = (person?: PersonalDetails) =>
  buildSummary(JOURNAL, GOALS, FRAMEWORKS, PERIOD, { roles: ROLES, today: '2026-11-22', person });

const linesOf = (summary: ReturnType<typeof summarise>) => {
  const section = summary.sections[0];
  return section?.items.flatMap((item) => (item.type === 'line' ? [item.text] : [])) ?? [];
};

describe('Personal details: where the appraisal summary begins', () => {
  it('opens the summary with every detail the doctor filled in Settings, the date as 22 Nov 2026', () => {
    const summary = summarise({
      fullName: 'Dr Ada Quokka',
      gmcNumber: '7654321',
      designatedBody: 'Quokkaville Hospitals NHS Trust',
      responsibleOfficer: 'Dr Brian Wombat',
      revalidationDate: '2028-03-14',
    });
    expect(summary.sections[0]?.title).toBe('Personal details');
    expect(linesOf(summary)).toEqual([
      'Name: Dr Ada Quokka',
      'GMC number: 7654321',
      'Designated body: Quokkaville Hospitals NHS Trust',
      'Responsible officer: Dr Brian Wombat',
      'Revalidation due: 14 Mar 2028',
    ]);
    expect(toPlainText(summary)).toContain('GMC number: 7654321');
    expect(JSON.parse(toJson(summary)).sections.personalDetails.items[0]).toEqual({
      type: 'line',
      text: 'Name: Dr Ada Quokka',
    });
  });

  it('with some details missing, names them and says where to add them, without calling it a gap', () => {
    const summary = summarise({ fullName: 'Dr Ada Quokka' });
    expect(linesOf(summary)).toEqual([
      'Name: Dr Ada Quokka',
      'Not yet given: GMC number, designated body, responsible officer, revalidation date. Add them in Settings (Preferences: Open Settings) if you want them here.',
    ]);
    expect(summary.gaps.map((gap) => gap.message).join(' ')).not.toMatch(/GMC|designated body/i);
  });

  it('with nothing filled, still has the section, with one line on where to add the details', () => {
    expect(linesOf(summarise())).toEqual([
      'Not yet given: your name, GMC number, designated body, responsible officer, revalidation date. Add them in Settings (Preferences: Open Settings) if you want them here.',
    ]);
  });
});

describe('Probity and health statements: the doctor’s own dated declarations', () => {
  const linesIn = (summary: ReturnType<typeof summarise>) =>
    summary.sections
      .find((section) => section.id === 'probity-health')
      ?.items.flatMap((item) => (item.type === 'line' ? [item.text] : [])) ?? [];

  it('shows each declaration made, pointing to Good Medical Practice, with its date', () => {
    const summary = buildSummary(JOURNAL, GOALS, FRAMEWORKS, PERIOD, {
      person: { probityDeclaredOn: '2026-11-22', healthDeclaredOn: '2026-11-20' },
    });
    const [probity, health] = linesIn(summary);
    expect(probity).toMatch(/^Probity: “I accept .*Good Medical Practice.*” Declared on 22 Nov 2026\.$/);
    expect(health).toMatch(/^Health: “I accept .*Good Medical Practice.*” Declared on 20 Nov 2026\.$/);
    expect(JSON.parse(toJson(summary)).sections.probityAndHealth.items).toHaveLength(2);
  });

  it('says which declaration is not yet made and where to make it', () => {
    const summary = buildSummary(JOURNAL, GOALS, FRAMEWORKS, PERIOD, { person: { probityDeclaredOn: '2026-11-22' } });
    expect(linesIn(summary)[1]).toBe(
      'Health: not yet declared. Make it on the appraisal summary or in Settings (Preferences: Open Settings).',
    );
    expect(linesIn(summarise())).toHaveLength(2);
  });

  it('asks for a declaration made before this appraisal year to be made again', () => {
    // The year runs from 23 Nov 2025; a declaration from the day before does not cover it.
    const summary = buildSummary(JOURNAL, GOALS, FRAMEWORKS, PERIOD, {
      person: { probityDeclaredOn: '2025-11-22', healthDeclaredOn: '2025-11-23' },
    });
    const [probity, health] = linesIn(summary);
    expect(probity).toBe(
      'Probity: last declared on 22 Nov 2025, before this appraisal year. Declare it again for this appraisal.',
    );
    expect(health).toMatch(/^Health: “I accept .*” Declared on 23 Nov 2025\.$/);
  });
});
