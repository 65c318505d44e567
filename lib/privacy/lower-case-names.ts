import { contextLean } from './cues';
import { ALSO_WORDS, FIRST_NAMES } from './first-names';
import { MORE_GIVEN_NAMES } from './more-given-names';
import { FAMILY } from './name-context';
import { clinicalReason, NAME_BESIDE_CUE } from './names';
import { scan } from './scan';
import type { Match } from './types';

/**
 * First names typed in lower case in a hurry ("spoke to big dave in bay 4", "sat with sarah after the
 * scan"): a listed first name counts beside a bed, or after a word of care with care around it.
 * Found from the bed or the verb, so ordinary lower-case words cost nothing.
 */
const BEFORE_BED = /\b(?:in|on)[ \t]{1,2}(?:bed|bay|side[ \t]?room|cubicle|room)[ \t]{0,2}\d/gi;
const WORD_BEFORE = /(?<![A-Za-z'’-])([a-z]{2,}(?:-[a-z]{2,})?)[ \t]{1,2}(?:\([^)]{0,12}\)[ \t]{1,2})?$/;
const AFTER_CARE =
  /\b(?:sat[ \t]+with|spoke[ \t]+(?:to|with)|talked[ \t]+(?:to|with)|saw|reviewed|examined|clerked|consented|discharged|admitted|told|gave|reassured|comforted|cannulated|big|little|wee|young|old|poor)[ \t]{1,2}(?:(?:big|little|wee|young|old|poor)[ \t]{1,2})?(?<name>[a-z]{2,}(?:-[a-z]{2,})?)(?![A-Za-z0-9'’])/dg;

// "my patient, rose, told me": a first name set beside "patient" needs no other cue, even one that is a word.
// So does one set beside a bed or a family word: "the lady in bed 4, jean,", "the daughter (sophie)".
const PATIENT_THEN = new RegExp(
  `\\b(?:patient|pt|(?:bed|bay|cubicle)\\s?\\d{1,3}|${FAMILY})\\s{0,2}[,:(]\\s{0,2}(?<name>[a-z]{2,}(?:-[a-z]{2,})?)(?=\\s{0,2}[,)])`,
  'dg',
);

const isLowerFirstName = (word: string) =>
  (FIRST_NAMES.has(word) || MORE_GIVEN_NAMES.has(word)) && !ALSO_WORDS.has(word);

export function findLowerCaseNames(text: string): Match[] {
  const besideBed = scan(text, BEFORE_BED, (hit) => {
    const found = WORD_BEFORE.exec(text.slice(Math.max(0, hit.index - 30), hit.index));
    const word = found?.[1];
    if (!word || !isLowerFirstName(word)) return undefined;
    const start = hit.index - found[0].length;
    return { kind: 'name', start, end: start + word.length, message: NAME_BESIDE_CUE };
  });
  const cared = scan(text, AFTER_CARE, (hit) => {
    const span = hit.indices?.groups?.name;
    if (!span || !isLowerFirstName(text.slice(span[0], span[1]))) return undefined;
    const { lean, clinical } = contextLean(text, span[0], span[1]);
    return lean === 'patient'
      ? { kind: 'name', start: span[0], end: span[1], message: clinicalReason(clinical) }
      : undefined;
  });
  const named = scan(text, PATIENT_THEN, (hit) => {
    const span = hit.indices?.groups?.name;
    if (!span || !FIRST_NAMES.has(text.slice(span[0], span[1]))) return undefined;
    return { kind: 'name', start: span[0], end: span[1], message: NAME_BESIDE_CUE };
  });
  return [...besideBed, ...cared, ...named];
}
