import { describe, expect, it } from 'vitest';
import { detectPatientDetails } from '../../lib/privacy';
import {
  BATCH5,
  BATCH5_HELD_OUT,
  DEV,
  FRESH,
  FRESH_HELD_OUT,
  HELD_OUT,
  type LabelledPassage,
  NEWHAND,
  NEWHAND_HELD_OUT,
  UNSEEN,
  UNSEEN_HELD_OUT,
} from './fixtures/privacy-passages';

/**
 * A passage counts as flagged when it gets a warning, or, for details that identify only together, a
 * warning or a hint. Hints never count against precision: only a warning in a clean passage does.
 */
function flagged({ label, text }: LabelledPassage): boolean {
  const findings = detectPatientDetails(text);
  if (label === 'combination') return findings.length > 0;
  return findings.some(({ severity }) => severity === 'warning');
}

interface Scores {
  precision: number;
  recall: number;
  misses: string[];
  falseAlarms: string[];
  hintsOnClean: number;
}

function score(passages: readonly LabelledPassage[]): Scores {
  let caught = 0;
  let warned = 0;
  let hintsOnClean = 0;
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  for (const passage of passages) {
    const hit = flagged(passage);
    if (passage.label === 'clean') {
      if (hit) falseAlarms.push(passage.text);
      else if (detectPatientDetails(passage.text).length > 0) hintsOnClean += 1;
    } else if (hit) caught += 1;
    else misses.push(`${passage.label}: ${passage.text}`);
    if (hit) warned += 1;
  }
  const identifying = passages.filter(({ label }) => label !== 'clean').length;
  return { precision: warned ? caught / warned : 1, recall: caught / identifying, misses, falseAlarms, hintsOnClean };
}

const report = (name: string, passages: readonly LabelledPassage[], scores: Scores) =>
  [
    `Patient details, ${name} passages (${passages.length}): precision ${scores.precision.toFixed(3)}, recall ${scores.recall.toFixed(3)}; ${scores.hintsOnClean} clean passages with hints only`,
    ...scores.misses.map((miss) => `  missed ${miss}`),
    ...scores.falseAlarms.map((alarm) => `  false alarm: ${alarm}`),
  ].join('\n');

describe('patient details in realistic passages', () => {
  it('has enough labelled passages of each sort, a third held out', () => {
    expect(DEV.length + HELD_OUT.length).toBeGreaterThanOrEqual(300);
    expect(HELD_OUT.length).toBeGreaterThanOrEqual((DEV.length + HELD_OUT.length) / 3 - 1);
    for (const set of [DEV, HELD_OUT]) {
      const clean = set.filter(({ label }) => label === 'clean').length;
      expect(clean / set.length).toBeGreaterThan(0.4);
      expect(clean / set.length).toBeLessThan(0.6);
    }
  });

  it('warns about at least 95 % of passages with a patient detail, and 95 % of its warnings are right, on the passages it was tuned on', () => {
    const scores = score(DEV);
    console.log(report('development', DEV, scores));
    expect(scores.recall).toBeGreaterThanOrEqual(0.95);
    expect(scores.precision).toBeGreaterThanOrEqual(0.95);
  });

  it('holds on passages kept aside while it was tuned', () => {
    const scores = score(HELD_OUT);
    console.log(report('held-out', HELD_OUT, scores));
    expect(scores.recall).toBeGreaterThanOrEqual(0.95);
    expect(scores.precision).toBeGreaterThanOrEqual(0.95);
  });

  it('holds on a fresh batch in other voices (handovers, GP letters, mentoring notes), names no list holds', () => {
    const scores = score(FRESH);
    console.log(report('fresh', FRESH, scores));
    expect(scores.recall).toBeGreaterThanOrEqual(0.95);
    expect(scores.precision).toBeGreaterThanOrEqual(0.95);
  });

  // Only 65 passages, each worth 1.5 points, never tuned on: a floor that catches a real slip, not noise.
  it("stays near the target on the fresh batch's third kept aside while it was tuned", () => {
    const scores = score(FRESH_HELD_OUT);
    console.log(report('fresh held-out', FRESH_HELD_OUT, scores));
    expect(scores.recall).toBeGreaterThanOrEqual(0.9);
    expect(scores.precision).toBeGreaterThanOrEqual(0.9);
  });

  it('holds on a batch written without sight of the detector or the other sets (two thirds tuned on)', () => {
    const scores = score(UNSEEN);
    console.log(report('unseen', UNSEEN, scores));
    expect(UNSEEN.length + UNSEEN_HELD_OUT.length).toBeGreaterThanOrEqual(240);
    expect(scores.recall).toBeGreaterThanOrEqual(0.95);
    expect(scores.precision).toBeGreaterThanOrEqual(0.95);
  });

  // 84 passages never tuned on, each worth about 2.4 points of recall. Measured once when the rules
  // were changed before: precision 0.949, recall 0.881; measured again after the rules were tuned on
  // the new hand's batch: precision 0.975, recall 0.929; after names no cue marks were weighed by a
  // score over the cues around them: precision 0.952, recall 0.952. A floor below that catches a
  // real slip without failing on one passage.
  it("stays near what it scored on the unseen batch's third kept aside", () => {
    const scores = score(UNSEEN_HELD_OUT);
    console.log(report('unseen held-out', UNSEEN_HELD_OUT, scores));
    expect(scores.recall).toBeGreaterThanOrEqual(0.9);
    expect(scores.precision).toBeGreaterThanOrEqual(0.9);
  });

  it('holds on a later batch by a new hand, written without sight of the detector (two thirds tuned on)', () => {
    const scores = score(NEWHAND);
    console.log(report('new hand', NEWHAND, scores));
    expect(NEWHAND.length + NEWHAND_HELD_OUT.length).toBeGreaterThanOrEqual(270);
    expect(scores.recall).toBeGreaterThanOrEqual(0.95);
    expect(scores.precision).toBeGreaterThanOrEqual(0.95);
  });

  // 90 passages (43 with a detail, each worth about 2.3 points of recall) never tuned on, and their
  // misses never printed, so they stay unseen by whoever tunes next. Before the rules were tuned on
  // the rest of the batch: precision 1.000, recall 0.721; measured once after: precision 0.972,
  // recall 0.814; after names no cue marks were weighed by a score over the cues around them:
  // precision 0.973, recall 0.837. A floor a little below that catches a real slip without failing
  // on one passage.
  it("stays near what it scored on the new hand's third kept aside", () => {
    const { precision, recall } = score(NEWHAND_HELD_OUT);
    console.log(
      `Patient details, new hand held-out passages (${NEWHAND_HELD_OUT.length}): precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`,
    );
    expect(recall).toBeGreaterThanOrEqual(0.8);
    expect(precision).toBeGreaterThanOrEqual(0.92);
  });

  // Two thirds were tuned on (7 Dec 2026: 1.000 / 1.000); the held-out third never was (1.000 / 0.776), and stays
  // the honest figure. Floors keep both from slipping. Misses are counted by label, never printed, so the
  // held-out passages stay unseen by whoever tunes next.
  it('holds on batch 5, written by a new hand, half of it clean; reports the held-out third', () => {
    const all = [...BATCH5, ...BATCH5_HELD_OUT];
    expect(all.length).toBeGreaterThanOrEqual(240);
    expect(BATCH5_HELD_OUT.length).toBe(Math.floor(all.length / 3));
    for (const set of [all, BATCH5, BATCH5_HELD_OUT]) {
      const clean = set.filter(({ label }) => label === 'clean').length;
      expect(clean / set.length).toBeGreaterThanOrEqual(0.4);
      expect(clean / set.length).toBeLessThanOrEqual(0.6);
    }
    for (const [name, set, floors] of [
      ['batch 5', BATCH5, { precision: 0.97, recall: 0.97 }],
      ['batch 5 held-out', BATCH5_HELD_OUT, { precision: 0.95, recall: 0.75 }],
    ] as const) {
      const { precision, recall } = score(set);
      expect(precision, `${name} precision`).toBeGreaterThanOrEqual(floors.precision);
      expect(recall, `${name} recall`).toBeGreaterThanOrEqual(floors.recall);
      const missed = new Map<string, number>();
      for (const passage of set) {
        if (passage.label !== 'clean' && !flagged(passage))
          missed.set(passage.label, (missed.get(passage.label) ?? 0) + 1);
      }
      const byLabel = [...missed].map(([label, count]) => `${label} ${count}`).join(', ') || 'none';
      console.log(
        `Patient details, ${name} passages (${set.length}): precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}; missed by label: ${byLabel}`,
      );
    }
  });
});
