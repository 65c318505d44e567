import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENTRY_KIND_IDS } from '../../lib/entries/kinds';
import { createSearchIndex, highlight, type SearchableEntry, type SearchFilters } from '../../lib/search';
import { STOP_WORDS, tokenize } from '../../lib/search/tokenize';

const base: SearchableEntry = {
  id: 'base',
  title: '',
  body: 'Body text',
  kind: 'reflection',
  occurredOn: '2026-01-01',
  competencies: [],
  tags: [],
  learningPoints: [],
  actions: [],
  starred: false,
};

// Short words only, so typo tolerance (5 letters and up) never applies and matching is easy to state exactly.
const WORDS = ['rota', 'rot', 'ward', 'war', 'bed', 'bay', 'note', 'nhs', 'gp', 'fy1', 'café', 'cafe', 'ok'];
const word = fc.constantFrom(...WORDS);
const text = fc.array(word, { maxLength: 6 }).map((words) => words.join(' '));
const isoDate = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

const entryFields = fc.record({
  title: text,
  body: text,
  kind: fc.constantFrom(...ENTRY_KIND_IDS),
  occurredOn: isoDate,
  tags: fc.array(fc.constantFrom('nights', 'Teaching', 'audit'), { maxLength: 2 }),
  role: fc.option(fc.constantFrom('FY2', 'st3'), { nil: undefined }),
  starred: fc.boolean(),
  deletedAt: fc.option(fc.constant(1), { freq: 4, nil: undefined }),
});
const journal = fc
  .array(entryFields, { maxLength: 12 })
  .map((list) => list.map((fields, i): SearchableEntry => ({ ...base, ...fields, id: `p-${i}` })));

const filters: fc.Arbitrary<SearchFilters> = fc.record(
  {
    kinds: fc.subarray([...ENTRY_KIND_IDS]),
    tags: fc.subarray(['nights', 'teaching', 'AUDIT']),
    role: fc.constantFrom('FY2', 'ST3'),
    from: isoDate,
    to: isoDate,
    starred: fc.boolean(),
  },
  { requiredKeys: [] },
);

function passes(entry: SearchableEntry, { kinds, tags, role, from, to, starred }: SearchFilters): boolean {
  const own = entry.tags.map((tag) => tag.toLowerCase());
  return (
    (!kinds?.length || kinds.includes(entry.kind)) &&
    (tags ?? []).every((tag) => own.includes(tag.toLowerCase())) &&
    (role === undefined || entry.role?.toLowerCase() === role.toLowerCase()) &&
    (from === undefined || entry.occurredOn >= from) &&
    (to === undefined || entry.occurredOn <= to) &&
    (starred === undefined || entry.starred === starred)
  );
}

const searchable = (entry: SearchableEntry) => tokenize([entry.title, ...entry.tags, entry.body].join(' '));

describe('search, for any input', () => {
  it('never throws, whatever the user types', () => {
    const index = createSearchIndex();
    index.addAll([
      {
        id: 'a',
        title: 'Rota café',
        body: 'handover ✓ 日本語',
        kind: 'reflection',
        occurredOn: '2026-01-01',
        tags: [],
        competencies: [],
      },
    ]);
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (query) => {
        expect(Array.isArray(index.search(query))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('returns only live entries that satisfy every filter', () => {
    fc.assert(
      fc.property(journal, filters, fc.constantFrom('', 'r', 'rota ', 'ward b', 'caf'), (entries, given, query) => {
        const index = createSearchIndex();
        index.addAll(entries);
        const byId = new Map(entries.map((entry) => [entry.id, entry]));
        for (const { id } of index.search(query, { filters: given, limit: 100 })) {
          const entry = byId.get(id);
          expect(entry && entry.deletedAt === undefined && passes(entry, given)).toBe(true);
        }
      }),
    );
  });

  it('returns exactly the entries in which every query word begins some word', () => {
    // Whole words and words missing their last letter; never a stop word, which has rules of its own.
    const prefix = fc.oneof(
      word,
      word.map((w) => w.slice(0, Math.max(1, w.length - 1))),
    );
    const query = fc.array(
      prefix.filter((w) => !STOP_WORDS.has(w)),
      { minLength: 1, maxLength: 3 },
    );
    fc.assert(
      fc.property(journal, query, fc.boolean(), (entries, queryWords, finished) => {
        const index = createSearchIndex();
        index.addAll(entries);
        const typed = `${queryWords.join(' ')}${finished ? ' ' : ''}`;
        const wanted = tokenize(typed);
        const expected = entries
          .filter((entry) => entry.deletedAt === undefined)
          .filter((entry) => wanted.every((prefix) => searchable(entry).some((term) => term.startsWith(prefix))))
          .map((entry) => entry.id);
        expect(
          index
            .search(typed, { limit: 100 })
            .map((result) => result.id)
            .sort(),
        ).toEqual(expected.sort());
      }),
    );
  });

  it('always finds an entry by its own title, when the title has a word that is indexed', () => {
    // Stop words ("the", "and") are never indexed, so a title made only of them cannot find anything.
    const title = fc.string({ unit: 'grapheme', maxLength: 80 });
    fc.assert(
      fc.property(title, fc.array(fc.string({ maxLength: 30 }), { maxLength: 5 }), (ownTitle, others) => {
        fc.pre(tokenize(ownTitle).some((term) => term.length >= 3 && !STOP_WORDS.has(term)));
        const index = createSearchIndex();
        const entry = (id: string, title: string): SearchableEntry => ({ ...base, id, title });
        index.addAll([entry('own', ownTitle), ...others.map((other, i) => entry(`other-${i}`, other))]);
        expect(index.search(ownTitle, { limit: 100 }).map((result) => result.id)).toContain('own');
      }),
      { numRuns: 300 },
    );
  });

  it('highlights without losing or reordering any character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), fc.array(word), (textToMark, terms) => {
        expect(
          highlight(textToMark, terms)
            .map((segment) => segment.text)
            .join(''),
        ).toBe(textToMark);
      }),
    );
  });

  it('answers the same after any edits as an index built afresh from the entries as they now are', () => {
    const edit = fc.record({ at: fc.nat(11), fields: entryFields, remove: fc.boolean() });
    fc.assert(
      fc.property(
        journal,
        fc.array(edit, { maxLength: 10 }),
        fc.constantFrom('', 'r', 'rota ', 'ward b', 'caf', 'n'),
        (entries, edits, query) => {
          const edited = createSearchIndex();
          for (const entry of entries) edited.add(entry);
          edited.search('warm'); // the dictionary settled between edits, as while a user types and saves
          const now = new Map(entries.map((entry) => [entry.id, entry]));
          for (const { at, fields, remove } of edits) {
            const id = `p-${at}`;
            if (remove) {
              edited.remove(id);
              now.delete(id);
            } else {
              const entry = { ...base, ...fields, id };
              edited.update(entry);
              now.set(id, entry);
            }
          }
          const fresh = createSearchIndex();
          fresh.addAll(now.values());
          const answer = (index: typeof fresh) =>
            index.search(query, { limit: 100 }).map(({ id, score, matchedTerms }) => ({
              id,
              score: score.toFixed(9),
              matchedTerms: [...matchedTerms].sort(),
            }));
          expect(answer(edited)).toEqual(answer(fresh));
          expect(edited.size).toBe(fresh.size);
        },
      ),
      { numRuns: 300 },
    );
  });
});
