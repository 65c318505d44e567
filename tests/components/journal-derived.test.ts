import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { carryDerived, entriesById, rolesInUse, tagsInUse } from '../../app/journal/derived';
import { mergeChanges } from '../../app/journal/journalCache';
import type { Entry } from '../../lib/entries/schema';
import { aStoredEntry } from '../unit/fixtures/entries';

const fields = fc.record({
  id: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
  role: fc.option(fc.constantFrom('FY2', 'ST3', 'Registrar'), { nil: undefined }),
  tags: fc.subarray(['nights', 'Nights', 'audit', 'teaching']),
  trashed: fc.boolean(),
  gone: fc.boolean(),
});

/** The entries one write touched: each once, as the cache names them. */
const write = (most: number) => fc.uniqueArray(fields, { maxLength: most, selector: (change) => change.id });

function anEntry({ id, role, tags, trashed }: { id: string; role?: string; tags: string[]; trashed: boolean }) {
  const entry: Entry = aStoredEntry({ id, tags, ...(role ? { role } : {}) });
  return trashed ? { ...entry, deletedAt: 1 } : entry;
}

describe('what the views derive from the journal', () => {
  it('carried from save to save, is what the journal as it now is would give afresh', () => {
    fc.assert(
      fc.property(write(6), fc.array(write(3), { maxLength: 6 }), (start, writes) => {
        let list = mergeChanges(
          [],
          start.map((write) => write.id),
          start.map((write) => anEntry({ ...write, trashed: false })),
        );
        entriesById(list);
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
      }),
      { numRuns: 300 },
    );
  });
});
