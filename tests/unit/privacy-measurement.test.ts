import { describe, expect, it } from 'vitest';
import { detectPatientDetails, type FindingKind } from '../../lib/privacy';
import {
  IDENTIFYING_SENTENCES,
  LABELLED_SENTENCES,
  type LabelledSentence,
  ORDINARY_SENTENCES,
} from './fixtures/privacy-sentences';

const WARNING_KINDS: readonly FindingKind[] = [
  'nhs-number',
  'date-of-birth',
  'record-number',
  'postcode',
  'phone',
  'email',
  'name',
];

interface Measurement {
  recall: Map<FindingKind, { labelled: number; found: number }>;
  flagged: number;
  correct: number;
  misses: string[];
  falseAlarms: string[];
}

/**
 * Recall per kind: of sentences labelled with a kind, the share where that kind was found. Precision:
 * of all warnings raised, the share raised in a sentence labelled with that kind.
 */
function measure(sentences: readonly LabelledSentence[]): Measurement {
  const result: Measurement = { recall: new Map(), flagged: 0, correct: 0, misses: [], falseAlarms: [] };
  for (const sentence of sentences) {
    const findings = detectPatientDetails(sentence.text);
    for (const kind of sentence.kinds) {
      const tally = result.recall.get(kind) ?? { labelled: 0, found: 0 };
      const found = findings.some((finding) => finding.kind === kind);
      result.recall.set(kind, { labelled: tally.labelled + 1, found: tally.found + (found ? 1 : 0) });
      if (!found) result.misses.push(`${kind}: ${sentence.text}`);
    }
    for (const finding of findings.filter(({ severity }) => severity === 'warning')) {
      result.flagged += 1;
      if (sentence.kinds.includes(finding.kind)) result.correct += 1;
      else result.falseAlarms.push(`${finding.kind} "${finding.text}": ${sentence.text}`);
    }
  }
  return result;
}

const rate = (found: number, total: number) => (total === 0 ? 1 : found / total);
const percent = (value: number) => `${(value * 100).toFixed(1)} %`;

describe('measured against the labelled sentences', () => {
  const result = measure(LABELLED_SENTENCES);
  const recallOf = (kind: FindingKind) => {
    const tally = result.recall.get(kind);
    return rate(tally?.found ?? 0, tally?.labelled ?? 0);
  };

  it('has enough sentences of each sort to mean something', () => {
    expect(LABELLED_SENTENCES.length).toBeGreaterThanOrEqual(220);
    expect(IDENTIFYING_SENTENCES.length).toBeGreaterThanOrEqual(110);
    expect(ORDINARY_SENTENCES.length).toBeGreaterThanOrEqual(110);
    expect(ORDINARY_SENTENCES.filter(({ source }) => source.startsWith('seed')).length).toBeGreaterThanOrEqual(40);
  });

  it('reports recall per kind and overall precision', () => {
    console.log(
      [
        'Patient-detail detector, labelled sentences',
        ...[...result.recall.entries()].map(
          ([kind, { labelled, found }]) =>
            `  ${kind.padEnd(14)} recall ${percent(rate(found, labelled)).padStart(7)}  (${found}/${labelled})`,
        ),
        `  warnings       precision ${percent(rate(result.correct, result.flagged))}  (${result.correct}/${result.flagged})`,
        ...result.misses.map((miss) => `  missed ${miss}`),
        ...result.falseAlarms.map((alarm) => `  false alarm ${alarm}`),
      ].join('\n'),
    );
    expect(result.flagged).toBeGreaterThan(0);
  });

  it.each(['nhs-number', 'date-of-birth', 'postcode'] as const)('finds over 95 %% of %s', (kind) => {
    expect(recallOf(kind)).toBeGreaterThan(0.95);
  });

  it('is right over 90 % of the time it warns', () => {
    expect(rate(result.correct, result.flagged)).toBeGreaterThan(0.9);
  });

  it('covers every warning kind in the labels', () => {
    for (const kind of WARNING_KINDS) expect(result.recall.get(kind)?.labelled ?? 0).toBeGreaterThan(5);
  });

  it.each(
    ORDINARY_SENTENCES.filter(({ source }) => source.startsWith('seed')).map(({ text, source }) => [source, text]),
  )('raises no warning in the seed reading (%s): %s', (_source, text) => {
    expect(detectPatientDetails(text).filter(({ severity }) => severity === 'warning')).toEqual([]);
  });
});
