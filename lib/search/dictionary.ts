/**
 * The term dictionary kept in code-unit order, so every completion of a prefix is one contiguous range found by
 * two binary searches. Terms arrive one at a time while the user edits (inserted in place) or in bulk when the
 * journal loads (appended unsorted, then sorted once).
 */
export interface Dictionary {
  /** Terms in code-unit order. */
  sorted: string[];
  /** The term id of each entry in `sorted`. */
  ids: number[];
  /** How many leading letters each term shares with the one before it (0 for the first): the implicit trie. */
  shared: number[];
}

export function createDictionary(): Dictionary {
  return { sorted: [], ids: [], shared: [] };
}

function commonPrefix(a: string | undefined, b: string | undefined): number {
  if (a === undefined || b === undefined) return 0;
  const length = Math.min(a.length, b.length);
  let at = 0;
  while (at < length && a.charCodeAt(at) === b.charCodeAt(at)) at++;
  return at;
}

/** Recomputes `shared` at `at` and just after it, where an insertion or deletion changed the neighbours. */
function refreshShared({ sorted, shared }: Dictionary, at: number): void {
  for (const index of [at, at + 1]) {
    if (index < sorted.length) shared[index] = commonPrefix(sorted[index - 1], sorted[index]);
  }
}

/** The first index whose term is not below `term`. */
export function lowerBound(sorted: readonly string[], term: string, from = 0): number {
  let low = from;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] ?? '') < term) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The end of the run of terms that start with `prefix`, searching from `from`. */
export function prefixEnd(sorted: readonly string[], prefix: string, from = 0): number {
  // U+FFFF sorts after every code unit a real term contains (it is a noncharacter).
  return lowerBound(sorted, `${prefix}\uffff`, from);
}

/** `[from, to)`: the indices in `sorted` of every term starting with `prefix`. */
export function prefixRange(sorted: readonly string[], prefix: string): [number, number] {
  const from = lowerBound(sorted, prefix);
  return [from, prefixEnd(sorted, prefix, from)];
}

export function insertTerm(dictionary: Dictionary, term: string, id: number): void {
  const at = lowerBound(dictionary.sorted, term);
  dictionary.sorted.splice(at, 0, term);
  dictionary.ids.splice(at, 0, id);
  dictionary.shared.splice(at, 0, 0);
  refreshShared(dictionary, at);
}

export function deleteTerm(dictionary: Dictionary, term: string): void {
  const at = lowerBound(dictionary.sorted, term);
  if (dictionary.sorted[at] !== term) return;
  dictionary.sorted.splice(at, 1);
  dictionary.ids.splice(at, 1);
  dictionary.shared.splice(at, 1);
  refreshShared(dictionary, at);
}

/**
 * Adds these `[term, term id]` pairs (none already present) in one pass: they are sorted, then merged with the
 * terms already there, so the many new words of a slice of entries cost one walk rather than a splice each.
 */
export function mergeTerms(dictionary: Dictionary, terms: [string, number][]): void {
  if (terms.length === 0) return;
  terms.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const { sorted, ids } = dictionary;
  const total = sorted.length + terms.length;
  const mergedTerms: string[] = new Array(total);
  const mergedIds: number[] = new Array(total);
  const shared: number[] = new Array(total);
  let old = 0;
  let added = 0;
  for (let at = 0; at < total; at++) {
    const fromOld = added >= terms.length || (old < sorted.length && (sorted[old] ?? '') < (terms[added]?.[0] ?? ''));
    const [term, id] = fromOld ? [sorted[old] ?? '', ids[old++] ?? 0] : (terms[added++] ?? ['', 0]);
    mergedTerms[at] = term;
    mergedIds[at] = id;
    shared[at] = commonPrefix(mergedTerms[at - 1], term);
  }
  dictionary.sorted = mergedTerms;
  dictionary.ids = mergedIds;
  dictionary.shared = shared;
}

/** Replaces the dictionary's contents with these `[term, term id]` pairs, sorted once. */
export function rebuildDictionary(dictionary: Dictionary, terms: [string, number][]): void {
  dictionary.sorted = [];
  dictionary.ids = [];
  dictionary.shared = [];
  mergeTerms(dictionary, terms);
}
