import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSearchIndex, type SearchableEntry } from '../../lib/search';
import {
  createDictionary,
  deleteTerm,
  insertTerm,
  mergeTerms,
  prefixRange,
  rebuildDictionary,
} from '../../lib/search/dictionary';
import { forEachFuzzyRange } from '../../lib/search/fuzzy';
import { createLexicon, findRange, insertWord, removeWord } from '../../lib/search/lexicon';
import { tokenize } from '../../lib/search/tokenize';

// The index's moving parts checked against the plainest possible model of each.

const base: SearchableEntry = {
  id: '',
  title: '',
  body: '',
  kind: 'reflection',
  occurredOn: '2026-01-01',
  competencies: [],
  tags: [],
  learningPoints: [],
  actions: [],
  starred: false,
};

const WORDS = ['rota', 'rotas', 'ward', 'wards', 'bed', 'bay', 'note', 'gp', 'cab', 'cabin'];
const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 5 }).map((words) => words.join(' '));
const operation = fc.oneof(
  fc.record({ type: fc.constant('put' as const), id: fc.integer({ min: 0, max: 5 }), title: text, body: text }),
  fc.record({ type: fc.constant('remove' as const), id: fc.integer({ min: 0, max: 5 }) }),
);

/** Optimal string alignment distance: edits plus swaps of neighbouring letters. */
function distance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => rows[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      const row = rows[i];
      if (row) row[j] = best;
    }
  }
  return at(a.length, b.length);
}

describe('the index after any sequence of edits', () => {
  it('finds exactly the live entries containing every word typed', () => {
    // Under five letters, so no typo tolerance blurs the expectation.
    const queries = fc.constantFrom(...WORDS.filter((word) => word.length < 5), 'ro', 'w', 'ca');
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 30 }), queries, (ops, query) => {
        const index = createSearchIndex();
        const model = new Map<string, SearchableEntry>();
        for (const op of ops) {
          const id = `m-${op.id}`;
          if (op.type === 'remove') {
            expect(index.remove(id)).toBe(model.delete(id));
            continue;
          }
          const entry = { ...base, id, title: op.title, body: op.body };
          index.update(entry);
          model.set(id, entry);
        }
        const expected = [...model.values()]
          .filter((entry) => tokenize(`${entry.title} ${entry.body}`).some((term) => term.startsWith(query)))
          .map((entry) => entry.id);
        expect(index.size).toBe(model.size);
        expect(
          index
            .search(query, { limit: 100 })
            .map((result) => result.id)
            .sort(),
        ).toEqual(expected.sort());
      }),
    );
  });
});

describe('the lexicon', () => {
  it('agrees with a Map through any mix of insertions and removals', () => {
    const word = fc.string({ minLength: 1, maxLength: 3, unit: fc.constantFrom('a', 'b', 'c') });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), word), { maxLength: 200 }), (ops) => {
        // A tiny table and a hash that only sees the length, so words collide in long runs that wrap around.
        const lexicon = createLexicon(2);
        const hash = (w: string) => 2 ** 32 - w.length;
        const find = (w: string) => findRange(lexicon, w, 0, w.length, hash(w));
        const model = new Map<string, number>();
        let nextId = 0;
        for (const [insert, w] of ops) {
          const id = model.get(w);
          if (insert && id === undefined) {
            insertWord(lexicon, w, nextId, hash(w));
            model.set(w, nextId++);
          } else if (!insert && id !== undefined) {
            removeWord(lexicon, id);
            model.delete(w);
          }
          for (const [known, knownId] of model) expect(find(known)).toBe(knownId);
          if (!model.has(w)) expect(find(w)).toBe(-1);
        }
      }),
    );
  });

  it('keeps a word findable when a removal empties a slot before the end of a run that wraps around', () => {
    const lexicon = createLexicon(8);
    const homes = { q: 6, p: 7, r: 7 };
    for (const [id, [word, hash]] of Object.entries(homes).entries()) insertWord(lexicon, word, id, hash);
    removeWord(lexicon, 0);
    expect(findRange(lexicon, 'p', 0, 1, 7)).toBe(1);
    expect(findRange(lexicon, 'r', 0, 1, 7)).toBe(2);
    expect(findRange(lexicon, 'q', 0, 1, 6)).toBe(-1);
  });
});

describe('the sorted dictionary', () => {
  it('stays sorted, knows what each term shares with the one before, and finds prefix ranges', () => {
    const term = fc.string({ minLength: 1, maxLength: 4, unit: fc.constantFrom('a', 'b', 'é') });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), term), { maxLength: 80 }), term, (ops, prefix) => {
        const dictionary = createDictionary();
        const model = new Set<string>();
        ops.forEach(([insert, t], id) => {
          if (insert && !model.has(t)) insertTerm(dictionary, t, id);
          if (!insert) deleteTerm(dictionary, t);
          if (insert) model.add(t);
          else model.delete(t);
        });
        const sorted = [...model].sort();
        expect(dictionary.sorted).toEqual(sorted);
        const shared = sorted.map((t, i) => {
          let at = 0;
          while (i > 0 && at < t.length && t[at] === sorted[i - 1]?.[at]) at++;
          return at;
        });
        expect(dictionary.shared).toEqual(shared);
        const [from, to] = prefixRange(dictionary.sorted, prefix);
        expect(dictionary.sorted.slice(from, to)).toEqual(sorted.filter((t) => t.startsWith(prefix)));
      }),
    );
  });
});

describe('words joining the dictionary in batches, as the index is built', () => {
  it('leave it as if every word had been sorted in at once: order, term ids and shared letters', () => {
    const term = fc.string({ minLength: 1, maxLength: 5, unit: fc.constantFrom('a', 'b', 'c', 'é') });
    fc.assert(
      fc.property(fc.uniqueArray(term, { maxLength: 80 }), fc.array(fc.nat(80), { maxLength: 5 }), (terms, cuts) => {
        const pairs = terms.map((t, id): [string, number] => [t, id]);
        const batched = createDictionary();
        const ends = [...new Set([...cuts.map((cut) => Math.min(cut, pairs.length)), pairs.length])].sort(
          (a, b) => a - b,
        );
        let from = 0;
        for (const end of ends) {
          mergeTerms(batched, pairs.slice(from, end));
          from = end;
        }
        const once = createDictionary();
        rebuildDictionary(once, [...pairs]);
        expect(batched).toEqual(once);
        const shared = once.sorted.map((t, i) => {
          let at = 0;
          while (i > 0 && at < t.length && t[at] === once.sorted[i - 1]?.[at]) at++;
          return at;
        });
        expect(once.shared).toEqual(shared);
      }),
      { numRuns: 300 },
    );
  });
});

describe('typo matching', () => {
  it('reaches exactly the terms that begin with something within the allowed edits of the query', () => {
    const term = fc.string({ minLength: 1, maxLength: 8, unit: fc.constantFrom('a', 'b', 'c', 'd') });
    fc.assert(
      fc.property(fc.uniqueArray(term, { maxLength: 60 }), term, fc.constantFrom(1, 2), (terms, query, typos) => {
        const dictionary = createDictionary();
        rebuildDictionary(
          dictionary,
          terms.map((term, id) => [term, id]),
        );
        const { sorted } = dictionary;
        const reached = new Set<string>();
        forEachFuzzyRange(dictionary, query, typos, (from, to) => {
          for (const found of sorted.slice(from, to)) reached.add(found);
        });
        const expected = sorted.filter((candidate) =>
          Array.from({ length: candidate.length }, (_, i) => candidate.slice(0, i + 1)).some(
            (prefix) => distance(prefix, query) <= typos,
          ),
        );
        expect([...reached].sort()).toEqual(expected);
      }),
    );
  });
});
