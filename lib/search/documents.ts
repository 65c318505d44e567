import type { Entry } from '../entries/schema';
import { findElement } from '../frameworks';
import { withoutComments } from '../text';
import {
  addPosting,
  BODY,
  COMPETENCIES,
  labelCode,
  NO_POSTINGS,
  removePosting,
  type Store,
  setPosting,
  TAGS,
  TITLE,
  termIdFor,
} from './store';
import { createSpans, foldText, isStopSpan, scanSpans } from './tokenize';

/** What the index reads from an entry. */
export type SearchableEntry = Pick<Entry, 'id' | 'title' | 'body' | 'kind' | 'occurredOn' | 'tags' | 'competencies'> &
  Partial<Pick<Entry, 'role' | 'starred' | 'deletedAt' | 'learningPoints' | 'actions'>>;

// Per-entry scratch indexed by term id: packed frequencies, and the slot that last counted the term.
let scratchFrequencies = new Uint32Array(1024);
let scratchOwner = new Int32Array(1024).fill(-1);

function growScratch(id: number): void {
  const size = Math.max(id + 1, scratchOwner.length * 2);
  const frequencies = new Uint32Array(size);
  frequencies.set(scratchFrequencies);
  const owner = new Int32Array(size).fill(-1);
  owner.set(scratchOwner);
  scratchFrequencies = frequencies;
  scratchOwner = owner;
}

const spans = createSpans();
const NO_TAGS: string[] = [];

/** Counts the entry's terms into the scratch arrays under `slot`; returns the term ids met, in order. */
function countTerms(store: Store, entry: SearchableEntry, slot: number): { touched: number[]; bodyLength: number } {
  const touched: number[] = [];
  let bodyLength = 0;
  const count = (text: string, field: number) => {
    const folded = foldText(text);
    scanSpans(folded, spans);
    const { starts, ends, hashes } = spans;
    for (let k = 0; k < spans.count; k++) {
      const start = starts[k] ?? 0;
      const end = ends[k] ?? 0;
      const hash = hashes[k] ?? 0;
      if (isStopSpan(folded, start, end, hash)) continue;
      const id = termIdFor(store, folded, start, end, hash);
      if (id >= scratchOwner.length) growScratch(id);
      if (scratchOwner[id] !== slot) {
        scratchOwner[id] = slot;
        scratchFrequencies[id] = 0;
        touched.push(id);
      }
      const packed = scratchFrequencies[id] ?? 0;
      // Counts stop at 255 so they fit in their byte; BM25 saturates long before that.
      if (((packed >>> field) & 255) < 255) scratchFrequencies[id] = packed + (1 << field);
      if (field === BODY) bodyLength++;
    }
  };
  count(entry.title, TITLE);
  for (const tag of entry.tags) count(tag, TAGS);
  for (const id of entry.competencies) {
    const match = findElement(id);
    if (match) count(match.element.name, COMPETENCIES);
  }
  // Learning points and actions are the entry's own words too, so they count as body text.
  // A template's hints (HTML comments) are Lantern's words, not the doctor's: they are not searched.
  count(withoutComments(entry.body), BODY);
  for (const text of entry.learningPoints ?? []) count(text, BODY);
  for (const text of entry.actions ?? []) count(text, BODY);
  return { touched, bodyLength };
}

/**
 * Indexes `entry`. An entry already indexed keeps its slot and only the postings of words it gained, lost or
 * counts differently change: a save rewrites a few words of a long entry, and moving every posting of a common
 * word would cost time in proportion to the journal.
 */
export function addDocument(store: Store, entry: SearchableEntry): void {
  const previous = store.slotById.get(entry.id);
  const slot = previous ?? store.freeSlots.pop() ?? store.ids.length;
  const { touched, bodyLength } = countTerms(store, entry, slot);
  const old = new Map<number, number>();
  const oldPairs = previous === undefined ? NO_POSTINGS : (store.slotTerms[slot] ?? NO_POSTINGS);
  for (let at = 0; at < oldPairs.length; at += 2) old.set(oldPairs[at] ?? 0, oldPairs[at + 1] ?? 0);

  const pairs = new Uint32Array(touched.length * 2);
  touched.forEach((id, at) => {
    const frequencies = scratchFrequencies[id] ?? 0;
    const before = old.get(id);
    if (before === undefined) addPosting(store, id, slot, frequencies);
    else if (before !== frequencies) setPosting(store, id, slot, frequencies);
    old.delete(id);
    pairs[2 * at] = id;
    pairs[2 * at + 1] = frequencies;
    scratchOwner[id] = -1;
  });
  for (const id of old.keys()) removePosting(store, id, slot);
  store.slotById.set(entry.id, slot);
  store.ids[slot] = entry.id;
  store.slotTerms[slot] = pairs;
  store.kinds[slot] = labelCode(store, entry.kind);
  store.roles[slot] = labelCode(store, entry.role === undefined ? undefined : foldText(entry.role).trim());
  // Most entries have no tags: one shared empty list rather than one each.
  store.tags[slot] = entry.tags.length ? entry.tags.map((tag) => foldText(tag).trim()) : NO_TAGS;
  store.occurredOn[slot] = entry.occurredOn;
  store.dateKeys[slot] = Number(entry.occurredOn.replaceAll('-', '')) || 0;
  store.starred[slot] = entry.starred === true ? 1 : 0;
  store.totalBodyLength += bodyLength - (previous === undefined ? 0 : (store.bodyLengths[slot] ?? 0));
  store.bodyLengths[slot] = bodyLength;
  store.totalPostings += touched.length - oldPairs.length / 2;
  store.version++;
}

export function removeDocument(store: Store, id: string): boolean {
  const slot = store.slotById.get(id);
  if (slot === undefined) return false;
  const pairs = store.slotTerms[slot] ?? NO_POSTINGS;
  for (let at = 0; at < pairs.length; at += 2) removePosting(store, pairs[at] ?? 0, slot);
  store.slotById.delete(id);
  store.ids[slot] = undefined;
  store.slotTerms[slot] = undefined;
  store.tags[slot] = NO_TAGS;
  store.totalBodyLength -= store.bodyLengths[slot] ?? 0;
  store.totalPostings -= pairs.length / 2;
  store.freeSlots.push(slot);
  store.version++;
  return true;
}
