import {
  beginMerge,
  createDictionary,
  type Dictionary,
  type DictionaryMerge,
  deleteTerm,
  lowerBound,
  mergeTerms,
  stepMerge,
} from './dictionary';
import { createLexicon, findRange, insertWord, type Lexicon, removeWord } from './lexicon';

/** Term frequencies are packed one byte per field into a posting's second number: title, tags, competencies, body. */
export const TITLE = 0;
export const TAGS = 8;
export const COMPETENCIES = 16;
export const BODY = 24;

/**
 * The inverted index. Entries live in numbered slots (reused after removal). Each term has one flat
 * Uint32Array of `[slot, packed term frequencies]` pairs sorted by slot; each slot keeps the same pairs from its
 * own side (`[term id, frequencies]`), so removal finds its postings directly and a few candidates can be scored
 * without walking long posting lists. The per-slot columns hold what filters and ordering read, as numbers.
 */
export interface Store {
  /**
   * The sorted dictionary searches read, in tiers (`dictionaryTiers`): most terms here, the newest in `recent`,
   * which joins this one once it has grown, a piece at a time (`merging`), so no merge of a career's worth of
   * terms holds the page in one go. A term is in one tier only.
   */
  dictionary: Dictionary;
  recent: Dictionary;
  /** The merge of `dictionary` with an earlier `recent` under way, both still read until it is done. */
  merging: DictionaryMerge | null;
  /** Term → term id; `lexicon.words` is id → term. */
  readonly lexicon: Lexicon;
  readonly postings: Uint32Array[];
  readonly postingLength: number[];
  readonly freeTermIds: number[];
  readonly slotById: Map<string, number>;
  readonly freeSlots: number[];
  readonly ids: (string | undefined)[];
  readonly slotTerms: (Uint32Array | undefined)[];
  /** Kinds and roles as small numbers (0: none), through `labels`. */
  readonly kinds: number[];
  readonly roles: number[];
  readonly labels: Map<string, number>;
  /** Folded tags. */
  readonly tags: string[][];
  readonly occurredOn: string[];
  /** `occurredOn` as the number YYYYMMDD. */
  readonly dateKeys: number[];
  readonly starred: number[];
  readonly bodyLengths: number[];
  totalBodyLength: number;
  /** How many `[slot, frequencies]` pairs all posting lists hold together. */
  totalPostings: number;
  /** Bumped by every change, so cached expansions and filter masks know when they are stale. */
  version: number;
  /**
   * Ids of terms added since the sorted dictionary was last brought up to date. New words wait here and are
   * merged in one pass before the next search (`settleDictionary`), not spliced in one at a time.
   */
  pendingTerms: number[];
  /** Posting lists grow by doubling; `trimPostings` gives back the spare room of those before this term id. */
  trimmedUpTo: number;
}

export const NO_POSTINGS = new Uint32Array(0);

export function createStore(): Store {
  return {
    dictionary: createDictionary(),
    recent: createDictionary(),
    merging: null,
    lexicon: createLexicon(),
    postings: [],
    postingLength: [],
    freeTermIds: [],
    slotById: new Map(),
    freeSlots: [],
    ids: [],
    slotTerms: [],
    kinds: [],
    roles: [],
    labels: new Map(),
    tags: [],
    occurredOn: [],
    dateKeys: [],
    starred: [],
    bodyLengths: [],
    totalBodyLength: 0,
    totalPostings: 0,
    version: 0,
    pendingTerms: [],
    trimmedUpTo: 0,
  };
}

export const liveCount = (store: Store) => store.slotById.size;

/** The number standing for a kind or role; unknown labels get one unless `lookOnly`, which answers -1. */
export function labelCode(store: Store, label: string | undefined, lookOnly = false): number {
  if (label === undefined || label === '') return 0;
  const known = store.labels.get(label);
  if (known !== undefined || lookOnly) return known ?? -1;
  const code = store.labels.size + 1;
  store.labels.set(label, code);
  return code;
}

/** The id of the term `text.slice(start, end)` (whose hash is `hash`), added to the index if new. */
export function termIdFor(store: Store, text: string, start: number, end: number, hash: number): number {
  const known = findRange(store.lexicon, text, start, end, hash);
  if (known >= 0) return known;
  const id = store.freeTermIds.pop() ?? store.lexicon.words.length;
  const term = text.slice(start, end);
  insertWord(store.lexicon, term, id, hash);
  store.postings[id] = NO_POSTINGS;
  store.postingLength[id] = 0;
  store.pendingTerms.push(id);
  return id;
}

/** Where `slot` is, or would go, in a posting list sorted by slot. */
function slotPosition(list: Uint32Array, length: number, slot: number): number {
  let low = 0;
  let high = length / 2;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((list[2 * middle] ?? 0) < slot) low = middle + 1;
    else high = middle;
  }
  return 2 * low;
}

export function addPosting(store: Store, termId: number, slot: number, frequencies: number): void {
  let list = store.postings[termId] ?? NO_POSTINGS;
  const length = store.postingLength[termId] ?? 0;
  if (length + 2 > list.length) {
    const grown = new Uint32Array(Math.max(8, list.length * 2));
    grown.set(list);
    list = grown;
    store.postings[termId] = list;
  }
  // Bulk loads fill slots in order, so this is nearly always an append; a reused slot shifts the tail natively.
  const at = length === 0 || (list[length - 2] ?? 0) < slot ? length : slotPosition(list, length, slot);
  if (at < length) list.copyWithin(at + 2, at, length);
  list[at] = slot;
  list[at + 1] = frequencies;
  store.postingLength[termId] = length + 2;
}

/** Changes the frequencies of the posting of `termId` for `slot`, which must be there. */
export function setPosting(store: Store, termId: number, slot: number, frequencies: number): void {
  const list = store.postings[termId] ?? NO_POSTINGS;
  const at = slotPosition(list, store.postingLength[termId] ?? 0, slot);
  if (list[at] === slot) list[at + 1] = frequencies;
}

export function removePosting(store: Store, termId: number, slot: number): void {
  const list = store.postings[termId] ?? NO_POSTINGS;
  const length = store.postingLength[termId] ?? 0;
  const at = slotPosition(list, length, slot);
  if (at >= length || list[at] !== slot) return;
  list.copyWithin(at, at + 2, length);
  store.postingLength[termId] = length - 2;
  if (length === 2) forgetTerm(store, termId);
}

/** A term no entry uses any more leaves the dictionary, so abandoned drafts of words do not pile up. */
function forgetTerm(store: Store, termId: number): void {
  const term = store.lexicon.words[termId] ?? '';
  removeWord(store.lexicon, termId);
  store.postings[termId] = NO_POSTINGS;
  store.freeTermIds.push(termId);
  // A term still waiting to be merged is in no tier: then this finds nothing to delete.
  deleteTerm(store.recent, term);
  // The tiers being merged are not changed under the merge: the term is marked dead there instead.
  if (store.merging) store.merging.deleted.add(term);
  else deleteTerm(store.dictionary, term);
}

/** The sorted tiers of the dictionary, biggest first, and for each the terms dead in it (deleted while merging). */
export function dictionaryTiers(store: Store): { tier: Dictionary; dead: ReadonlySet<string> | null }[] {
  const { merging } = store;
  if (!merging)
    return [
      { tier: store.dictionary, dead: null },
      { tier: store.recent, dead: null },
    ];
  return [
    { tier: merging.older, dead: merging.deleted },
    { tier: merging.newer, dead: merging.deleted },
    { tier: store.recent, dead: null },
  ];
}

/** True when `id` at `term` in a tier is the term as used now (not a dead copy whose id went to another word). */
export function liveTerm(store: Store, term: string, id: number): boolean {
  return store.lexicon.words[id] === term && (store.postingLength[id] ?? 0) > 0;
}

/** Terms in the newest tier before it joins the rest: a merge of this many costs the page about a millisecond. */
const RECENT_AT_MOST = 8192;
/** Terms merged between asks whether to stop. */
const MERGE_WORK_PER_ASK = 2048;

/**
 * Brings the terms added since into the dictionary searches read: into the newest tier, at once (it is small),
 * which joins the rest once it has grown, a piece at a time until `stop()` says so. True once no merge is left
 * under way; searches read the tiers either way.
 */
export function settleDictionary(store: Store, stop: () => boolean = () => false): boolean {
  const pending = store.pendingTerms;
  if (pending.length > 0) {
    store.pendingTerms = [];
    const tiers = dictionaryTiers(store);
    const terms: [string, number][] = [];
    const taken = new Set<number>();
    for (const id of pending) {
      // An id may have been freed (its last entry removed) and even reused since; take each live one once.
      if (taken.has(id) || (store.postingLength[id] ?? 0) === 0) continue;
      taken.add(id);
      const term = store.lexicon.words[id] ?? '';
      if (!tiers.some(({ tier, dead }) => holdsLive(store, tier, dead, term))) terms.push([term, id]);
    }
    mergeTerms(store.recent, terms);
  }
  if (!store.merging && store.recent.sorted.length > Math.max(RECENT_AT_MOST, store.dictionary.sorted.length / 4)) {
    store.merging = beginMerge(store.dictionary, store.recent);
    store.recent = createDictionary();
  }
  const { merging } = store;
  if (!merging) return true;
  const keep = (term: string, id: number) => liveTerm(store, term, id);
  while (!stepMerge(merging, MERGE_WORK_PER_ASK, keep)) if (stop()) return false;
  store.dictionary = merging.merged;
  store.merging = null;
  return true;
}

function holdsLive(store: Store, tier: Dictionary, dead: ReadonlySet<string> | null, term: string): boolean {
  const at = lowerBound(tier.sorted, term);
  return tier.sorted[at] === term && !dead?.has(term) && liveTerm(store, term, tier.ids[at] ?? 0);
}

/** Numbers copied between asks whether to stop trimming. */
const TRIM_WORK_PER_ASK = 1 << 16;

/**
 * Gives back the spare room of posting lists (they grow by doubling), going on from where the last call
 * stopped, until `stop()` says so; true once the round has reached the last list (the next call starts again).
 */
export function trimPostings(store: Store, stop: () => boolean = () => false): boolean {
  const { postings, postingLength } = store;
  // `stop` is asked every few hundred terms, and sooner after long lists: copying a common word's postings at
  // 100,000 entries is most of a millisecond.
  let work = 0;
  for (let termId = store.trimmedUpTo; termId < postings.length; termId++) {
    if (termId > store.trimmedUpTo && (work > TRIM_WORK_PER_ASK || termId % 256 === 0)) {
      work = 0;
      if (stop()) {
        store.trimmedUpTo = termId;
        return false;
      }
    }
    const list = postings[termId] ?? NO_POSTINGS;
    const length = postingLength[termId] ?? 0;
    if (list.length > length) {
      postings[termId] = length === 0 ? NO_POSTINGS : list.slice(0, length);
      work += length;
    }
  }
  store.trimmedUpTo = 0;
  return true;
}
