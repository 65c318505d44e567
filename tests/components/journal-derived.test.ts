import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  carryDerived,
  deriveInSlices,
  entriesById,
  groupsIn,
  onThisDayIn,
  rolesInUse,
  tagsInUse,
  weeksInARowIn,
} from '../../app/journal/derived';
import { type Grouping, groupEntries } from '../../app/journal/groupEntries';
import { mergeChanges } from '../../app/journal/journalCache';
import type { EntryHead } from '../../lib/entries/head';
import { onThisDay, weeksInARow } from '../../lib/habit';
import { aStoredEntry } from '../unit/fixtures/entries';

const TODAY = '2026-11-22';
const GROUPINGS: Grouping[] = ['month', 'kind', 'tag', 'competency'];
const nameOf = (id: string) => (id === 'c1' ? 'Leading teams' : undefined);

const fields = fc.record({
  id: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
  role: fc.option(fc.constantFrom('FY2', 'ST3', 'Registrar'), { nil: undefined }),
  tags: fc.subarray(['nights', 'Nights', 'audit', 'teaching']),
  kind: fc.constantFrom('reflection', 'cpd', 'feedback'),
  competencies: fc.subarray(['c1', 'c2']),
  occurredOn: fc.constantFrom(
    '2025-11-22',
    '2024-11-22',
    '2026-11-22',
    '2026-10-03',
    '2025-11-21',
    '2026-11-16',
    '2026-11-09',
  ),
  createdAt: fc.integer({ min: 1, max: 3 }),
  trashed: fc.boolean(),
  gone: fc.boolean(),
});
type Fields = Omit<typeof fields extends fc.Arbitrary<infer T> ? T : never, 'id' | 'occurredOn'> & {
  id: string;
  occurredOn: string;
};

/** The entries one write touched: each once, as the cache names them. */
const write = (most: number) => fc.uniqueArray(fields, { maxLength: most, selector: (change) => change.id });

function anEntry({ id, role, tags, kind, competencies, occurredOn, createdAt, trashed }: Fields): EntryHead {
  const entry = aStoredEntry({ id, tags, kind, competencies, occurredOn, createdAt, ...(role ? { role } : {}) });
  return trashed ? { ...entry, deletedAt: 1 } : entry;
}

describe('what the views derive from the journal', () => {
  it('carried from save to save, is what the journal as it now is would give afresh: tree groups, On this day, weeks in a row, tags, roles', () => {
    fc.assert(
      fc.property(write(6), fc.array(write(3), { maxLength: 6 }), fc.subarray(GROUPINGS), (start, writes, asked) => {
        let list = mergeChanges(
          [],
          start.map((write) => write.id),
          start.map((write) => anEntry({ ...write, trashed: false })),
        );
        entriesById(list);
        // The groupings the user has looked at so far are carried; the others are made when asked.
        for (const grouping of asked) groupsIn(list, grouping, nameOf);
        for (const write of writes) {
          const ids = write.map((change) => change.id);
          const fresh = write.map((change) => (change.gone ? undefined : anEntry(change)));
          const next = mergeChanges(list, ids, fresh);
          carryDerived(list, next, ids, fresh);
          list = next;
        }
        const afresh = [...list];
        expect([...entriesById(list)].sort()).toEqual([...entriesById(afresh)].sort());
        expect(rolesInUse(list).sort()).toEqual(rolesInUse(afresh).sort());
        expect(tagsInUse(list)).toEqual(tagsInUse(afresh));
        expect(onThisDayIn(list, TODAY)).toEqual(onThisDay(afresh, TODAY));
        expect(weeksInARowIn(list, TODAY)).toBe(weeksInARow(afresh, TODAY));
        for (const grouping of GROUPINGS) {
          expect(groupsIn(list, grouping, nameOf)).toEqual(groupEntries(afresh, grouping, nameOf));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('worked out a slice at a time as the journal loads, is what working it out at once gives', async () => {
    const dates = ['2026-11-22', '2026-10-03', '2025-11-22', '2024-11-22', '2025-11-21'] as const;
    const entries = Array.from({ length: 3000 }, (_, i) =>
      anEntry({ ...base, id: `e${i}`, occurredOn: dates[i % 5] ?? '2026-11-22', tags: i % 3 ? ['audit'] : [] }),
    );
    const list = mergeChanges(
      [],
      entries.map((entry) => entry.id),
      entries,
    );
    await deriveInSlices(list, () => false);
    const afresh = [...list];
    expect(entriesById(list)).toEqual(entriesById(afresh));
    expect(tagsInUse(list)).toEqual(['audit']);
    expect(onThisDayIn(list, TODAY)).toEqual(onThisDay(afresh, TODAY));
    expect(groupsIn(list, 'month', nameOf)).toEqual(groupEntries(afresh, 'month'));
  });

  it('keeps the groups a save did not touch as they were', () => {
    const entries = [
      anEntry({ ...base, id: 'a', occurredOn: '2026-11-22' }),
      anEntry({ ...base, id: 'b', occurredOn: '2026-10-03' }),
    ];
    const list = mergeChanges([], ['a', 'b'], entries);
    const before = groupsIn(list, 'month', nameOf);
    const saved = anEntry({ ...base, id: 'a', createdAt: 2 });
    const next = mergeChanges(list, ['a'], [saved]);
    carryDerived(list, next, ['a'], [saved]);
    const after = groupsIn(next, 'month', nameOf);
    expect(after.map((group) => group.label)).toEqual(['November 2026', 'October 2026']);
    expect(after[0]?.entries).toEqual([saved]);
    expect(after[1]).toBe(before[1]);
  });
});

const base: Fields = {
  id: 'a',
  role: undefined,
  tags: [],
  kind: 'reflection',
  competencies: [],
  occurredOn: '2026-11-22',
  createdAt: 1,
  trashed: false,
  gone: false,
};
