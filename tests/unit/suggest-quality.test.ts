import { describe, expect, it } from 'vitest';
import { buildSuggestionIndex, suggestCompetencies } from '../../lib/competencies/suggest';
import { allElements } from '../../lib/frameworks';
import { type LabelledReflection, REFLECTIONS, UNSEEN_REFLECTIONS } from './fixtures/reflections';

const index = buildSuggestionIndex(allElements('mlcf'));
const mlcfIds = new Set(allElements('mlcf').map((element) => element.id));

interface Quality {
  /** Of the suggestions shown (at most three per entry), the share a supervisor would link. */
  precision: number;
  /** Of the links a supervisor would make, the share among the suggestions shown. */
  recall: number;
  withoutSuggestion: number;
}

/** How the editor's top-three suggestions compare with a supervisor's links. */
function measure(reflections: readonly LabelledReflection[]): Quality {
  let shown = 0;
  let right = 0;
  let labelled = 0;
  let withoutSuggestion = 0;
  for (const reflection of reflections) {
    const suggested = suggestCompetencies(reflection.text, index, { limit: 3 }).map((s) => s.elementId);
    shown += suggested.length;
    right += suggested.filter((id) => reflection.elements.includes(id)).length;
    labelled += reflection.elements.length;
    if (!suggested.length) withoutSuggestion += 1;
  }
  return { precision: shown ? right / shown : 0, recall: right / labelled, withoutSuggestion };
}

function report(name: string, reflections: readonly LabelledReflection[], quality: Quality): string {
  return (
    `${name}: top-3 precision ${quality.precision.toFixed(3)}, recall@3 ${quality.recall.toFixed(3)}, ` +
    `${quality.withoutSuggestion} of ${reflections.length} reflections without a suggestion`
  );
}

describe('the labelled reflections', () => {
  const all = [...REFLECTIONS, ...UNSEEN_REFLECTIONS];

  it('are enough to measure by', () => {
    expect(REFLECTIONS.length).toBeGreaterThanOrEqual(48);
  });

  it.each(all.map((reflection) => [reflection.topic, reflection] as const))(
    '%s is 2–5 sentences with 1–3 distinct MLCF elements',
    (_, reflection) => {
      // Full stops inside "C. difficile" and "Mr K" are rare enough to allow one extra.
      const sentences = reflection.text.split(/[.!?](?:\s|$)/).filter((part) => part.trim()).length;
      expect(sentences).toBeGreaterThanOrEqual(2);
      expect(sentences).toBeLessThanOrEqual(6);
      expect(reflection.elements.length).toBeGreaterThanOrEqual(1);
      expect(reflection.elements.length).toBeLessThanOrEqual(3);
      expect(new Set(reflection.elements).size).toBe(reflection.elements.length);
      for (const id of reflection.elements) expect(mlcfIds.has(id), id).toBe(true);
    },
  );

  it('never repeat a topic', () => {
    expect(new Set(all.map((reflection) => reflection.topic)).size).toBe(all.length);
  });
});

describe('MLCF suggestion quality', () => {
  it('links at least 70% of its top-three suggestions the way a supervisor would', () => {
    const tuned = measure(REFLECTIONS);
    const unseen = measure(UNSEEN_REFLECTIONS);
    console.log(report('Reflections the keywords were tuned against', REFLECTIONS, tuned));
    console.log(report('Reflections written after tuning (not asserted)', UNSEEN_REFLECTIONS, unseen));
    expect(tuned.precision).toBeGreaterThan(0.7);
  });
});
