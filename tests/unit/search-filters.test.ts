import { describe, expect, it } from 'vitest';
import { createSearchIndex, type SearchableEntry, type SearchFilters, type SearchResult } from '../../lib/search';
import { aSearchableEntry } from './fixtures/entries';

const anEntry = (overrides: Partial<SearchableEntry> = {}): SearchableEntry =>
  aSearchableEntry({ title: 'Handover', body: 'Handover on the ward.', ...overrides });

const ids = (results: SearchResult[]) => results.map((result) => result.id);

describe('filtering a search', () => {
  const journal = {
    reflection: anEntry({ occurredOn: '2024-02-10', tags: ['Nights'], role: 'FY2' }),
    cpd: anEntry({ kind: 'cpd', occurredOn: '2025-06-01', tags: ['teaching', 'nights'], role: 'ST3' }),
    starredEvent: anEntry({ kind: 'significant-event', occurredOn: '2025-12-31', starred: true, role: 'ST3' }),
    qi: anEntry({ kind: 'qi', occurredOn: '2026-03-03', tags: ['Audit'], starred: true }),
  };
  const index = createSearchIndex();
  index.addAll(Object.values(journal));
  const { reflection, cpd, starredEvent, qi } = journal;

  it.each<[string, SearchFilters, SearchableEntry[]]>([
    ['one kind', { kinds: ['cpd'] }, [cpd]],
    ['any of several kinds', { kinds: ['cpd', 'qi'] }, [qi, cpd]],
    ['a kind nobody used', { kinds: ['teaching'] }, []],
    ['a tag, ignoring case', { tags: ['NIGHTS'] }, [cpd, reflection]],
    ['every one of several tags', { tags: ['nights', 'teaching'] }, [cpd]],
    ['a role, ignoring case', { role: 'st3' }, [starredEvent, cpd]],
    ['starred', { starred: true }, [qi, starredEvent]],
    ['not starred', { starred: false }, [cpd, reflection]],
    ['from a date, inclusive', { from: '2025-12-31' }, [qi, starredEvent]],
    ['up to a date, inclusive', { to: '2025-06-01' }, [cpd, reflection]],
    ['within a range', { from: '2025-01-01', to: '2025-12-31' }, [starredEvent, cpd]],
    ['kind and date together', { kinds: ['cpd', 'qi', 'reflection'], from: '2025-01-01' }, [qi, cpd]],
    ['role, starred and range together', { role: 'ST3', starred: true, to: '2025-12-31' }, [starredEvent]],
    [
      'empty lists and an empty role, which do not narrow',
      { kinds: [], tags: [], role: ' ' },
      [qi, starredEvent, cpd, reflection],
    ],
  ])('%s', (_, filters, expected) => {
    const expectedIds = expected.map((entry) => entry.id);
    expect(ids(index.search('', { filters }))).toEqual(expectedIds);
    expect(ids(index.search('hand', { filters })).sort()).toEqual([...expectedIds].sort());
  });

  it('lists filtered entries newest first when the query is empty', () => {
    expect(ids(index.search('', { filters: { starred: true } }))).toEqual([qi.id, starredEvent.id]);
  });

  it('applies filters before the limit, so a filtered page is full', () => {
    const many = createSearchIndex();
    many.addAll(Array.from({ length: 120 }, (_, i) => anEntry({ starred: i % 2 === 0 })));
    expect(many.search('handover', { filters: { starred: true } })).toHaveLength(50);
  });

  it('follows entries that change after the filters were first used', () => {
    const changing = createSearchIndex();
    const entry = anEntry({ starred: false });
    changing.add(entry);
    expect(changing.search('', { filters: { starred: true } })).toEqual([]);
    changing.update({ ...entry, starred: true });
    expect(ids(changing.search('', { filters: { starred: true } }))).toEqual([entry.id]);
  });
});

describe('keeping the index up to date', () => {
  it('finds the new words of an updated entry and forgets the old ones', () => {
    const index = createSearchIndex();
    const entry = anEntry({ title: 'Zebra crossing', body: 'Quokka' });
    index.add(entry);
    expect(index.search('zebr')).toHaveLength(1);
    index.update({ ...entry, title: 'Pelican crossing', body: 'Wombat' });
    expect(index.search('zebr')).toEqual([]);
    expect(index.search('quokka')).toEqual([]);
    expect(ids(index.search('pelican wombat'))).toEqual([entry.id]);
    expect(index.size).toBe(1);
  });

  it('stops finding a removed entry', () => {
    const index = createSearchIndex();
    const [kept, removed] = [anEntry(), anEntry()];
    index.addAll([kept, removed]);
    expect(index.remove(removed.id)).toBe(true);
    expect(index.remove(removed.id)).toBe(false);
    expect(ids(index.search('handover'))).toEqual([kept.id]);
    expect(ids(index.search(''))).toEqual([kept.id]);
    expect(index.size).toBe(1);
  });

  it('never returns an entry in Trash', () => {
    const index = createSearchIndex();
    const trashed = anEntry({ title: 'Binned', deletedAt: 1_700_000_000_000 });
    const live = anEntry({ title: 'Kept' });
    index.addAll([trashed, live]);
    expect(index.search('binned')).toEqual([]);
    index.update({ ...live, deletedAt: 1_700_000_000_001 });
    expect(index.search('kept')).toEqual([]);
    expect(index.search('')).toEqual([]);
    expect(index.size).toBe(0);
  });

  it('treats adding an entry twice as an update', () => {
    const index = createSearchIndex();
    const entry = anEntry({ title: 'First draft' });
    index.add(entry);
    index.add({ ...entry, title: 'Second draft' });
    expect(index.size).toBe(1);
    expect(index.search('first')).toEqual([]);
    expect(ids(index.search('second'))).toEqual([entry.id]);
  });

  it('gives the same results built in bulk as built one entry at a time', () => {
    const entries = ['Rota gaps', 'Rotation plans', 'Sepsis audit', 'Rota and sepsis'].map((title, i) =>
      anEntry({ title, occurredOn: `2026-02-0${i + 1}`, body: i % 2 ? 'teaching' : 'handover' }),
    );
    const [bulk, single] = [createSearchIndex(), createSearchIndex()];
    bulk.addAll(entries);
    for (const entry of entries) single.add(entry);
    for (const query of ['rot', 'rota ', 'sepsis', 'teach', 'handvoer', '']) {
      expect(bulk.search(query)).toEqual(single.search(query));
    }
  });
});
