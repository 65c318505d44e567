import { describe, expect, it } from 'vitest';
import { suggest } from '../../lib/competencies';
import { allElements } from '../../lib/frameworks';
import {
  developmentPart,
  heldOutPart,
  JOURNAL_REFLECTIONS,
  type JournalReflection,
} from './fixtures/journal-reflections';
import { REFLECTIONS, UNSEEN_REFLECTIONS } from './fixtures/reflections';

const mlcfIds = new Set(allElements('mlcf').map((element) => element.id));
const hlmIds = new Set(allElements('hlm').map((element) => element.id));
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

interface Quality {
  /** Reflections with at least one labelled element among the suggestions. */
  hit: number;
  /** Of the labelled elements, the share among the suggestions, averaged over reflections. */
  recall: number;
}

/** How the top suggestions compare with a supervisor's labels. */
function measure(reflections: readonly JournalReflection[], frameworkId: 'mlcf' | 'hlm', top: number): Quality {
  let hits = 0;
  let recall = 0;
  for (const reflection of reflections) {
    const labels = reflection[frameworkId];
    const suggested = suggest(reflection.text, frameworkId, top);
    const found = labels.filter((id) => suggested.includes(id)).length;
    if (found) hits += 1;
    recall += found / Math.min(labels.length, top);
  }
  return { hit: hits / reflections.length, recall: recall / reflections.length };
}

function report(name: string, count: number, mlcf: Quality, hlm: Quality): string {
  return (
    `${name} (${count} reflections): MLCF top-3 hit ${mlcf.hit.toFixed(3)}, recall@3 ${mlcf.recall.toFixed(3)}; ` +
    `HLM top-2 hit ${hlm.hit.toFixed(3)}`
  );
}

describe('the labelled reflections', () => {
  it('are enough to train and measure by, in several voices, with a third held out', () => {
    expect(JOURNAL_REFLECTIONS.length).toBeGreaterThanOrEqual(480);
    expect(new Set(JOURNAL_REFLECTIONS.map((reflection) => reflection.voice)).size).toBeGreaterThanOrEqual(7);
    expect(heldOutPart().length).toBe(Math.floor(JOURNAL_REFLECTIONS.length / 3));
    expect(developmentPart().length + heldOutPart().length).toBe(JOURNAL_REFLECTIONS.length);
  });

  it('give every element and dimension many situations', () => {
    for (const id of [...mlcfIds, ...hlmIds]) {
      const labelled = JOURNAL_REFLECTIONS.filter((r) => r.mlcf.includes(id) || r.hlm.includes(id)).length;
      expect(labelled, id).toBeGreaterThanOrEqual(10);
    }
  });

  it.each(JOURNAL_REFLECTIONS.map((reflection) => [reflection.topic, reflection] as const))(
    '%s: a journal-length reflection with 1–3 MLCF elements and 1–2 HLM dimensions, and no competency names',
    (_, reflection) => {
      expect(words(reflection.text)).toBeGreaterThanOrEqual(50);
      expect(words(reflection.text)).toBeLessThanOrEqual(180);
      expect(reflection.mlcf.length).toBeGreaterThanOrEqual(1);
      expect(reflection.mlcf.length).toBeLessThanOrEqual(3);
      expect(reflection.hlm.length).toBeGreaterThanOrEqual(1);
      expect(reflection.hlm.length).toBeLessThanOrEqual(2);
      expect(new Set(reflection.mlcf).size + new Set(reflection.hlm).size).toBe(
        reflection.mlcf.length + reflection.hlm.length,
      );
      for (const id of reflection.mlcf) expect(mlcfIds.has(id), id).toBe(true);
      for (const id of reflection.hlm) expect(hlmIds.has(id), id).toBe(true);
      const names = [...allElements('mlcf'), ...allElements('hlm')]
        .map((element) => element.name.toLowerCase())
        .filter((name) => name.includes(' '));
      for (const name of names) expect(reflection.text.toLowerCase()).not.toContain(name);
    },
  );

  it('never repeat a topic', () => {
    const topics = [...JOURNAL_REFLECTIONS, ...REFLECTIONS, ...UNSEEN_REFLECTIONS].map((r) => r.topic);
    expect(new Set(topics).size).toBe(topics.length);
  });
});

describe('suggestion quality', () => {
  const development = developmentPart();
  const heldOut = heldOutPart();
  const devMlcf = measure(development, 'mlcf', 3);
  const devHlm = measure(development, 'hlm', 2);
  const heldMlcf = measure(heldOut, 'mlcf', 3);
  const heldHlm = measure(heldOut, 'hlm', 2);
  console.log(report('Development part (the models were trained on it)', development.length, devMlcf, devHlm));
  console.log(report('Held-out part (never trained or tuned on)', heldOut.length, heldMlcf, heldHlm));

  // Cross-validated on the development part, the training script reports 0.922, 0.674 and 0.857.
  it('on reflections it was trained on: a labelled MLCF element in the top three for 80%, recall@3 of 0.6, and a labelled HLM dimension in the top two for 75%', () => {
    expect(devMlcf.hit).toBeGreaterThanOrEqual(0.8);
    expect(devMlcf.recall).toBeGreaterThanOrEqual(0.6);
    expect(devHlm.hit).toBeGreaterThanOrEqual(0.75);
  });

  // What the shipped models reach on the held-out third (0.919, 0.646 and 0.845 when trained; on the 34 held-out
  // reflections in other authors' voices 0.941, 0.765 and 0.882): all three meet the product's targets.
  it('on reflections it has never seen: a labelled MLCF element in the top three for 90%, recall@3 of 0.6, and a labelled HLM dimension in the top two for 80%', () => {
    expect(heldMlcf.hit).toBeGreaterThanOrEqual(0.9);
    expect(heldMlcf.recall).toBeGreaterThanOrEqual(0.6);
    expect(heldHlm.hit).toBeGreaterThanOrEqual(0.8);
  });
});
