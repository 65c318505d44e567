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
  `case\\s{0,2}${NUMBER_WORD}`,
  `(?:medical\\s{1,2}|health\\s{1,2})?records?\\s{0,2}${NUMBER_WORD}`,
  `(?:patient|pt|pas|trust|rxx)\\s{0,2}${NUMBER_WORD}`,
].join('|');
const ID = '(?=[a-z\\d/-]{0,15}\\d)[a-z\\d][a-z\\d/-]{3,15}';
const LABELLED = new RegExp(
  `(?<![${LETTER}0-9])(?:${LABEL})\\s{0,2}[,:=#.(–-]{0,2}\\s{0,2}(?:(?:is|was|of)\\s{1,2})?(?<id>${ID})${WORD_END}`,
  'gdi',
);

// Trust-prefixed hospital numbers such as RXX1234567 (an R, the trust's two-character code, seven
// digits) are recognisable without a label.
const TRUST_PREFIXED = new RegExp(`(?<![${LETTER}0-9])R[A-Z\\d]{2}\\d{7}${WORD_END}`, 'g');

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
