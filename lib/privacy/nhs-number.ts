import { LETTER, scan, WORD_START } from './scan';
import type { Match } from './types';

/**
 * The NHS number check digit (Modulus 11): weight the first nine digits 10 down to 2, take the sum
 * modulo 11 from 11. A result of 11 means 0; a result of 10 means no number carries those nine
 * digits, so `undefined`.
 */
export function nhsCheckDigit(firstNine: string): number | undefined {
  if (!/^\d{9}$/.test(firstNine)) return undefined;
  let sum = 0;
  for (let i = 0; i < 9; i += 1) sum += Number(firstNine[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return undefined;
  return check === 11 ? 0 : check;
}

/** True for ten digits (spaces, hyphens and dashes ignored) whose last digit is the Modulus 11 check digit. */
export function isValidNhsNumber(value: string): boolean {
  const digits = value.replace(/[\s‐–-]/g, '');
  if (!/^\d{10}$/.test(digits)) return false;
  return nhsCheckDigit(digits.slice(0, 9)) === Number(digits[9]);
}

// 3-3-4 with spaces (one or two, as people type), hyphens or dashes, or ten unbroken digits. Not part
// of a longer number, a decimal or a +44 phone number.
const SEPARATOR = '(?:[ \\u00a0]{1,2}|[ \\u00a0]?[-‐–][ \\u00a0]?)?';
const NHS_SHAPE = new RegExp(
  `(?<![\\d+]|\\d[.,])${WORD_START}\\d{3}${SEPARATOR}\\d{3}${SEPARATOR}\\d{4}(?!\\d|[.,]\\d)`,
  'g',
);

// Labelled as an NHS number but failing the check: most likely a mistyped one, still identifying.
const LABELLED_NHS = new RegExp(
  `(?<![${LETTER}])nhs\\s{0,2}(?:number|num|no\\b\\.?|#)?\\s{0,2}[:=#-]?\\s{0,2}(?:is\\s+|was\\s+)?(?<id>\\d(?:[ -]?\\d){8,11})(?!\\d)`,
  'gdi',
);

export function findNhsNumbers(text: string): Match[] {
  const valid = scan(text, NHS_SHAPE, (hit) =>
    isValidNhsNumber(hit[0]) ? { kind: 'nhs-number', start: hit.index, end: hit.index + hit[0].length } : undefined,
  );
  const mistyped = scan(text, LABELLED_NHS, (hit) => {
    const id = hit.indices?.groups?.id;
    if (!id || isValidNhsNumber(hit.groups?.id ?? '')) return undefined;
    return { kind: 'record-number', start: id[0], end: id[1] };
  });
  return [...valid, ...mistyped];
}
