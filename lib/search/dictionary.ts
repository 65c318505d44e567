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
  const { sorted, ids, shared: oldShared } = dictionary;
  const total = sorted.length + terms.length;
  const mergedTerms: string[] = new Array(total);
  const mergedIds: number[] = new Array(total);
  const shared: number[] = new Array(total);
  let old = 0;
  let added = 0;
  // Whether the term just placed came from the dictionary: an old term after its old neighbour keeps its count.
  let lastWasOld = false;
  for (let at = 0; at < total; at++) {
    const next = terms[added];
    const fromOld = next === undefined || (old < sorted.length && (sorted[old] ?? '') < next[0]);
    if (fromOld) {
      const term = sorted[old] ?? '';
      mergedTerms[at] = term;
      mergedIds[at] = ids[old] ?? 0;
      shared[at] = lastWasOld ? (oldShared[old] ?? 0) : commonPrefix(mergedTerms[at - 1], term);
      old++;
    } else {
      mergedTerms[at] = next[0];
      mergedIds[at] = next[1];
      shared[at] = commonPrefix(mergedTerms[at - 1], next[0]);
      added++;
    }
    lastWasOld = fromOld;
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

/**
 * Two dictionaries being merged into one a piece at a time (`stepMerge`), so that merging a career's worth of
 * terms never holds the page in one go; both stay readable meanwhile.
 */
export interface DictionaryMerge {
  readonly older: Dictionary;
  readonly newer: Dictionary;
  readonly merged: Dictionary;
  /** Terms deleted from `older` or `newer` since the merge began: dead there, and left out of `merged`. */
  readonly deleted: Set<string>;
  fromOlder: number;
  fromNewer: number;
}

export function beginMerge(older: Dictionary, newer: Dictionary): DictionaryMerge {
  return { older, newer, merged: createDictionary(), deleted: new Set(), fromOlder: 0, fromNewer: 0 };
}

/**
 * Moves up to `work` terms into the merged dictionary, leaving out those `keep` refuses (no longer used); true
 * once every term has been through, and then every term deleted meanwhile is out of `merged` too.
 */
export function stepMerge(merge: DictionaryMerge, work: number, keep: (term: string, id: number) => boolean): boolean {
  const { older, newer, merged } = merge;
  for (let done = 0; done < work; done++) {
    const olderTerm = older.sorted[merge.fromOlder];
    const newerTerm = newer.sorted[merge.fromNewer];
    if (olderTerm === undefined && newerTerm === undefined) break;
    const takeOlder = newerTerm === undefined || (olderTerm !== undefined && olderTerm < newerTerm);
    const term = (takeOlder ? olderTerm : newerTerm) ?? '';
    const id = (takeOlder ? older.ids[merge.fromOlder++] : newer.ids[merge.fromNewer++]) ?? 0;
    if (merge.deleted.has(term) || !keep(term, id)) continue;
    merged.shared.push(commonPrefix(merged.sorted[merged.sorted.length - 1], term));
    merged.sorted.push(term);
    merged.ids.push(id);
  }
  if (merge.fromOlder < older.sorted.length || merge.fromNewer < newer.sorted.length) return false;
  for (const term of merge.deleted) deleteTerm(merged, term);
  return true;
}
