import { describe, expect, it } from 'vitest';
import { Entry } from '../../lib/entries/schema';
import { FRAMEWORKS } from '../../lib/frameworks';
import { Goal } from '../../lib/goals/schema';
import {
  APPRAISAL_SECTION_IDS,
  type AppraisalSummary,
  buildSummary,
  OPTIONAL_SECTION_IDS,
  type SummaryItem,
  type SummaryOptions,
  type SummarySection,
} from '../../lib/summary';
import { ANAESTHETIST, CLINICAL_LEAD, GOALS, JOURNAL, PERIOD, ROLES, SUPERVISOR } from './fixtures/journal-year';

function summarise(options: SummaryOptions = {}): AppraisalSummary {
  return buildSummary(JOURNAL, GOALS, FRAMEWORKS, PERIOD, { roles: ROLES, today: '2026-11-22', ...options });
}

function sectionOf(summary: AppraisalSummary, id: string): SummarySection {
  const found = summary.sections.find((section) => section.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
}

const lines = (section: SummarySection) => section.items.flatMap((item) => (item.type === 'line' ? [item.text] : []));
/** Ids of entries shown in a list of items, in order, whether in full or as a reference. */
const entryIds = (items: readonly SummaryItem[]): string[] =>
  items.flatMap((item) => (item.type === 'entry' || item.type === 'ref' ? [item.entry.id] : []));
const groups = (section: SummarySection) => section.items.flatMap((item) => (item.type === 'group' ? [item] : []));

describe('buildSummary: the appraisal summary of a year', () => {
  const summary = summarise();

  it('puts the sections in the order of the Medical Appraisal Template 2022, then its own', () => {
    // Health and wellbeing is there only when the doctor includes it (see summary-wellbeing.test.ts).
    expect(summary.sections.map((section) => section.id)).toEqual(
      APPRAISAL_SECTION_IDS.filter((id) => !OPTIONAL_SECTION_IDS.includes(id)),
    );
    expect(summary.sections.map((section) => section.title)).toEqual([
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
      'Probity and health statements',
      'Development plan: goals proposed',
      'Reflections linked to MLCF domains',
      'Competency coverage (MLCF)',
      'Gaps to think about',
    ]);
  });

  it('counts only live entries in the period', () => {
    expect(summary.totals).toEqual({ entries: 35, shown: 35, leftOut: 0, cpdHours: 32, cpdTarget: 50 });
    expect(JSON.stringify(summary)).not.toContain('Duplicate course entry');
    expect(JSON.stringify(summary)).not.toContain('refresher course');
  });

  it('gives the scope of work role by role, with entries that name no role', () => {
    expect(lines(sectionOf(summary, 'scope'))).toEqual([
      '35 entries this year.',
      `${ANAESTHETIST}: 4 entries`,
      `${CLINICAL_LEAD}: 6 entries`,
      `${SUPERVISOR}: 5 entries`,
      'Locum work: 1 entry',
      'No role given: 19 entries',
      'By kind: Reflection 10; CPD activity 5; Quality improvement activity 2; Significant event 1; Feedback 4; Compliment 1; Complaint 1; Leadership or management activity 4; Teaching 2; Meeting or one-to-one 3; Supervisor meeting 2.',
    ]);
  });

  it('counts the role of an entry left out of the summary without naming it', () => {
    const scope = sectionOf(summarise({ inclusion: { 'ref-no-links': 'none' } }), 'scope');
    expect(lines(scope).join('\n')).not.toContain('Locum work');
    expect(lines(scope)).toContain(
      'Other roles: 1 entry left out of this summary (add your roles in Settings to name them)',
    );
  });

  it('totals CPD hours from CPD and teaching entries against the target, with each entry’s hours', () => {
    const cpd = sectionOf(summary, 'cpd');
    expect(lines(cpd)).toEqual(['CPD: 32 of 50 hours recorded']);
    const hours = cpd.items.flatMap((item) => (item.type === 'entry' ? [[item.entry.id, item.entry.cpdHours]] : []));
    expect(hours).toEqual([
      ['cpd-airway', 12],
      ['teach-simulation', 3],
      ['cpd-leadership', 6],
      ['cpd-safeguarding', 2.5],
      ['cpd-journal-club', 1.5],
      ['teach-fy1', 2],
      ['cpd-qi-conference', 5],
    ]);
    expect(lines(sectionOf(summarise({ cpdTarget: 30 }), 'cpd'))).toEqual(['CPD: 32 hours recorded (target 30)']);
  });

  it.each([
    ['quality-improvement', ['qi-ponv', 'qi-start-times']],
    ['significant-events', ['sea-syringe']],
    ['feedback-colleagues', ['fb-msf', 'fb-theatre-manager', 'fb-student']],
    ['feedback-patients', ['fb-patient-note']],
    ['compliments-complaints', ['cc-complaint', 'cc-card']],
    ['achievements', ['lead-rota', 'qi-ponv', 'fb-msf', 'ref-aspiration']],
  ])('lists the %s entries, oldest first', (id, expected) => {
    expect(entryIds(sectionOf(summary, id).items)).toEqual(expected);
  });

  it('counts compliments and complaints apart, and every kind written in the scope of work', () => {
    expect(lines(sectionOf(summary, 'compliments-complaints'))[0]).toBe('1 complaint, 1 compliment.');
    const unsorted = JOURNAL.map((entry) =>
      entry.id === 'cc-card' ? Entry.parse({ ...entry, kind: 'compliment-complaint' }) : entry,
    );
    const older = buildSummary(unsorted, GOALS, FRAMEWORKS, PERIOD, { today: '2026-11-22' });
    expect(lines(sectionOf(older, 'compliments-complaints'))[0]).toBe(
      '1 complaint, 0 compliments, 1 not yet sorted into compliment or complaint.',
    );
    const byKind = lines(sectionOf(summary, 'scope')).find((line) => line.startsWith('By kind: '));
    const counted = [...(byKind ?? '').matchAll(/ (\d+)(;|\.$)/g)].reduce((sum, match) => sum + Number(match[1]), 0);
    expect(counted).toBe(summary.totals.entries);
    expect(byKind).toContain('Compliment 1; Complaint 1');
  });

  it('keeps colleague and patient feedback apart and marks formal exercises', () => {
    expect(lines(sectionOf(summary, 'feedback-colleagues'))).toEqual(['1 formal feedback exercise; 2 other comments.']);
    expect(lines(sectionOf(summary, 'feedback-patients'))).toEqual(['No formal feedback exercise; 1 other comment.']);
    const msf = sectionOf(summary, 'feedback-colleagues').items[1];
    expect(msf).toMatchObject({ type: 'entry', entry: { id: 'fb-msf', feedbackExercise: true } });
  });

  it('shows an entry in full once and refers back to it after that', () => {
    const achievements = sectionOf(summary, 'achievements').items;
    expect(achievements[1]).toMatchObject({ type: 'ref', entry: { id: 'qi-ponv' }, seeSection: 'quality-improvement' });
    expect(achievements[0]).toMatchObject({ type: 'entry', entry: { id: 'lead-rota' } });
  });

  it('groups reflections under each MLCF domain, with the entries no other section holds at the end', () => {
    const domains = groups(sectionOf(summary, 'leadership-domains'));
    expect(domains.map((group) => [group.title, group.count])).toEqual([
      ['Demonstrating personal qualities', 8],
      ['Working with others', 10],
      ['Managing services', 6],
      ['Improving services', 8],
      ['Setting direction', 0],
      ['Not linked to any MLCF domain', 5],
    ]);
    expect(entryIds(domains[5]?.items ?? [])).toEqual([
      'meet-cd',
      'super-trainee',
      'super-trainee-end',
      'ref-no-links',
      'meet-network',
    ]);
  });

  it('follows the active framework for domains and coverage', () => {
    const hlm = summarise({ activeFramework: 'hlm' });
    expect(sectionOf(hlm, 'leadership-domains').title).toBe('Reflections linked to HLM domains');
    expect(hlm.coverage.frameworkId).toBe('hlm');
  });

  it('builds the coverage table domain by element, counting every entry', () => {
    const [personal] = summary.coverage.domains;
    expect(personal?.elements.map((element) => [element.id, element.count])).toEqual([
      ['mlcf.1.1', 3],
      ['mlcf.1.2', 2],
      ['mlcf.1.3', 2],
      ['mlcf.1.4', 1],
    ]);
    const table = sectionOf(summary, 'coverage').items[0];
    expect(table?.type === 'table' && table.table.rows.slice(0, 2)).toEqual([
      { cells: ['Demonstrating personal qualities', '8'], heading: true },
      { cells: ['Developing self awareness', '3'] },
    ]);
  });

  it('reviews goals due or closed in the period and proposes open goals beyond it', () => {
    const goalsIn = (id: string) =>
      sectionOf(summary, id).items.flatMap((item) => (item.type === 'goal' ? [item.goal] : []));
    expect(goalsIn('plan-reviewed').map((goal) => [goal.id, goal.overdue])).toEqual([
      ['goal-reaudit', false],
      ['goal-course', false],
      ['goal-sim-faculty', true],
      ['goal-start-times', false],
    ]);
    expect(goalsIn('plan-reviewed')[0]).toMatchObject({ reviewNotes: 'Done and presented.', linkedCount: 1 });
    expect(goalsIn('plan-reviewed')[3]?.linked.map((ref) => ref.id)).toEqual(['qi-start-times', 'lead-business-case']);
    expect(goalsIn('plan-proposed').map((goal) => goal.id)).toEqual(['goal-patient-survey', 'goal-cd']);
  });

  it('leaves out goals closed in earlier years', () => {
    const old = Goal.parse({
      id: 'goal-2023',
      title: 'Finish the regional block course',
      status: 'met',
      targetDate: '2023-06-30',
      createdAt: Date.UTC(2023, 0, 1),
      updatedAt: Date.UTC(2023, 6, 1),
    });
    const withOld = buildSummary(JOURNAL, [...GOALS, old], FRAMEWORKS, PERIOD);
    expect(JSON.stringify(withOld)).not.toContain('goal-2023');
  });
});
