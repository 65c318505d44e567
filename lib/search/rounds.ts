import type { Expansion } from './expand';
import { BODY, COMPETENCIES, liveCount, NO_POSTINGS, type Store, TAGS, TITLE } from './store';

/**
 * Scratch for one search, indexed by slot (and two by term id); kept between searches and grown with the
 * journal, so a keystroke allocates nothing the size of the journal. `stamp` tells this round's marks from older ones.
 * - `passed[slot]`: how many rounds the slot has matched; FILTERED_OUT when the filters exclude it.
 * - `roundScore`, `exactHit`: the slot's best hit in this round, and whether any hit was more than a typo.
 * - `score`, `typoWords`: totals over the rounds so far.
 */
export interface Scratch {
  passed: Uint8Array;
  seen: Uint32Array;
  roundScore: Float64Array;
  exactHit: Uint8Array;
  score: Float64Array;
  typoWords: Uint8Array;
  termStamp: Uint32Array;
  termPosition: Uint32Array;
  stamp: number;
}

export const FILTERED_OUT = 255;

let shared: Scratch | undefined;

export function scratchFor(slots: number, terms: number): Scratch {
  const size = Math.max(slots, 1024);
  if (!shared || shared.passed.length < slots) {
    shared = {
      ...(shared ?? { termStamp: new Uint32Array(0), termPosition: new Uint32Array(0), stamp: 0 }),
      passed: new Uint8Array(size * 2),
      seen: new Uint32Array(size * 2),
      roundScore: new Float64Array(size * 2),
      exactHit: new Uint8Array(size * 2),
      score: new Float64Array(size * 2),
      typoWords: new Uint8Array(size * 2),
    };
  }
  if (shared.termStamp.length < terms) {
    shared.termStamp = new Uint32Array(Math.max(terms, 1024) * 2);
    shared.termPosition = new Uint32Array(shared.termStamp.length);
  }
  return shared;
}

/**
 * Scores the slots that match one query word and have matched every earlier round, returning them. Walks the
 * word's posting lists, or, when few candidates are left, reads those candidates' own term lists instead.
 */
export function matchRound(store: Store, s: Scratch, expansion: Expansion, round: number, candidates: number[]) {
  s.stamp++;
  const touched: number[] = [];
  const scoreOf = fieldScorer(store);
  const { termIds, weights, typos } = expansion;
  // A slot's score for the word is its best exact or prefix hit; typo hits count only for slots without one.
  const keep = (slot: number, value: number, typo: boolean) => {
    if (s.seen[slot] !== s.stamp) {
      s.seen[slot] = s.stamp;
      s.roundScore[slot] = value;
      s.exactHit[slot] = typo ? 0 : 1;
      touched.push(slot);
    } else if (typo === (s.exactHit[slot] === 0)) {
      if (value > (s.roundScore[slot] ?? 0)) s.roundScore[slot] = value;
    } else if (!typo) {
      s.roundScore[slot] = value;
      s.exactHit[slot] = 1;
    }
  };
  const termsPerEntry = store.totalPostings / Math.max(1, liveCount(store));
  if (round > 0 && candidates.length * termsPerEntry < expansion.postings) {
    termIds.forEach((termId, position) => {
      s.termStamp[termId] = s.stamp;
      s.termPosition[termId] = position;
    });
    for (const slot of candidates) {
      const pairs = store.slotTerms[slot] ?? NO_POSTINGS;
      for (let at = 0; at < pairs.length; at += 2) {
        const termId = pairs[at] ?? 0;
        if (s.termStamp[termId] !== s.stamp) continue;
        const position = s.termPosition[termId] ?? 0;
        keep(slot, (weights[position] ?? 0) * scoreOf(slot, pairs[at + 1] ?? 0), typos[position] === true);
      }
    }
    return touched;
  }
  const { passed } = s;
  for (let position = 0; position < termIds.length; position++) {
    const termId = termIds[position] ?? 0;
    const list = store.postings[termId] ?? NO_POSTINGS;
    const length = store.postingLength[termId] ?? 0;
    const weight = weights[position] ?? 0;
    const typo = typos[position] === true;
    for (let at = 0; at < length; at += 2) {
      const slot = list[at] ?? 0;
      if (passed[slot] === round) keep(slot, weight * scoreOf(slot, list[at + 1] ?? 0), typo);
    }
  }
  return touched;
}

// BM25 with saturation per field, so one title hit outweighs any number of body hits.
const K1 = 1.2;
const B = 0.75;
const SATURATED = Float64Array.from({ length: 256 }, (_, tf) => (tf * (K1 + 1)) / (tf + K1));
const [TITLE_BOOST, TAGS_BOOST, COMPETENCIES_BOOST] = [3, 2, 1.5]; // the body counts 1

/** The term-frequency part of BM25 for one posting: saturated per field, the body normalised by length. */
function fieldScorer(store: Store): (slot: number, frequencies: number) => number {
  const { bodyLengths } = store;
  const averageBody = store.totalBodyLength / Math.max(1, liveCount(store)) || 1;
  return (slot, packed) => {
    let fields = 0;
    if (packed & 0xffffff) {
      fields += TITLE_BOOST * (SATURATED[(packed >>> TITLE) & 255] ?? 0);
      fields += TAGS_BOOST * (SATURATED[(packed >>> TAGS) & 255] ?? 0);
      fields += COMPETENCIES_BOOST * (SATURATED[(packed >>> COMPETENCIES) & 255] ?? 0);
    }
    const body = packed >>> BODY;
    if (body > 0) fields += (body * (K1 + 1)) / (body + K1 * (1 - B + (B * (bodyLengths[slot] ?? 0)) / averageBody));
    return fields;
  };
}
