import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSearchIndex, type SearchableEntry, type SearchIndex } from '../../lib/search';
import { addDocument, removeDocument } from '../../lib/search/documents';
import { runSearch } from '../../lib/search/query';
import { createStore, settleDictionary } from '../../lib/search/store';

// The dictionary's newest words join the rest a piece at a time once they are many (lib/search/store.ts), and
// searches read its tiers meanwhile. Thousands of distinct words make that happen here, with entries added,
// changed and removed part-way through.

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
/** A distinct word of letters for each number (the tokenizer keeps runs of letters). */
const wordFor = (n: number) => {
  let word = '';
  for (let rest = n + 26 * 27; rest > 0; rest = Math.floor(rest / 26)) word += LETTERS[rest % 26];
  return word;
};

const entry = (id: number, words: number[]): SearchableEntry => ({
  id: `e-${id}`,
  title: `Reflection ${wordFor(words[0] ?? 0)}`,
  body: words.map(wordFor).join(' '),
  kind: 'reflection',
  occurredOn: '2026-03-01',
  competencies: [],
  tags: [],
  learningPoints: [],
  actions: [],
  starred: false,
});

const answers = (index: SearchIndex, query: string) =>
  index
    .search(query, { limit: 500 })
    .map(({ id, score }) => `${id} ${score.toFixed(9)}`)
    .sort();

describe('searching while the dictionary grows by thousands of words', () => {
  it('answers as an index built in one go would, whatever is changed and searched while its tiers merge', () => {
    const change = fc.record({ at: fc.nat(3999), words: fc.array(fc.nat(40_000), { minLength: 1, maxLength: 4 }) });
    fc.assert(
      fc.property(
        fc.array(change, { maxLength: 40 }),
        fc.array(fc.nat(40_000), { minLength: 1, maxLength: 6 }),
        fc.nat(6),
        (changes, probes, patience) => {
          const journal = new Map<number, SearchableEntry>();
          const index = createSearchIndex();
          const queries = probes.flatMap((n) => [wordFor(n), wordFor(n).slice(0, 2), `${wordFor(n)}x`]);
          let step = 0;
          for (let id = 0; id < 4000; id++) {
            const written = entry(id, [id * 7, id * 7 + 1, id * 7 + 2, id * 7 + 3, id * 7 + 4]);
            journal.set(id, written);
            index.add(written);
            if (id % 100 !== 99) continue;
            // Now and then a little of any merge, a change or a removal, and a search.
            let asked = 0;
            index.settle(() => asked++ >= patience);
            const { at, words } = changes[step++ % Math.max(1, changes.length)] ?? { at: 0, words: [1] };
            if (at > id) continue;
            const before = journal.get(at);
            if (words.length === 1 && before) {
              // Removed, its words with it, then back a moment later with the same words.
              journal.delete(at);
              index.remove(`e-${at}`);
              index.settle(() => asked++ >= patience + 1);
              index.search(before.title);
              if (words[0] !== undefined && words[0] % 2 === 0) {
                journal.set(at, before);
                index.add(before);
              }
              queries.push(...before.body.split(' '));
            } else {
              queries.push(...(before?.body.split(' ') ?? []), ...words.map(wordFor));
              journal.set(at, entry(at, words));
              index.update(entry(at, words));
            }
            index.search(queries[step % queries.length] ?? 'a');
          }
          const fresh = createSearchIndex();
          fresh.addAll(journal.values());
          for (const query of queries) expect(answers(index, query)).toEqual(answers(fresh, query));
          while (!index.settle());
          for (const query of queries) expect(answers(index, query)).toEqual(answers(fresh, query));
        },
      ),
      { numRuns: 5 },
    );
  }, 120_000);

  it('finds a word once when its entry is removed and written again while the tiers holding it merge', () => {
    const store = createStore();
    const written = Array.from({ length: 3700 }, (_, id) =>
      entry(id, [5 * id, 5 * id + 1, 5 * id + 2, 5 * id + 3, 5 * id + 4]),
    );
    for (const each of written.slice(0, 2000)) addDocument(store, each);
    while (!settleDictionary(store));
    for (const each of written.slice(2000)) addDocument(store, each);
    // The newer words are enough to begin a merge with the rest; it stops after its first piece.
    expect(settleDictionary(store, () => true)).toBe(false);
    const again = written[7] as SearchableEntry;
    removeDocument(store, again.id);
    settleDictionary(store, () => true);
    addDocument(store, again);
    settleDictionary(store, () => true);
    const fresh = createSearchIndex();
    fresh.addAll(written);
    const found = (query: string) =>
      runSearch(store, query)
        .map(({ id, score }) => `${id} ${score.toFixed(9)}`)
        .sort();
    for (const word of again.body.split(' ')) {
      expect(found(word)).toEqual(answers(fresh, word));
    }
    while (!settleDictionary(store));
    for (const word of again.body.split(' ')) expect(found(word)).toEqual(answers(fresh, word));
  });
});
