import { LETTER, scan, WORD_END } from './scan';
import type { Match } from './types';

// A label that says "this is a patient's number", then the id itself. The id must hold a digit and
// be at least four characters, so "case number rising" and "unit no. 4" pass unflagged.
const NUMBER_WORD = '(?:number|num|no(?![a-z])\\.?|#|id)';
const LABEL = [
  'mrn',
  `hosp(?:ital)?\\.?\\s{0,2}${NUMBER_WORD}`,
  `unit\\s{0,2}${NUMBER_WORD}`,
  `chi(?:\\s{0,2}${NUMBER_WORD})?`,
  `h\\s?&\\s?c\\s{0,2}${NUMBER_WORD}`,
  `case(?:\\s{1,2}notes?)?\\s{0,2}${NUMBER_WORD}`,
  `(?:medical\\s{1,2}|health\\s{1,2})?records?\\s{0,2}${NUMBER_WORD}`,
  `(?:patient|pt|pas|trust|rxx)\\s{0,2}${NUMBER_WORD}`,
].join('|');
// "The hospital no. on the request was A/123456": where the number was written, then the number.
const WHERE_WRITTEN = '(?:on|in)\\s{1,2}(?:the|his|her|their)\\s{1,2}[a-z]{3,12}\\s{1,2}';
const ID = '(?=[a-z\\d/-]{0,15}\\d)[a-z\\d][a-z\\d/-]{3,15}';
const LABELLED = new RegExp(
  `(?<![${LETTER}0-9])(?:${LABEL})\\s{0,2}[,:=#.(–-]{0,2}\\s{0,2}(?:${WHERE_WRITTEN}(?:is|was)\\s{1,2}|(?:is|was|of)\\s{1,2})?(?<id>${ID})${WORD_END}`,
  'gdi',
);

// Trust-prefixed hospital numbers such as RXX1234567 (an R, the trust's two-character code, seven
// digits, sometimes spaced as RXH 123 4567) are recognisable without a label.
const TRUST_PREFIXED = new RegExp(`(?<![${LETTER}0-9])R[A-Z\\d]{2}[ \\t]?\\d{3}[ \\t]?\\d{4}${WORD_END}`, 'g');

export function findRecordNumbers(text: string): Match[] {
  const labelled = scan(text, LABELLED, (hit) => {
    const id = hit.indices?.groups?.id;
    return id ? { kind: 'record-number', start: id[0], end: id[1] } : undefined;
  });
  const prefixed = scan(text, TRUST_PREFIXED, (hit) => ({
    kind: 'record-number',
    start: hit.index,
    end: hit.index + hit[0].length,
  }));
  return [...labelled, ...prefixed];
}
