/**
 * A hash table from words to numeric ids that looks words up by their position in a longer text, so indexing
 * 10,000 entries does not allocate a string for each of their millions of words (only for words it has never
 * seen). Open addressing with linear probing; removal shifts later entries back instead of leaving tombstones.
 */
export interface Lexicon {
  /** The word of each id; the caller chooses ids. */
  readonly words: string[];
  readonly hashes: number[];
  table: Int32Array;
  size: number;
}

const EMPTY = -1;
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** `capacity` must be a power of two; the table doubles whenever it becomes half full. */
export function createLexicon(capacity = 1024): Lexicon {
  return { words: [], hashes: [], table: new Int32Array(capacity).fill(EMPTY), size: 0 };
}

/** FNV-1a over the UTF-16 code units of `text[start, end)`. */
export function hashRange(text: string, start: number, end: number): number {
  let hash = FNV_OFFSET;
  for (let at = start; at < end; at++) hash = Math.imul(hash ^ text.charCodeAt(at), FNV_PRIME);
  return hash >>> 0;
}

function sameWord(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let at = 0; at < word.length; at++) if (word.charCodeAt(at) !== text.charCodeAt(start + at)) return false;
  return true;
}

/** The id of the word `text[start, end)` whose hash is `hash`, or -1. */
export function findRange(lexicon: Lexicon, text: string, start: number, end: number, hash: number): number {
  const { table, words } = lexicon;
  const mask = table.length - 1;
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const id = table[slot] ?? EMPTY;
    if (id === EMPTY) return EMPTY;
    if (lexicon.hashes[id] === hash && sameWord(words[id] ?? '', text, start, end)) return id;
  }
}

export function findWord(lexicon: Lexicon, word: string): number {
  return findRange(lexicon, word, 0, word.length, hashRange(word, 0, word.length));
}

function place(table: Int32Array, id: number, hash: number): void {
  const mask = table.length - 1;
  let slot = hash & mask;
  while (table[slot] !== EMPTY) slot = (slot + 1) & mask;
  table[slot] = id;
}

/** Adds `word` under `id`; the word must not be present already. */
export function insertWord(lexicon: Lexicon, word: string, id: number, hash = hashRange(word, 0, word.length)): void {
  lexicon.words[id] = word;
  lexicon.hashes[id] = hash;
  lexicon.size++;
  if (lexicon.size * 2 > lexicon.table.length) {
    const table = new Int32Array(lexicon.table.length * 2).fill(EMPTY);
    for (const old of lexicon.table) if (old !== EMPTY) place(table, old, lexicon.hashes[old] ?? 0);
    lexicon.table = table;
  }
  place(lexicon.table, id, hash);
}

export function removeWord(lexicon: Lexicon, id: number): void {
  const { table } = lexicon;
  const mask = table.length - 1;
  let hole = (lexicon.hashes[id] ?? 0) & mask;
  while (table[hole] !== id) {
    if (table[hole] === EMPTY) return;
    hole = (hole + 1) & mask;
  }
  lexicon.size--;
  // Shift back any later entry of the same probe run that could no longer be reached across the hole.
  for (let slot = (hole + 1) & mask; table[slot] !== EMPTY; slot = (slot + 1) & mask) {
    const other = table[slot] ?? EMPTY;
    const home = (lexicon.hashes[other] ?? 0) & mask;
    const reachable = hole <= slot ? home > hole && home <= slot : home > hole || home <= slot;
    if (reachable) continue;
    table[hole] = other;
    table[slot] = EMPTY;
    hole = slot;
  }
  table[hole] = EMPTY;
}
