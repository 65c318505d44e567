import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildSuggestionIndex,
  type SuggestableElement,
  stem,
  suggestCompetencies,
} from '../../lib/competencies/suggest';
import { allElements } from '../../lib/frameworks';

function anElement(id: string, keywords: readonly string[]): SuggestableElement {
  return { id, name: `Element ${id}`, keywords };
}

/** A small framework of its own, so each rule is seen without the shipped keywords' noise. */
const index = buildSuggestionIndex([
  anElement('t.1.1', ['safety huddle', 'datix', 'near miss']),
  anElement('t.1.2', ['listened', 'rapport', 'conflict']),
  anElement('t.1.3', ['conflict of interest', 'honesty']),
  anElement('t.1.4', ['budget', 'handover']),
  anElement('t.1.5', ['handover', 'rota']),
  anElement('t.1.6', ['audit', 're-audit']),
]);

const mlcf = buildSuggestionIndex(allElements('mlcf'));

describe('stem', () => {
  it.each([
    ['listening', 'listen'],
    ['listened', 'listen'],
    ['listens', 'listen'],
    ['nurses', 'nurs'],
    ['nurse', 'nurs'],
    ['escalated', 'escal'],
    ['escalation', 'escal'],
    ['escalating', 'escal'],
    ['prioritise', 'prioritis'],
    ['prioritising', 'prioritis'],
    ['studies', 'study'],
    ['studied', 'study'],
    ['meetings', 'meet'],
    ['Handovers', 'handover'],
  ])('stems %s to %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it.each([
    ['process', 'processes'],
    ['focus', 'focused'],
    ['family', 'families'],
    ['supply', 'supplies'],
    ['issue', 'issues'],
    ['change', 'changing'],
    ['assessment', 'assessments'],
  ])('lets %s meet %s', (one, other) => {
    expect(stem(one)).toBe(stem(other));
  });

  it.each(['rota', 'team', 'ward', 'f1s', 'gp'])('leaves the short word %s alone', (word) => {
    expect(stem(word)).toBe(word);
  });

  it('keeps "analysis" and "status" whole rather than treating them as plurals', () => {
    expect(stem('analysis')).toBe('analysis');
    expect(stem('status')).toBe('status');
  });
});

describe('suggestCompetencies', () => {
  it('suggests the element whose keyword the entry uses', () => {
    expect(suggestCompetencies('Filled in a Datix after the fall.', index).map((s) => s.elementId)).toEqual(['t.1.1']);
  });

  it('says which keywords triggered a suggestion, as written in the keyword list', () => {
    const [suggestion] = suggestCompetencies('We held a SAFETY HUDDLE, then I logged the near misses on Datix.', index);
    expect(suggestion?.elementId).toBe('t.1.1');
    expect(suggestion?.matched.sort()).toEqual(['datix', 'near miss', 'safety huddle']);
  });

  it.each([
    'Safety huddle at 8am.',
    'SAFETY HUDDLE at 8am.',
    'the safety-huddle at 8am',
    'Ran the safety\nhuddle',
    'Safety… huddle, as ever',
  ])('matches a phrase across case and punctuation: %j', (text) => {
    expect(suggestCompetencies(text, index).map((s) => s.elementId)).toContain('t.1.1');
  });

  it('does not match a phrase whose words are apart in the entry', () => {
    expect(suggestCompetencies('Safety was discussed at the team huddle.', index)).toEqual([]);
  });

  it('meets a keyword in another form of the same word', () => {
    expect(suggestCompetencies('I listen to the nurses more now.', index).map((s) => s.elementId)).toEqual(['t.1.2']);
  });

  it('counts a keyword once however often the entry repeats it', () => {
    const [suggestion] = suggestCompetencies('Datix. Datix. Datix.', index);
    expect(suggestion).toEqual({ elementId: 't.1.1', score: 1, matched: ['datix'] });
  });

  it('weights a phrase above a single word', () => {
    const suggestions = suggestCompetencies('Safety huddle, then we listened.', index);
    expect(suggestions.map((s) => [s.elementId, s.score])).toEqual([
      ['t.1.1', 2],
      ['t.1.2', 1],
    ]);
  });

  it('does not count a keyword that sits inside a longer one the entry matched', () => {
    const suggestions = suggestCompetencies('I declared a conflict of interest.', index);
    expect(suggestions.map((s) => s.elementId)).toEqual(['t.1.3']);
  });

  it('still counts the shorter keyword where it also appears on its own', () => {
    const suggestions = suggestCompetencies('A conflict of interest, and a conflict on the ward.', index);
    expect(suggestions.map((s) => s.elementId).sort()).toEqual(['t.1.2', 't.1.3']);
  });

  it('gives less weight to a keyword several elements share, and by default leaves it out alone', () => {
    expect(suggestCompetencies('Chaotic handover tonight.', index)).toEqual([]);
    const shared = suggestCompetencies('Chaotic handover tonight.', index, { minScore: 0 });
    expect(shared.map((s) => s.elementId)).toEqual(['t.1.4', 't.1.5']);
    for (const suggestion of shared) expect(suggestion.score).toBeCloseTo(Math.SQRT1_2);
  });

  it('lets a shared keyword add to an element that has other evidence', () => {
    const [top] = suggestCompetencies('Handover ran late and the rota has gaps.', index);
    expect(top?.elementId).toBe('t.1.5');
    expect(top?.score).toBeCloseTo(1 + Math.SQRT1_2);
  });

  it('leaves out the elements the entry already links', () => {
    const text = 'Safety huddle, then a budget meeting.';
    expect(suggestCompetencies(text, index).map((s) => s.elementId)).toEqual(['t.1.1', 't.1.4']);
    expect(suggestCompetencies(text, index, { exclude: ['t.1.1'] }).map((s) => s.elementId)).toEqual(['t.1.4']);
  });

  it('breaks ties by element id, so suggestions do not shuffle between renders', () => {
    const suggestions = suggestCompetencies('Budget, rota and honesty.', index);
    expect(suggestions.map((s) => s.elementId)).toEqual(['t.1.3', 't.1.4', 't.1.5']);
  });

  it('respects the limit', () => {
    const text = 'Datix, listened, honesty, budget, rota and an audit.';
    expect(suggestCompetencies(text, index)).toHaveLength(5);
    expect(suggestCompetencies(text, index, { limit: 2 })).toHaveLength(2);
    expect(suggestCompetencies(text, index, { limit: 0 })).toEqual([]);
    expect(suggestCompetencies(text, index, { limit: -1 })).toEqual([]);
  });

  it.each(['', '   ', '\n\n', '…!?—', '12:30'])('suggests nothing for an entry with no keywords: %j', (text) => {
    expect(suggestCompetencies(text, index)).toEqual([]);
    expect(suggestCompetencies(text, mlcf)).toEqual([]);
  });

  it('ignores keywords with no letters or digits instead of matching everything', () => {
    const odd = buildSuggestionIndex([anElement('t.9.1', ['—', '!!', 'audit'])]);
    expect(suggestCompetencies('Nothing to see here.', odd)).toEqual([]);
  });

  it('links a Datix reflection to Ensuring patient safety with the shipped keywords', () => {
    const text = 'Submitted a Datix after a near miss with insulin on the night shift.';
    expect(suggestCompetencies(text, mlcf, { limit: 3 })[0]?.elementId).toBe('mlcf.4.1');
  });
});

describe('suggestCompetencies on any text', () => {
  const anyText = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc
      .array(fc.constantFrom('handover', 'Datix', 'safety huddle', 'rota', 'budget', 'QI project', '—', ' ', '\n'), {
        maxLength: 30,
      })
      .map((words) => words.join(' ')),
  );

  it('never throws, and never suggests more than the limit, best first', () => {
    fc.assert(
      fc.property(anyText, fc.nat({ max: 8 }), (text, limit) => {
        for (const suggestions of [
          suggestCompetencies(text, index, { limit }),
          suggestCompetencies(text, mlcf, { limit }),
        ]) {
          expect(suggestions.length).toBeLessThanOrEqual(limit);
          for (let i = 1; i < suggestions.length; i++) {
            expect(suggestions[i - 1]?.score).toBeGreaterThanOrEqual(suggestions[i]?.score ?? 0);
          }
        }
      }),
    );
  });

  it('never suggests an excluded element or one below the minimum score', () => {
    const ids = allElements('mlcf').map((element) => element.id);
    fc.assert(
      fc.property(anyText, fc.subarray(ids), fc.double({ min: 0, max: 4, noNaN: true }), (text, exclude, minScore) => {
        for (const suggestion of suggestCompetencies(text, mlcf, { exclude, minScore, limit: 20 })) {
          expect(exclude).not.toContain(suggestion.elementId);
          expect(suggestion.score).toBeGreaterThanOrEqual(minScore);
          expect(suggestion.matched.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});
