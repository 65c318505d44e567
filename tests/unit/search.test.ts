import { describe, expect, it } from 'vitest';
import { templateById } from '../../lib/entries/templates';
import { createSearchIndex, type SearchableEntry, type SearchResult } from '../../lib/search';
import { aSearchableEntry } from './fixtures/entries';
import { legacyTemplateBody } from './fixtures/legacy-template';

const anEntry = aSearchableEntry;

function indexOf(...entries: SearchableEntry[]) {
  const index = createSearchIndex();
  index.addAll(entries);
  return index;
}

const ids = (results: SearchResult[]) => results.map((result) => result.id);

describe('template hints', () => {
  it('written into older entries are not searched: a word only in a hint finds nothing, the doctor’s words under it do', () => {
    const gibbs = templateById('gibbs');
    if (!gibbs) throw new Error('The Gibbs template is missing');
    // As earlier versions wrote a template: each hint in a comment under its heading.
    const legacy = legacyTemplateBody(gibbs);
    const body = legacy.replace('-->\n\n## Evaluation', '-->\nAnxious before the family meeting.\n\n## Evaluation');
    const entry = anEntry({ title: 'Family meeting', body });
    const index = indexOf(entry);
    // "honestly" is only in the Feelings hint ("…at the time, honestly.").
    expect(body).toContain('honestly');
    expect(ids(index.search('honestly'))).toEqual([]);
    expect(ids(index.search('anxious'))).toEqual([entry.id]);
  });
});

describe('searching the journal', () => {
  const reflection = anEntry({ title: 'Reflection on a night shift', body: 'The rota was short again.' });
  const handover = anEntry({ title: 'Ward round', body: 'The evening handover was rushed and a patient was missed.' });
  const conversation = anEntry({ title: 'Feedback', body: 'A difficult conversation with a consultant.' });
  const index = indexOf(reflection, handover, conversation);

  it('finds a word from its first letters while the user is still typing', () => {
    expect(ids(index.search('reflec'))).toEqual([reflection.id]);
    expect(ids(index.search('r'))).toContain(reflection.id);
  });

  it.each([
    ['handvoer', handover.id],
    ['handovr', handover.id],
    ['convresation', conversation.id],
    ['cnoversatoin', conversation.id],
  ])('forgives typos in longer words: "%s"', (query, id) => {
    expect(ids(index.search(query))).toEqual([id]);
  });

  it('gives short words no typo tolerance, and longer words only as much as their length allows', () => {
    expect(index.search('rta')).toEqual([]);
    expect(index.search('rota ')).toHaveLength(1);
    expect(index.search('pateint')).toHaveLength(1);
    expect(index.search('paitnet')).toEqual([]);
  });

  it('requires every word of the query to match', () => {
    expect(ids(index.search('handover patient'))).toEqual([handover.id]);
    expect(index.search('handover consultant')).toEqual([]);
  });

  it('matches earlier words by prefix too, below an exact match', () => {
    const exact = anEntry({ title: 'Notes', body: 'rota change agreed', occurredOn: '2020-01-01' });
    const prefix = anEntry({ title: 'Notes', body: 'rotation change agreed', occurredOn: '2026-01-01' });
    expect(ids(indexOf(exact, prefix).search('rota change'))).toEqual([exact.id, prefix.id]);
  });

  it('ignores case and punctuation', () => {
    expect(ids(index.search('NIGHT-shift!'))).toEqual([reflection.id]);
  });

  it('drops finished stop words but lets one being typed grow into a word', () => {
    const theatre = anEntry({ title: 'List overrun', body: 'Theatre handover at eight.' });
    const journal = indexOf(handover, theatre);
    expect(ids(journal.search('the handover '))).toHaveLength(2);
    expect(ids(journal.search('handover the'))[0]).toBe(theatre.id);
    expect(ids(journal.search('handover the'))).toHaveLength(2);
    expect(ids(journal.search('the'))).toEqual([theatre.id]);
  });

  it('reports the words of the entry that matched, for highlighting', () => {
    expect(index.search('reflec')[0]?.matchedTerms).toEqual(['reflection']);
    expect(index.search('handvoer')[0]?.matchedTerms).toEqual(['handover']);
    expect(index.search('night rot')[0]?.matchedTerms.sort()).toEqual(['night', 'rota']);
  });

  it('matches with or without diacritics', () => {
    const cafe = anEntry({ title: 'Café debrief', body: 'A naïve plan.' });
    const plain = anEntry({ title: 'Cafe rota', body: 'naive' });
    const journal = indexOf(cafe, plain);
    expect(ids(journal.search('cafe')).sort()).toEqual([cafe.id, plain.id].sort());
    expect(ids(journal.search('café')).sort()).toEqual([cafe.id, plain.id].sort());
    expect(ids(journal.search('NAÏVE')).sort()).toEqual([cafe.id, plain.id].sort());
  });

  it('treats a query of punctuation alone as empty: every entry, newest first', () => {
    const older = anEntry({ occurredOn: '2024-05-01' });
    const newer = anEntry({ occurredOn: '2025-05-01' });
    expect(ids(indexOf(older, newer).search('  !? '))).toEqual([newer.id, older.id]);
  });
});

describe('ranking', () => {
  it('ranks a title match above a body match', () => {
    const inBody = anEntry({ title: 'Clinic', body: 'Sepsis sepsis sepsis screening came up.' });
    const inTitle = anEntry({ title: 'Sepsis audit', body: 'Results presented.' });
    expect(ids(indexOf(inBody, inTitle).search('sepsis'))).toEqual([inTitle.id, inBody.id]);
  });

  it('ranks a tag above a body mention', () => {
    const inBody = anEntry({ title: 'Clinic', body: 'Some teaching happened.' });
    const tagged = anEntry({ title: 'Clinic', body: 'Students came.', tags: ['Teaching'] });
    expect(ids(indexOf(inBody, tagged).search('teach'))).toEqual([tagged.id, inBody.id]);
  });

  it('ranks exact and prefix matches above typo matches, even in a stronger field', () => {
    const exact = anEntry({ title: 'Notes', body: 'the rotas were late' });
    const typo = anEntry({ title: 'Rotes', body: 'nothing else' });
    expect(ids(indexOf(exact, typo).search('rotas'))).toEqual([exact.id, typo.id]);
  });

  it('puts the newest entry first when scores tie', () => {
    const older = anEntry({ title: 'Audit', occurredOn: '2025-03-01' });
    const newer = anEntry({ title: 'Audit', occurredOn: '2026-03-01' });
    expect(ids(indexOf(older, newer).search('audit'))).toEqual([newer.id, older.id]);
  });

  it('returns at most `limit` results, the best first', () => {
    const entries = Array.from({ length: 80 }, (_, i) =>
      anEntry({ title: `Audit ${i}`, occurredOn: `2026-01-${String((i % 28) + 1).padStart(2, '0')}` }),
    );
    const journal = indexOf(...entries);
    expect(journal.search('audit')).toHaveLength(50);
    expect(journal.search('audit', { limit: 5 })).toHaveLength(5);
    expect(journal.search('audit', { limit: 5 })[0]?.id).toBe(journal.search('audit')[0]?.id);
  });
});

describe('what is searchable', () => {
  it('finds entries by tag', () => {
    const tagged = anEntry({ title: 'Night', tags: ['on-call', 'Wellbeing'] });
    const journal = indexOf(tagged, anEntry({ title: 'Day' }));
    expect(ids(journal.search('on call'))).toEqual([tagged.id]);
    expect(ids(journal.search('wellbeing'))).toEqual([tagged.id]);
  });

  it('finds entries by the names of their linked competencies', () => {
    const linked = anEntry({ title: 'Feedback from a colleague', competencies: ['mlcf.1.1'] });
    const journal = indexOf(linked, anEntry({ title: 'Feedback from a patient' }));
    expect(ids(journal.search('self awareness'))).toEqual([linked.id]);
    expect(ids(journal.search('developing self'))).toEqual([linked.id]);
  });

  it('ignores competency ids it does not know', () => {
    expect(indexOf(anEntry({ competencies: ['nope.9.9'] })).search('nope')).toEqual([]);
  });

  it('finds words in learning points and actions', () => {
    const entry = anEntry({ learningPoints: ['Escalate earlier'], actions: ['Book simulation training'] });
    const journal = indexOf(entry);
    expect(ids(journal.search('escalate'))).toEqual([entry.id]);
    expect(ids(journal.search('simulation'))).toEqual([entry.id]);
  });
});

describe('giving back spare room after a build', () => {
  it('stops soon when asked, even where the first words are in every entry, and the index answers the same once done', () => {
    const index = createSearchIndex();
    // Every entry holds the same forty words: their lists are long, so a few of them are a lot of copying.
    const words = Array.from({ length: 40 }, (_, at) => `word${String.fromCharCode(97 + (at % 26))}${at}`).join(' ');
    for (let at = 0; at < 6_000; at++) index.add(anEntry({ id: `e-${at}`, title: 'Handover', body: words }));
    index.settle();
    let calls = 0;
    // Asked to stop at every chance: the round takes several turns, not one for all forty lists.
    while (!index.trim(() => true)) calls++;
    expect(calls).toBeGreaterThanOrEqual(3);
    expect(index.search('handover', { limit: 6_000 })).toHaveLength(6_000);
  });
});
