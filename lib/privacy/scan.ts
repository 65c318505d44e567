import type { Match } from './types';

/**
 * Runs a global regex over the text and collects what `toMatch` makes of each hit. The detector runs
 * as the user types, so every pattern handed here must stay linear in a 50,000-character entry: it
 * starts at a word boundary or a digit, its repeats are bounded, and where the identifying part
 * comes after common words ("Oak Ward", "12/03/1954 (DOB)") it starts at the rare word and reads back.
 */
export function scan(text: string, pattern: RegExp, toMatch: (hit: RegExpExecArray) => Match | undefined): Match[] {
  if (!pattern.global) throw new Error(`Privacy pattern ${pattern} must be global`);
  const matches: Match[] = [];
  pattern.lastIndex = 0;
  for (let hit = pattern.exec(text); hit; hit = pattern.exec(text)) {
    if (hit[0] === '') pattern.lastIndex += 1;
    const match = toMatch(hit);
    if (match) matches.push(match);
  }
  return matches;
}

/** The text either side of a span, cut at line breaks so cues from other paragraphs do not count. */
export function around(text: string, start: number, end: number, reach: number): { before: string; after: string } {
  const before = text.slice(Math.max(0, start - reach), start);
  const after = text.slice(end, end + reach);
  return { before: before.slice(before.lastIndexOf('\n') + 1), after: after.split('\n', 1)[0] ?? '' };
}

/**
 * Letters of English and the Latin alphabets UK names use, for patterns without the `u` flag:
 * case-insensitive Unicode matching (`iu`) runs several times slower over a long entry.
 */
export const LETTER = 'A-Za-z\\u00C0-\\u024F';
/**
 * A word start: not straight after a letter, digit or apostrophe. The `\\b` comes first because V8
 * skips quickly past positions a leading `\\b` rules out, where a leading lookbehind runs everywhere.
 */
export const WORD_START = "\\b(?<![\\u00C0-\\u024F'’])";
/** A word end: not followed by a letter or digit. */
export const WORD_END = `(?![${LETTER}0-9_])`;

/** Month names and abbreviations, loosely: `Sept`, `Febuary` and `Mar.` count; the full stop after `March.` does not. */
export const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:[a-z]{1,6}|\\.)?';
export const ORDINAL = '(?:st|nd|rd|th)';
