import { expandTerm } from './expand';
import { filterMask, type SearchFilters } from './filters';
import { FILTERED_OUT, matchRound, type Scratch, scratchFor } from './rounds';
import type { Store } from './store';
import { parseQuery } from './tokenize';
import { topRanked } from './top';

export interface SearchOptions {
  filters?: SearchFilters;
  /** How many results at most; 50 unless given. */
  limit?: number;
}

export interface SearchResult {
  id: string;
  score: number;
  /** The entry's own words that matched, for highlighting. */
  matchedTerms: string[];
}

export const DEFAULT_LIMIT = 50;

/**
 * Every query word must match, so the words run as rounds, cheapest first, each keeping only the slots that
 * matched all before it. A stop word still being typed ("handover the") is optional: it lifts entries with a
 * completion ("theatre") but excludes none, unless it is the whole query.
 */
export function runSearch(store: Store, query: string, options: SearchOptions = {}): SearchResult[] {
  const slots = store.ids.length;
  const s = scratchFor(slots, store.lexicon.words.length);
  const mask = filterMask(store, options.filters);
  s.passed.fill(0, 0, slots);
  if (mask) for (let slot = 0; slot < slots; slot++) if (mask[slot] === 1) s.passed[slot] = FILTERED_OUT;

  const terms = parseQuery(query, FILTERED_OUT - 1);
  const required = terms.filter((term) => !term.optional);
  const rounds = (required.length > 0 ? required : terms).map((term) => expandTerm(store, term));
  rounds.sort((a, b) => a.postings - b.postings);
  const extras =
    required.length > 0 ? terms.filter((term) => term.optional).map((term) => expandTerm(store, term)) : [];

  let candidates: number[] = [];
  if (rounds.length === 0) {
    for (let slot = 0; slot < slots; slot++) {
      if (store.ids[slot] !== undefined && s.passed[slot] === 0) candidates.push(slot);
      s.score[slot] = s.typoWords[slot] = 0;
    }
  }
  for (const [round, expansion] of rounds.entries()) {
    const touched = matchRound(store, s, expansion, round, candidates);
    for (const slot of touched) {
      const typoOnly = s.exactHit[slot] === 1 ? 0 : 1;
      s.score[slot] = (round === 0 ? 0 : (s.score[slot] ?? 0)) + (s.roundScore[slot] ?? 0);
      s.typoWords[slot] = (round === 0 ? 0 : (s.typoWords[slot] ?? 0)) + typoOnly;
      s.passed[slot] = round + 1;
    }
    candidates = touched;
    if (touched.length === 0) break;
  }
  for (const extra of candidates.length > 0 ? extras : []) {
    for (const slot of matchRound(store, s, extra, rounds.length, candidates)) {
      s.score[slot] = (s.score[slot] ?? 0) + (s.roundScore[slot] ?? 0);
    }
  }
  const ranked = topRanked(candidates, options.limit ?? DEFAULT_LIMIT, ranksBefore(store, s));

  // Mark every term the query reached, to name each result's matching words.
  const stamp = ++s.stamp;
  for (const { termIds } of [...rounds, ...extras]) for (const termId of termIds) s.termStamp[termId] = stamp;
  return ranked.map((slot) => {
    const pairs = store.slotTerms[slot] ?? [];
    const matchedTerms: string[] = [];
    for (let at = 0; at < pairs.length; at += 2) {
      const termId = pairs[at] ?? 0;
      if (s.termStamp[termId] === stamp) matchedTerms.push(store.lexicon.words[termId] ?? '');
    }
    return { id: store.ids[slot] ?? '', score: s.score[slot] ?? 0, matchedTerms };
  });
}

/** Words matched only through a typo rank below exact and prefix matches; then score; then the newest entry. */
function ranksBefore(store: Store, s: Scratch): (a: number, b: number) => boolean {
  const { dateKeys, ids } = store;
  const { typoWords, score } = s;
  return (a, b) => {
    const typos = (typoWords[a] ?? 0) - (typoWords[b] ?? 0);
    if (typos !== 0) return typos < 0;
    const difference = (score[a] ?? 0) - (score[b] ?? 0);
    if (difference !== 0) return difference > 0;
    const newer = (dateKeys[a] ?? 0) - (dateKeys[b] ?? 0);
    return newer !== 0 ? newer > 0 : (ids[a] ?? '') < (ids[b] ?? '');
  };
}
