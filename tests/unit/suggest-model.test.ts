import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rankSuggestions, suggest } from '../../lib/competencies';
import { textFeatures } from '../../lib/competencies/features';
import { rankElements } from '../../lib/competencies/rank';
import { buildSuggestionIndex } from '../../lib/competencies/suggest';
import { trainLinear } from '../../lib/competencies/train/logistic';
import { allElements } from '../../lib/frameworks';

const ids = (frameworkId: string) => allElements(frameworkId).map((element) => element.id);

const NEAR_MISS =
  'After the near miss with the insulin chart we held a safety huddle on the ward and I reported the incident ' +
  'on Datix, so the pharmacists could look at how the dose was written.';
const TEACHING =
  'I spent the afternoon teaching the new F1s how to present a patient on the ward round, then gave each of them ' +
  'feedback and agreed one thing to practise before our next supervision meeting.';

describe('suggest', () => {
  it('puts patient safety first for a reflection about a near miss', () => {
    expect(suggest(NEAR_MISS, 'mlcf', 3)[0]).toBe('mlcf.4.1');
  });

  it('finds Developing capability among the top two dimensions for a reflection about teaching', () => {
    expect(suggest(TEACHING, 'hlm', 2)).toContain('hlm.8.1');
  });

  it.each(['mlcf', 'hlm'] as const)('always gives %s element ids, as many as asked, even for empty text', (id) => {
    for (const text of ['', 'Tuesday.', NEAR_MISS]) {
      const suggested = suggest(text, id, 3);
      expect(suggested).toHaveLength(3);
      expect(new Set(suggested).size).toBe(3);
      for (const elementId of suggested) expect(ids(id)).toContain(elementId);
    }
  });

  it('gives every element once when asked for more than the framework has, and none for a limit of 0', () => {
    expect([...suggest(TEACHING, 'hlm', 50)].sort()).toEqual(ids('hlm'));
    expect(suggest(TEACHING, 'mlcf', 0)).toEqual([]);
    expect(suggest(TEACHING, 'mlcf', -2)).toEqual([]);
  });

  it('says which framework it needs when given one it has no model for', () => {
    expect(() => suggest(TEACHING, 'gmp' as 'mlcf', 3)).toThrow(/MLCF \(mlcf\) or the Healthcare Leadership Model/);
  });
});

describe('why a suggestion was made', () => {
  it('quotes passages the doctor wrote, never words they did not', () => {
    const [top] = rankSuggestions(NEAR_MISS, 'mlcf');
    expect(top?.matched.length).toBeGreaterThan(0);
    for (const passage of top?.matched ?? []) expect(NEAR_MISS.toLowerCase()).toContain(passage);
  });

  it('has nothing to quote for an element the text gives no support to', () => {
    const ranked = rankSuggestions('', 'hlm');
    expect(ranked.every((element) => element.matched.length === 0)).toBe(true);
  });
});

describe('the shipped models', () => {
  it.each(['mlcf', 'hlm'])('cover exactly the elements of %s and stay small', (id) => {
    const ranked = rankSuggestions(NEAR_MISS, id as 'mlcf' | 'hlm').map((element) => element.elementId);
    expect([...ranked].sort()).toEqual(ids(id));
    expect(statSync(new URL(`../../lib/competencies/model-${id}.json`, import.meta.url)).size).toBeLessThan(150_000);
  });
});

describe('training', () => {
  it('learns from labelled examples which words point to which element', () => {
    const example = (text: string, label: string) => ({ counts: textFeatures(text).counts, labels: [label] });
    const model = trainLinear(
      [
        example('The rota had gaps so I planned cover for the bank holiday.', 'a'),
        example('I planned the rota for August and found cover for the gaps.', 'a'),
        example('A near miss with insulin was reported as an incident.', 'b'),
        example('We reported the incident after the near miss on the ward.', 'b'),
      ],
      ['a', 'b'],
      { iterations: 100, learningRate: 0.1, l2: 0.0001, minExamples: 1, prune: 0.01 },
    );
    const none = buildSuggestionIndex([]);
    expect(rankElements('Who will cover the rota gaps?', model, none)[0]?.elementId).toBe('a');
    expect(rankElements('Another near miss to report.', model, none)[0]?.elementId).toBe('b');
  });

  it('with one yes/no model per element, puts both elements of a two-sided reflection above the rest', () => {
    const example = (text: string, labels: string[]) => ({ counts: textFeatures(text).counts, labels });
    const model = trainLinear(
      [
        example('I planned the rota for August and found cover for the gaps.', ['rota']),
        example('The rota had gaps so I planned cover for the bank holiday.', ['rota']),
        example('After the near miss I reported the incident.', ['safety']),
        example('We reported the incident after the near miss on the ward.', ['safety']),
        example('The rota gaps led to a near miss, which I reported as an incident.', ['rota', 'safety']),
        example('I taught the students how to present on the ward round.', ['teaching']),
        example('Teaching the students on the ward round went well.', ['teaching']),
      ],
      ['rota', 'safety', 'teaching'],
      { iterations: 150, learningRate: 0.1, l2: 0.0001, minExamples: 1, prune: 0.01, loss: 'one-vs-rest' },
    );
    const top = rankElements('Gaps in the rota caused a near miss on the ward.', model, buildSuggestionIndex([]))
      .slice(0, 2)
      .map((ranked) => ranked.elementId);
    expect(top.sort()).toEqual(['rota', 'safety']);
  });
});
