import { prefixRange } from './dictionary';
import { allowedTypos, forEachFuzzyRange } from './fuzzy';
import { dictionaryTiers, liveCount, liveTerm, type Store } from './store';
import type { QueryTerm } from './tokenize';

/**
 * The dictionary terms one query word reaches, as parallel arrays: term id, how much a hit counts (match
 * weight × idf), and whether the term was reached only through a typo.
 */
export interface Expansion {
  termIds: number[];
  weights: number[];
  typos: boolean[];
  /** How many postings the terms hold together: the price of walking them. */
  postings: number;
}

/** Exact words count fully; completions less, and less still for a finished word; typos least. */
function matchWeight(term: string, query: QueryTerm): number {
  if (term.length === query.text.length) return 1;
  return (query.typing ? 1 : 0.7) * (0.5 + (0.5 * query.text.length) / term.length);
}

function expand(store: Store, query: QueryTerm): Expansion {
  const expansion: Expansion = { termIds: [], weights: [], typos: [], postings: 0 };
  const documents = liveCount(store);
  const typos = allowedTypos(query.text);
  for (const { tier, dead } of dictionaryTiers(store)) {
    const { sorted, ids } = tier;
    const push = (index: number, weight: number, typo: boolean) => {
      const termId = ids[index] ?? 0;
      const term = sorted[index] ?? '';
      // A tier being merged may still hold a term deleted since (dead there, and maybe live in a newer tier).
      if (dead && (dead.has(term) || !liveTerm(store, term, termId))) return;
      const frequency = (store.postingLength[termId] ?? 0) / 2;
      if (frequency === 0) return;
      expansion.termIds.push(termId);
      expansion.weights.push(weight * Math.log(1 + (documents - frequency + 0.5) / (frequency + 0.5)));
      expansion.typos.push(typo);
      expansion.postings += frequency;
    };
    const [from, to] = prefixRange(sorted, query.text);
    for (let index = from; index < to; index++) push(index, matchWeight(sorted[index] ?? '', query), false);
    if (typos > 0) {
      forEachFuzzyRange(tier, query.text, typos, (start, end, distance) => {
        for (let index = start; index < end; index++)
          if (index < from || index >= to) push(index, 0.5 / distance, true);
      });
    }
  }
  return expansion;
}

// Typing repeats the earlier words of a query on every keystroke; their expansions are kept until the index changes.
const CACHE_SIZE = 64;
const cache = new Map<string, Expansion>();
let cachedStore: Store | undefined;
let cachedVersion = -1;

export function expandTerm(store: Store, query: QueryTerm): Expansion {
  if (cachedStore !== store || cachedVersion !== store.version) {
    cache.clear();
    cachedStore = store;
    cachedVersion = store.version;
  }
  const key = `${query.typing ? '…' : ''}${query.text}`;
  let expansion = cache.get(key);
  if (!expansion) {
    expansion = expand(store, query);
    if (cache.size >= CACHE_SIZE) cache.clear();
    cache.set(key, expansion);
  }
  return expansion;
}
