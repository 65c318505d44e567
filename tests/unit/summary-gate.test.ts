import { describe, expect, it } from 'vitest';
import type { Period } from '../../lib/dates';
import { Entry } from '../../lib/entries/schema';
import { FRAMEWORKS } from '../../lib/frameworks';
import { Goal } from '../../lib/goals/schema';
import { detectInFileName } from '../../lib/privacy';
import { buildSummary, type SummaryOptions } from '../../lib/summary';
import { findPatientDetailsInSummary, type GateFinding } from '../../lib/summary/gate';

const PERIOD: Period = { label: '2025 to 2026', start: '2025-04-01', end: '2026-03-31' };
const anEntry = (overrides: Partial<Entry> = {}) =>
  Entry.parse({
    id: 'e1',
    title: 'Ward round',
    body: 'A calm ward round.',
    occurredOn: '2025-06-01',
    createdAt: 1,
    updatedAt: 1,
    ...overrides,
  });
const aGoal = (overrides: Partial<Goal> = {}) =>
  Goal.parse({ id: 'g1', title: 'Chair the governance meeting', createdAt: 1, updatedAt: 1, ...overrides });

function gate(entries: Entry[], goals: Goal[], options: SummaryOptions = {}): GateFinding[] {
  const summary = buildSummary(entries, goals, FRAMEWORKS, PERIOD, options);
  return findPatientDetailsInSummary(summary, entries, PERIOD, options);
}
const describeAll = (found: GateFinding[]) =>
  found.map((item) =>
    item.where === 'goal'
      ? `goal ${item.goal.id} ${item.field}: ${item.finding.text}`
      : item.where === 'reflection'
        ? `reflection ${item.sectionId}: ${item.finding.text}`
        : `${item.where} ${item.entry.id}: ${item.finding.text}`,
  );

describe('the export gate scans what the summary will contain', () => {
  it('holds back a patient detail in the doctor’s reflections, the wellbeing one only once it is included', () => {
    const reflections = { 'quality-improvement': 'I rang Mrs Jones on 07700 900123 to apologise.' };
    const wellbeing = { text: 'After Mr Patel’s death (NHS 943 476 5919) I struggled.', includeInExports: false };
    const found = describeAll(gate([], [], { reflections, wellbeing }));
    expect(found).toContain('reflection quality-improvement: 07700 900123');
    expect(found.some((line) => line.startsWith('reflection health-wellbeing'))).toBe(false);

    const included = describeAll(gate([], [], { reflections, wellbeing: { ...wellbeing, includeInExports: true } }));
    expect(included).toContain('reflection health-wellbeing: 943 476 5919');
  });

  const files = { e1: [{ name: 'John Smith letter.pdf', size: 10 }] };

  it('holds back an attachment name the summary lists by name', () => {
    expect(describeAll(gate([anEntry()], [], { attachments: files, includeAttachments: { e1: true } }))).toEqual([
      'attachment e1: John Smith',
    ]);
  });

  it('ignores the attachment names the summary does not list', () => {
    expect(gate([anEntry()], [], { attachments: files })).toEqual([]);
    expect(
      gate([anEntry()], [], { attachments: files, includeAttachments: { e1: true }, inclusion: { e1: 'none' } }),
    ).toEqual([]);
  });

  it('lets an attachment name marked "not a patient detail" through', () => {
    const entry = anEntry({ privacyExceptions: ['name:john smith'] });
    expect(gate([entry], [], { attachments: files, includeAttachments: { e1: true } })).toEqual([]);
  });

  it('holds back a goal title and review notes shown in the development plan, whatever each entry says', () => {
    const goals = [
      aGoal({ id: 'g1', title: 'Follow up Mr Jones complaint' }),
      aGoal({ id: 'g2', title: 'Teach juniors', reviewNotes: 'Talked it over with the patient, DOB 01/02/1950.' }),
    ];
    expect(describeAll(gate([anEntry()], goals, { defaultInclusion: 'none' }))).toEqual([
      'goal g1 title: Jones',
      'goal g2 reviewNotes: 01/02/1950',
    ]);
  });

  it('says nothing when the summary holds no patient details', () => {
    expect(
      gate([anEntry()], [aGoal()], {
        attachments: { e1: [{ name: 'BLS certificate.pdf', size: 1 }] },
        includeAttachments: { e1: true },
      }),
    ).toEqual([]);
  });
});

describe('patient details in a file name', () => {
  it.each([
    ['John Smith letter.pdf', 'John Smith'],
    ['John_Smith_discharge_summary.pdf', 'John Smith'],
    ['Referral for Jean Thomas.docx', 'Jean Thomas'],
    ['Letter re Mrs Khan.pdf', 'Khan'],
    ['NHS 943 476 5919.pdf', '943 476 5919'],
  ])('finds the detail in “%s”', (name, text) => {
    expect(detectInFileName(name).map((finding) => finding.text)).toEqual([text]);
  });

  it.each([
    'BLS certificate.pdf',
    'Jane Doe certificate.pdf',
    'Leadership course notes.pdf',
    'Patient Safety Team letter.pdf',
  ])('finds nothing in “%s”', (name) => {
    expect(detectInFileName(name)).toEqual([]);
  });

  it('gives offsets into the file name as given', () => {
    const [finding] = detectInFileName('scan_John_Smith_letter.pdf');
    expect(finding && 'scan_John_Smith_letter.pdf'.slice(finding.start, finding.end)).toBe('John_Smith');
  });
});
