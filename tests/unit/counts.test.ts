import { describe, expect, it } from 'vitest';
import { countByElement, entriesForElement } from '../../lib/competencies/counts';
import { customPeriod } from '../../lib/dates';
import { Entry, type EntryInput } from '../../lib/entries/schema';

const NOW = Date.UTC(2026, 10, 22, 12, 0);
let serial = 0;

/** A stored entry with sensible defaults; each call gets its own id. */
function anEntry(overrides: Partial<EntryInput> = {}): Entry {
  serial += 1;
  return Entry.parse({
    id: `entry-${serial}`,
    title: `Entry ${serial}`,
    body: 'Led the handover.',
    occurredOn: '2026-06-15',
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  });
}

const period = customPeriod('2026-01-01', '2026-12-31');

describe('countByElement', () => {
  it('counts each live entry in the period once for each element it links', () => {
    const entries = [
      anEntry({ competencies: ['mlcf.2.4', 'mlcf.4.1'] }),
      anEntry({ competencies: ['mlcf.2.4'] }),
      anEntry({ competencies: [] }),
    ];
    expect(Object.fromEntries(countByElement(entries, period))).toEqual({ 'mlcf.2.4': 2, 'mlcf.4.1': 1 });
  });

  it('does not count entries in Trash', () => {
    const entries = [anEntry({ competencies: ['mlcf.2.4'] }), anEntry({ competencies: ['mlcf.2.4'], deletedAt: NOW })];
    expect(countByElement(entries, period).get('mlcf.2.4')).toBe(1);
  });

  it.each([
    ['the day before the period', '2025-12-31', undefined],
    ['its first day', '2026-01-01', 1],
    ['its last day', '2026-12-31', 1],
    ['the day after', '2027-01-01', undefined],
  ])('on %s (%s) counts %s', (_, occurredOn, expected) => {
    const entries = [anEntry({ occurredOn, competencies: ['mlcf.1.1'] })];
    expect(countByElement(entries, period).get('mlcf.1.1')).toBe(expected);
  });

  it('counts an entry that links the same element twice only once', () => {
    const entries = [anEntry({ competencies: ['mlcf.3.2', 'mlcf.3.2'] })];
    expect(countByElement(entries, period).get('mlcf.3.2')).toBe(1);
  });

  it('counts an entry tagged with an older edition’s id under the current element', () => {
    const entries = [anEntry({ competencies: ['gmp2013.1'] }), anEntry({ competencies: ['gmp.1.1'] })];
    expect(Object.fromEntries(countByElement(entries, period))).toEqual({ 'gmp.1.1': 2 });
  });

  it('counts an entry once when it links both an element and the older id for it', () => {
    const entries = [anEntry({ competencies: ['gmp.1.1', 'gmp2013.1'] })];
    expect(countByElement(entries, period).get('gmp.1.1')).toBe(1);
  });

  it('keeps counting an id no framework knows, so nothing a doctor linked disappears', () => {
    const entries = [anEntry({ competencies: ['retired.1.1'] })];
    expect(countByElement(entries, period).get('retired.1.1')).toBe(1);
  });

  it('gives an empty map for an empty journal', () => {
    expect(countByElement([], period).size).toBe(0);
  });
});

describe('entriesForElement', () => {
  it('lists the live entries in the period that link the element, newest first', () => {
    const older = anEntry({ occurredOn: '2026-03-01', competencies: ['mlcf.4.3'] });
    const newer = anEntry({ occurredOn: '2026-09-01', competencies: ['mlcf.4.3'] });
    const sameDayLater = anEntry({ occurredOn: '2026-09-01', createdAt: NOW + 1, competencies: ['mlcf.4.3'] });
    const entries = [
      older,
      anEntry({ occurredOn: '2026-05-01', competencies: ['mlcf.4.3'], deletedAt: NOW }),
      anEntry({ occurredOn: '2025-05-01', competencies: ['mlcf.4.3'] }),
      anEntry({ occurredOn: '2026-05-01', competencies: ['mlcf.4.2'] }),
      newer,
      sameDayLater,
    ];
    expect(entriesForElement(entries, 'mlcf.4.3', period)).toEqual([sameDayLater, newer, older]);
  });

  it('finds entries tagged with an older edition’s id', () => {
    const legacy = anEntry({ competencies: ['gmp2013.1'] });
    expect(entriesForElement([legacy], 'gmp.1.1', period)).toEqual([legacy]);
  });

  it('leaves the journal it was given in its own order', () => {
    const entries = [
      anEntry({ occurredOn: '2026-02-01', competencies: ['mlcf.1.1'] }),
      anEntry({ competencies: ['mlcf.1.1'] }),
    ];
    const before = [...entries];
    entriesForElement(entries, 'mlcf.1.1', period);
    expect(entries).toEqual(before);
  });
});
