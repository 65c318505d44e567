/**
 * Words for the search index: runs of letters or digits in any script, lower-cased, with diacritics folded
 * ("Café" → "cafe") so a doctor typing on a UK keyboard still finds what they wrote on a phone.
 */

import { createLexicon, FNV_OFFSET, FNV_PRIME, findRange, insertWord } from './lexicon';

/** Longer runs (pasted URLs, hashes) are cut here so one token cannot bloat the dictionary. */
export const MAX_TERM_LENGTH = 40;

/**
 * Words too common to tell entries apart, plus the fragments apostrophes leave ("don't" → "don", "t").
 * Kept out of the index; a query drops them except while the user is still typing them (see `parseQuery`).
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be but by for from had has have he her his i if in into is it its me my of on or our ' +
    'she so than that the their them then there these they this to was we were what when which who will with ' +
    'you your s t d ll m re ve'
  ).split(' '),
);

const STOP_LEXICON = createLexicon();
for (const word of STOP_WORDS) insertWord(STOP_LEXICON, word, STOP_LEXICON.size);

const ASCII_WORD = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  const char = String.fromCharCode(code);
  ASCII_WORD[code] = /[a-z0-9]/i.test(char) ? 1 : 0;
}
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const wordCharCache = new Map<number, boolean>();

/** Whether a code point belongs inside a word. Marks count, so a decomposed "é" stays one word. */
export function isWordCodePoint(code: number): boolean {
  if (code < 128) return ASCII_WORD[code] === 1;
  let known = wordCharCache.get(code);
  if (known === undefined) {
    known = WORD_CHAR.test(String.fromCodePoint(code));
    wordCharCache.set(code, known);
  }
  return known;
}

const NON_ASCII = /[^\p{ASCII}]/u;
const MARKS = /\p{M}+/gu;

export const isAscii = (text: string) => !NON_ASCII.test(text);

/** Lower case without diacritics. Lower-casing first, because some capitals lower-case to a letter plus a mark. */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  return isAscii(lower) ? lower : lower.normalize('NFD').replace(MARKS, '');
}

/** The words found in folded text: word k is `text.slice(starts[k], ends[k])`, with its lexicon hash. */
export interface Spans {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  hashes: Uint32Array;
}

export function createSpans(capacity = 1024): Spans {
  return {
    count: 0,
    starts: new Int32Array(capacity),
    ends: new Int32Array(capacity),
    hashes: new Uint32Array(capacity),
  };
}

function pushSpan(spans: Spans, start: number, end: number, hash: number): void {
  if (spans.count === spans.starts.length) {
    const grown = createSpans(spans.count * 2);
    grown.starts.set(spans.starts);
    grown.ends.set(spans.ends);
    grown.hashes.set(spans.hashes);
    [spans.starts, spans.ends, spans.hashes] = [grown.starts, grown.ends, grown.hashes];
  }
  spans.starts[spans.count] = start;
  spans.ends[spans.count] = end;
  spans.hashes[spans.count] = hash;
  spans.count++;
}

/**
 * Fills `spans` with the runs of word characters in already folded text, each cut to MAX_TERM_LENGTH and hashed
 * as it is read (the hash `hashRange` gives), so the indexer can look words up without slicing them out.
 * Arrays rather than a callback per word: this loop reads every character of the journal.
 */
export function scanSpans(folded: string, spans: Spans): void {
  spans.count = 0;
  const length = folded.length;
  let start = -1;
  let end = -1;
  let hash = 0;
  for (let i = 0; i < length; i++) {
    let code = folded.charCodeAt(i);
    let width = 1;
    if (code >= 0xd800 && code < 0xdc00) {
      code = folded.codePointAt(i) ?? code;
      if (code > 0xffff) width = 2;
    }
    if (code < 128 ? ASCII_WORD[code] === 1 : isWordCodePoint(code)) {
      if (start < 0) {
        start = i;
        hash = FNV_OFFSET;
      }
      if (i + width - start <= MAX_TERM_LENGTH) {
        for (let unit = i; unit < i + width; unit++) hash = Math.imul(hash ^ folded.charCodeAt(unit), FNV_PRIME);
        end = i + width;
      }
    } else if (start >= 0) {
      pushSpan(spans, start, end, hash >>> 0);
      start = -1;
    }
    i += width - 1;
  }
  if (start >= 0) pushSpan(spans, start, end, hash >>> 0);
}

export function isStopSpan(text: string, start: number, end: number, hash: number): boolean {
  return findRange(STOP_LEXICON, text, start, end, hash) >= 0;
}

/** The words of `text`, folded, in order; with or without stop words. */
function words(text: string, keepStopWords: boolean): string[] {
  const folded = foldText(text);
  const spans = createSpans(64);
  scanSpans(folded, spans);
  const found: string[] = [];
  for (let k = 0; k < spans.count; k++) {
    const start = spans.starts[k] ?? 0;
    const end = spans.ends[k] ?? 0;
    const hash = spans.hashes[k] ?? 0;
    if (keepStopWords || !isStopSpan(folded, start, end, hash)) found.push(folded.slice(start, end));
  }
  return found;
}

/** The indexable terms of `text`, in order: folded, stop words left out. */
export function tokenize(text: string): string[] {
  return words(text, false);
}

export interface QueryTerm {
  text: string;
  /** The word the cursor is in: it may be unfinished, so it is only ever matched as a prefix. */
  typing: boolean;
  /** A stop word still being typed: it may become "theatre", or stay "the". */
  optional: boolean;
}

/**
 * The terms of a query. The last word is still being typed unless the query ends in a space or punctuation;
 * finished stop words are dropped, but one being typed stays, as optional ("the" may be on its way to "theatre").
 */
export function parseQuery(query: string, maxTerms = 32): QueryTerm[] {
  const all = words(query, true);
  const folded = foldText(query);
  const lastChar = folded.codePointAt(folded.length - 1);
  const stillTyping = lastChar !== undefined && isWordCodePoint(lastChar);
  const terms: QueryTerm[] = [];
  all.forEach((text, index) => {
    const typing = stillTyping && index === all.length - 1;
    const stop = STOP_WORDS.has(text);
    if (typing || !stop) terms.push({ text, typing, optional: stop });
  });
  return terms.slice(0, maxTerms);
}
