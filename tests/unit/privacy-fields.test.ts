import { describe, expect, it } from 'vitest';
import { customPeriod } from '../../lib/dates';
import { FRAMEWORKS } from '../../lib/frameworks';
import {
  detectInEntry,
  ENTRY_FIELDS,
  type EntryField,
  type EntryText,
  FIELDS_SHOWN,
  type FieldFinding,
  fieldLabel,
  findingKey,
  redactInField,
} from '../../lib/privacy';
import { buildSummary, toJson, toMarkdown, toPlainText } from '../../lib/summary';
import { aStoredEntry } from './fixtures/entries';

/** The entry from the report: a patient detail in every field but the title and text. */
const REPORTED: EntryText = {
  title: 'Handover',
  body: 'A calm handover.',
  learningPoints: ['Always check NHS number 943 476 5919 for Mrs Khan'],
  actions: ['Call Mr Patel on 07700 900123'],
  tags: ['943 476 5919'],
  role: 'Seeing a patient, DOB 01/01/1960',
};

const where = (items: readonly FieldFinding[]) =>
  items.map(({ field, index, finding }) => `${field}[${index}] ${finding.kind} “${finding.text}”`);

describe('detectInEntry', () => {
  it('finds patient details in every typed field, saying which field and which item', () => {
    expect(where(detectInEntry(REPORTED).filter(({ finding }) => finding.severity === 'warning'))).toEqual([
      'role[0] date-of-birth “01/01/1960”',
      'tags[0] nhs-number “943 476 5919”',
      'learningPoints[0] nhs-number “943 476 5919”',
      'learningPoints[0] name “Khan”',
      'actions[0] name “Patel”',
      'actions[0] phone “07700 900123”',
    ]);
  });

  it('counts offsets from the start of the item, so each finding points at its own text', () => {
    const entry = { ...REPORTED, learningPoints: ['Fine', 'Ring Mrs Khan'] };
    for (const { field, index, finding } of detectInEntry(entry)) {
      const items: readonly string[] =
        field === 'learningPoints' || field === 'actions' || field === 'tags' ? entry[field] : [entry[field] ?? ''];
      expect(items[index]?.slice(finding.start, finding.end)).toBe(finding.text);
    }
  });

  it('scans only the fields asked for, in the editor’s order', () => {
    const fields = detectInEntry(REPORTED, { fields: ['actions', 'role'] }).map(({ field }) => field);
    expect([...new Set(fields)]).toEqual(['role', 'actions']);
  });

  it('leaves out what the user marked "not a patient detail", in whichever field', () => {
    const ignored = detectInEntry(REPORTED).map(({ finding }) => findingKey(finding));
    expect(detectInEntry(REPORTED, { ignored })).toEqual([]);
  });

  it('finds nothing in an entry with no role and empty lists', () => {
    expect(detectInEntry({ title: '', body: '', tags: [], learningPoints: [], actions: [] })).toEqual([]);
  });
});

describe('FIELDS_SHOWN, what the export gate scans', () => {
  const MARKERS: Record<EntryField, string> = {
    title: 'Quokka title',
    body: 'Narwhal body',
    role: 'Axolotl role',
    tags: 'pangolin-tag',
    learningPoints: 'Wombat point',
    actions: 'Capybara action',
  };
  const entry = aStoredEntry({
    id: 'marked',
    title: MARKERS.title,
    body: MARKERS.body,
    role: MARKERS.role,
    tags: [MARKERS.tags],
    learningPoints: [MARKERS.learningPoints],
    actions: [MARKERS.actions],
    occurredOn: '2026-06-01',
  });
  const period = customPeriod('2026-01-01', '2026-12-31');

  for (const inclusion of ['title', 'full'] as const) {
    it(`is exactly the typed fields a summary shows with “${inclusion}”`, () => {
      const summary = buildSummary([entry], [], FRAMEWORKS, period, { inclusion: { marked: inclusion } });
      const output = [toJson(summary), toMarkdown(summary), toPlainText(summary)].join('\n');
      const shown = ENTRY_FIELDS.filter((field) => output.includes(MARKERS[field]));
      expect(shown).toEqual(ENTRY_FIELDS.filter((field) => FIELDS_SHOWN[inclusion].includes(field)));
    });
  }
});

describe('fieldLabel', () => {
  it('names the field in words that follow “in”', () => {
    expect(fieldLabel({ field: 'title', index: 0 })).toBe('the title');
    expect(fieldLabel({ field: 'body', index: 0 })).toBe('the reflection');
    expect(fieldLabel({ field: 'role', index: 0 })).toBe('the role');
    expect(fieldLabel({ field: 'tags', index: 2 })).toBe('the tags');
    expect(fieldLabel({ field: 'learningPoints', index: 1 })).toBe('learning point 2');
    expect(fieldLabel({ field: 'actions', index: 0 })).toBe('action 1');
  });
});

describe('redactInField', () => {
  const first = (entry: EntryText, field: EntryField) => {
    const item = detectInEntry(entry).find((each) => each.field === field);
    if (!item) throw new Error(`no finding in ${field}`);
    return item;
  };

  it('replaces the finding in its own item of a list, leaving the others alone', () => {
    const entry = { ...REPORTED, actions: ['Book teaching', 'Call Mr Patel on 07700 900123'] };
    expect(redactInField(entry, first(entry, 'actions'))).toEqual({
      actions: ['Book teaching', 'Call Mr [name] on 07700 900123'],
    });
    expect(redactInField(REPORTED, first(REPORTED, 'learningPoints'))).toEqual({
      learningPoints: ['Always check NHS number [NHS number] for Mrs Khan'],
    });
  });

  it('redacts the title, the text and the role', () => {
    const entry = { ...REPORTED, title: 'Mrs Khan on the ward', body: 'Seen with Mr Patel.' };
    expect(redactInField(entry, first(entry, 'title'))).toEqual({ title: 'Mrs [name] on the ward' });
    expect(redactInField(entry, first(entry, 'body'))).toEqual({ body: 'Seen with Mr [name].' });
    expect(redactInField(entry, first(entry, 'role'))).toEqual({ role: 'Seeing a patient, DOB [date of birth]' });
  });

  it('drops a tag that was nothing but the detail, and redacts within a longer one', () => {
    expect(redactInField(REPORTED, first(REPORTED, 'tags'))).toEqual({ tags: [] });
    const entry = { ...REPORTED, tags: ['audit', 'follow up Mrs Khan'] };
    expect(redactInField(entry, first(entry, 'tags'))).toEqual({ tags: ['audit', 'follow up Mrs [name]'] });
  });

  it('changes nothing when the field has moved on since the scan', () => {
    const item = first(REPORTED, 'actions');
    expect(redactInField({ ...REPORTED, actions: ['Call the GP'] }, item)).toBeNull();
    expect(redactInField({ ...REPORTED, actions: [] }, item)).toBeNull();
  });

  it('keeps a redacted role within what an entry may store', () => {
    const entry = { ...REPORTED, role: `${'x'.repeat(105)} DOB 01/01/1960` };
    expect(redactInField(entry, first(entry, 'role'))?.role).toHaveLength(120);
  });
});
