import { describe, expect, it } from 'vitest';
import { ENTRY_KIND_IDS, ENTRY_KINDS, SUPPORTING_INFORMATION, supportingInformationOf } from '../../lib/entries/kinds';
import {
  displayTitle,
  Entry,
  type EntryInput,
  EntryPatch,
  MAX_BODY_LENGTH,
  MAX_TITLE_LENGTH,
  Revision,
} from '../../lib/entries/schema';
import { findElement } from '../../lib/frameworks';

function anEntry(overrides: Partial<EntryInput> = {}): EntryInput {
  return {
    id: 'entry-1',
    title: 'Difficult conversation',
    body: 'What went well, what I would change.',
    occurredOn: '2026-11-22',
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    ...overrides,
  };
}

describe('Entry', () => {
  it('fills in defaults for everything beyond the id, text and dates', () => {
    expect(Entry.parse(anEntry())).toEqual({
      ...anEntry(),
      kind: 'reflection',
      template: 'free',
      competencies: [],
      tags: [],
      learningPoints: [],
      actions: [],
      starred: false,
    });
  });

  it('keeps the optional details a user has given', () => {
    const full = anEntry({
      kind: 'cpd',
      cpdHours: 2.5,
      tags: ['teaching'],
      competencies: ['leading-teams'],
      role: 'Registrar',
      starred: true,
      source: { url: 'https://example.com', quote: 'A quote' },
      deletedAt: 1_700_000_100_000,
    });
    expect(Entry.parse(full)).toMatchObject(full);
  });

  it.each<[string, Partial<EntryInput>]>([
    ['an empty id', { id: '' }],
    ['a title over the maximum length', { title: 'x'.repeat(MAX_TITLE_LENGTH + 1) }],
    ['a body over the maximum length', { body: 'x'.repeat(MAX_BODY_LENGTH + 1) }],
    ['30 February', { occurredOn: '2026-02-30' }],
    ['a date with a time', { occurredOn: '2026-11-22T09:00:00Z' }],
    ['an unknown kind', { kind: 'diary' as EntryInput['kind'] }],
    ['a fractional timestamp', { createdAt: 1.5 }],
    ['a negative timestamp', { updatedAt: -1 }],
    ['negative CPD hours', { cpdHours: -0.5 }],
    ['implausible CPD hours', { cpdHours: 1001 }],
  ])('rejects %s', (_, overrides) => {
    expect(Entry.safeParse(anEntry(overrides)).success).toBe(false);
  });

  it('explains a bad date in words', () => {
    const result = Entry.safeParse(anEntry({ occurredOn: '2026-02-30' }));
    expect(result.error?.issues[0]?.message).toBe('Expected a calendar date as YYYY-MM-DD');
  });

  it('accepts a title of exactly the maximum length and an empty title', () => {
    expect(Entry.safeParse(anEntry({ title: 'x'.repeat(MAX_TITLE_LENGTH) })).success).toBe(true);
    expect(Entry.safeParse(anEntry({ title: '' })).success).toBe(true);
  });
});

describe('EntryPatch', () => {
  it('lets the editor change what the user writes, never ids, timestamps or Trash state', () => {
    expect(
      EntryPatch.parse({ title: 'New', body: 'Text', competencies: ['mlcf.1.1'], kind: 'cpd', deletedAt: 5, id: 'x' }),
    ).toEqual({ title: 'New', body: 'Text', competencies: ['mlcf.1.1'], kind: 'cpd' });
  });

  it('leaves out of a patch whatever the editor did not send, rather than resetting it', () => {
    expect(EntryPatch.parse({})).toEqual({});
  });

  it('applies the same length limit as a stored entry', () => {
    expect(EntryPatch.safeParse({ title: 'x'.repeat(MAX_TITLE_LENGTH + 1) }).success).toBe(false);
  });
});

describe('Revision', () => {
  it.each(['session', 'interval', 'conflict', 'restore'])('accepts the reason %s', (reason) => {
    expect(Revision.safeParse({ id: 'r1', entryId: 'e', savedAt: 1, title: '', body: '', reason }).success).toBe(true);
  });

  it('rejects an unknown reason or a missing entry id', () => {
    expect(Revision.safeParse({ entryId: 'e', savedAt: 1, title: '', body: '', reason: 'whim' }).success).toBe(false);
    expect(Revision.safeParse({ entryId: '', savedAt: 1, title: '', body: '', reason: 'session' }).success).toBe(false);
  });
});

describe('displayTitle', () => {
  it.each([
    ['Handover', 'Handover'],
    ['  Padded  ', 'Padded'],
    ['', 'Untitled entry'],
    ['   ', 'Untitled entry'],
  ])('shows %j as %j', (title, shown) => {
    expect(displayTitle({ title })).toBe(shown);
  });
});

describe('entry kinds', () => {
  it('lists every kind as a valid id, with reflection as the default', () => {
    expect(ENTRY_KIND_IDS).toEqual(Object.keys(ENTRY_KINDS));
    expect(ENTRY_KIND_IDS).toContain('reflection');
  });

  it.each(ENTRY_KIND_IDS)('gives %s a label, a hint, and at most one supporting-information type', (kind) => {
    const { label, hint, supports } = ENTRY_KINDS[kind];
    expect(label.trim()).not.toBe('');
    expect(hint.trim()).not.toBe('');
    if (supports !== null) expect(Object.keys(SUPPORTING_INFORMATION)).toContain(supports);
    expect(Entry.safeParse(anEntry({ kind })).success).toBe(true);
  });

  it('covers all six types of supporting information, patient feedback through the feedback source', () => {
    const supported = new Set<string | null>(Object.values(ENTRY_KINDS).map((kind) => kind.supports));
    supported.add(supportingInformationOf({ kind: 'feedback', feedbackFrom: 'patient' }));
    supported.delete(null);
    expect([...supported].sort()).toEqual(Object.keys(SUPPORTING_INFORMATION).sort());
    expect(Object.keys(SUPPORTING_INFORMATION)).toHaveLength(6);
  });

  it.each([
    [{ kind: 'feedback', feedbackFrom: 'patient' }, 'si.1.5'],
    [{ kind: 'feedback', feedbackFrom: 'colleague' }, 'si.1.4'],
    [{ kind: 'feedback' }, 'si.1.4'],
    [{ kind: 'teaching' }, 'si.1.1'],
    [{ kind: 'reflection' }, null],
  ] as const)('counts %o as supporting information %s', (entry, type) => {
    expect(supportingInformationOf(entry)).toBe(type);
  });

  it('uses the names of the six types from the supporting-information framework', () => {
    for (const [id, name] of Object.entries(SUPPORTING_INFORMATION)) expect(findElement(id)?.element.name).toBe(name);
  });

  it('gives each kind its own label', () => {
    const labels = Object.values(ENTRY_KINDS).map((kind) => kind.label);
    expect(new Set(labels).size).toBe(labels.length);
  });
});
