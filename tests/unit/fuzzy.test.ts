import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzyFilter, fuzzyScore } from '../../lib/commands/fuzzy';

const COMMAND_TITLES = [
  'Journal: New Entry',
  'Journal: New Entry from Prompt…',
  'Journal: Open Entry…',
  'View: Toggle Preview',
  'Trash: Empty Trash',
  'Trash: Show Trash',
  'Help: Keyboard Shortcuts',
];

const search = (query: string, titles: readonly string[] = COMMAND_TITLES) =>
  fuzzyFilter(query, titles, (title) => title);

describe('fuzzyFilter', () => {
  it('ranks the exact title first even when other titles contain it', () => {
    const titles = ['Journal: New Entry from Prompt…', 'Open New Entry Later', 'New Entry'];
    expect(search('New Entry', titles)[0]).toBe('New Entry');
  });

  it('ranks titles starting with the query above titles merely containing it', () => {
    const titles = ['Show Trash', 'Trash: Show Trash', 'Trash Bin'];
    expect(search('trash', titles)).toEqual(['Trash Bin', 'Trash: Show Trash', 'Show Trash']);
  });

  it('ranks a match at a word start above one inside a word', () => {
    expect(search('view', ['Preview it', 'Open View'])).toEqual(['Open View', 'Preview it']);
  });

  it('ignores case and extra spaces', () => {
    expect(search('  journal:   NEW entry ')[0]).toBe('Journal: New Entry');
  });

  it('finds a title ending in … when the user types three dots', () => {
    expect(search('New Entry from Prompt...')[0]).toBe('Journal: New Entry from Prompt…');
    expect(search('journal: open entry...')[0]).toBe('Journal: Open Entry…');
  });

  it('keeps a title ending in … listed while the user is still typing the dots', () => {
    for (const query of ['from prompt.', 'from prompt..', 'from prompt...', 'from prompt…']) {
      expect(search(query)).toEqual(['Journal: New Entry from Prompt…']);
    }
  });

  it('treats a title ending in … as an exact match for the words without it', () => {
    expect(search('journal: open entry')[0]).toBe('Journal: Open Entry…');
  });

  it("finds 'Journal: New Entry' from the scattered letters 'newent'", () => {
    expect(search('newent')).toContain('Journal: New Entry');
    expect(search('newent')[0]).toBe('Journal: New Entry');
  });

  it('leaves out titles that do not contain the letters in order', () => {
    expect(search('zzz')).toEqual([]);
    expect(search('tne')).not.toContain('Trash: Empty Trash');
  });

  it('lists everything in its original order for an empty query', () => {
    expect(search('')).toEqual(COMMAND_TITLES);
    expect(search('   ')).toEqual(COMMAND_TITLES);
  });

  it('keeps the original order of equally good matches', () => {
    const items = [
      { id: 1, title: 'Same' },
      { id: 2, title: 'Same' },
    ];
    expect(fuzzyFilter('same', items, (item) => item.title).map((item) => item.id)).toEqual([1, 2]);
  });
});

describe('fuzzyScore', () => {
  it('gives null when the text does not match at all', () => {
    expect(fuzzyScore('xyz', 'Journal: New Entry')).toBeNull();
    expect(fuzzyScore('entries', 'Entry')).toBeNull();
  });

  it('favours scattered letters at word starts over letters inside words, even in a longer title', () => {
    expect(search('sm', ['Sigmas', 'Show Menu'])).toEqual(['Show Menu', 'Sigmas']);
  });

  it('prefers a shorter title among otherwise equal matches', () => {
    expect(search('ent', ['Entry points and more', 'Entry'])).toEqual(['Entry', 'Entry points and more']);
  });
});

// Titles that the matcher must tell apart: the same letters in another case, spacing, or with `...`
// for `…` (or a trailing `…` left off) are the same title to it.
const sameTitleKey = (title: string) =>
  title
    .toLowerCase()
    .replace(/…/g, '...')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\.\.\.$/, '');

const titleArb = fc
  .string({ unit: fc.constantFrom(...'abcXYZ :.…-é'), minLength: 1, maxLength: 12 })
  .filter((title) => sameTitleKey(title) !== '');

describe('fuzzy properties', () => {
  it('matches every title by itself and ranks it first among distinct titles', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(titleArb, { selector: sameTitleKey, minLength: 1, maxLength: 8 }),
        fc.nat(),
        (titles, pick) => {
          const wanted = titles[pick % titles.length] as string;
          expect(fuzzyScore(wanted, wanted)).not.toBeNull();
          expect(fuzzyFilter(wanted, titles, (title) => title)[0]).toBe(wanted);
        },
      ),
    );
  });

  it('never drops a title that contains the query', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 10 }),
        fc.string({ minLength: 1, maxLength: 10 }),
        fc.string({ maxLength: 10 }),
        (before, query, after) => {
          expect(fuzzyScore(query, `${before}${query}${after}`)).not.toBeNull();
        },
      ),
    );
  });
});
