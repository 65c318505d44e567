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
  const digits = value.replace(/[\s‐–.-]/g, '');
  if (!/^\d{10}$/.test(digits)) return false;
  return nhsCheckDigit(digits.slice(0, 9)) === Number(digits[9]);
}

// 3-3-4 with spaces (one or two, as people type), hyphens, dashes or full stops, 5-5 with a space or
// hyphen, or ten unbroken digits. Not part of a longer number, a decimal or a +44 phone number.
const SEPARATOR = '(?:[ \\u00a0]{1,2}|[ \\u00a0]?[-‐–][ \\u00a0]?)?';
const NHS_SHAPE = new RegExp(
  `(?<![\\d+]|\\d[.,])${WORD_START}(?:\\d{3}${SEPARATOR}\\d{3}${SEPARATOR}\\d{4}|\\d{3}\\.\\d{3}\\.\\d{4}|\\d{5}[ \\u00a0-]\\d{5})(?!\\d|[.,]\\d)`,
  'g',
);

// Labelled as an NHS number but not in its usual shape, or failing the check: still identifying.
const LABELLED_NHS = new RegExp(
  `(?<![${LETTER}])nhs\\s{0,2}(?:number|num|no\\b\\.?|#)?\\)?\\s{0,2}[:=#-]?\\s{0,2}(?:is\\s+|was\\s+)?(?<id>\\d(?:[ .-]?\\d){8,11})(?!\\d)`,
  'gdi',
);

// Ten digits in any other grouping ("91 61 40 44 54", "4219 6777 12"): only with a valid check digit,
// since a mistyped number in an odd grouping is as likely anything else.
const ANY_GROUPING = /(?<![\d+.,]|\+\d{1,3}[ -]?)\b\d{2,5}(?:[ -]\d{1,5}){1,4}(?![\d]|[.,]\d)/g;

// "Invoice 48573-65729", "Datix ref 123-456-7890": a number that fails the check and is labelled as
// something else is that something else.
const REFERENCE_BEFORE =
  /\b(?:invoice|order|ref(?:erence)?|ticket|booking|datix|incident|job|claim|account|policy|serial|tracking|foi|po)\.?\s{0,2}(?:no\.?|number|#)?\s{0,2}[:#]?\s{0,2}$/i;

const REMOVE = 'Remove it: reflections must not identify patients.';
const MISTYPED = `This is grouped like an NHS number, though its check digit does not match (perhaps mistyped). ${REMOVE}`;
const LABELLED = `This is labelled as an NHS number, though it is not a valid one (perhaps mistyped). ${REMOVE}`;

/**
 * NHS numbers as written: a valid check digit in any shape; a failing one when grouped as an NHS number
 * is (people copy numbers wrongly, and a wrong one still points at a patient) or labelled as one. Ten
 * unbroken digits with a wrong check digit and no label are left alone: they are as likely a reference.
 */
export function findNhsNumbers(text: string): Match[] {
  const shaped = scan(text, NHS_SHAPE, (hit) => {
    const end = hit.index + hit[0].length;
    if (isValidNhsNumber(hit[0].replace(/\./g, ''))) return { kind: 'nhs-number', start: hit.index, end };
    const grouped = /\D/.test(hit[0]);
    const reference = REFERENCE_BEFORE.test(text.slice(Math.max(0, hit.index - 30), hit.index));
    return grouped && !hit[0].startsWith('0') && !reference
      ? { kind: 'nhs-number', start: hit.index, end, message: MISTYPED }
      : undefined;
  });
  const labelled = scan(text, LABELLED_NHS, (hit) => {
    const id = hit.indices?.groups?.id;
    if (!id) return undefined;
    const digits = (hit.groups?.id ?? '').replace(/\D/g, '');
    const valid = digits.length === 10 && isValidNhsNumber(digits);
    return { kind: 'nhs-number', start: id[0], end: id[1], ...(valid ? {} : { message: LABELLED }) };
  });
  const grouped = scan(text, ANY_GROUPING, (hit) => {
    const digits = hit[0].replace(/\D/g, '');
    if (digits.length !== 10 || digits.startsWith('0') || !isValidNhsNumber(digits)) return undefined;
    if (REFERENCE_BEFORE.test(text.slice(Math.max(0, hit.index - 30), hit.index))) return undefined;
    return { kind: 'nhs-number', start: hit.index, end: hit.index + hit[0].length };
  });
  return [...shaped, ...labelled, ...grouped];
}
