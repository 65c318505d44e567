import { contextLean, tally } from './cues';
import { FIRST_NAMES } from './first-names';
import { MORE_GIVEN_NAMES } from './more-given-names';
import { patientCue } from './name-context';
import { isNotAName } from './name-words';
import { clinicalReason, NAME_BESIDE_CUE } from './names';
import { around, scan } from './scan';
import { staffSigns } from './sentence-cues';
import type { Match } from './types';

/**
 * Given names set apart from the sentence the usual finders read: typed in capitals ("MAGDA kept
 * asking…"), or standing alone as a sentence ("Grace. That is all I wrote…"). Only names on the
 * given-name lists count, and only with care around them, so "NICE said" and "Frank." stay words.
 */
const isGivenName = (word: string) => FIRST_NAMES.has(word) || MORE_GIVEN_NAMES.has(word);

const CAPITALS = /(?<![A-Za-z0-9'’-])[A-Z]{3,}(?![A-Za-z0-9'’-])/g;
// What a person does, straight after the name: "MAGDA kept asking", "JOHN told me".
const PERSON_VERB =
  /^\s{1,2}(?:kept|asked|told|said|cried|died|wanted|refused|needed|felt|insisted|screamed|shouted|wept|smiled|laughed|begged|pleaded|whispered|woke|slept|collapsed|vomited|complained|presented)\b/;

// A name that is a whole sentence, then the rest of its paragraph.
const LONE = /(?:^|[.!?]["”’]?[ \t]{1,3}|\n[ \t]{0,3})(?<name>[A-Z][a-z]+)[.!?](?=[ \t]|$)/dg;
const ABOUT_SOMEONE = /\b(?:he|she|him|her|his)\b/i;

export function findSetApartNames(text: string): Match[] {
  const capitals = scan(text, CAPITALS, (hit) => {
    if (!isGivenName(hit[0].toLowerCase())) return undefined;
    const start = hit.index;
    const end = start + hit[0].length;
    const { before, after } = around(text, start, end, 60);
    // Only a name in capitals among lower-case words is set apart: text typed with caps lock on is not.
    if (!/[a-z]{3}/.test(before) && !/[a-z]{3}/.test(after.slice(0, 30))) return undefined;
    if (patientCue(before, after)) return { kind: 'name', start, end, message: NAME_BESIDE_CUE };
    const { lean, clinical } = contextLean(text, start, end);
    // "JOHN PATTERSON was written on the whiteboard": a full name in capitals, unless work surrounds it.
    const surname = /^[ \t]([A-Z]{2,}(?:-[A-Z]{2,})?)(?![A-Za-z])/.exec(after)?.[1] ?? '';
    const fullName = surname !== '' && !isNotAName(surname);
    if (fullName && lean !== 'public') {
      return { kind: 'name', start, end: end + 1 + surname.length, message: NAME_BESIDE_CUE };
    }
    if (!PERSON_VERB.test(after) || lean !== 'patient') return undefined;
    return { kind: 'name', start, end, message: clinicalReason(clinical) };
  });
  const lone = scan(text, LONE, (hit) => {
    const span = hit.indices?.groups?.name;
    if (!span || !isGivenName(text.slice(span[0], span[1]).toLowerCase())) return undefined;
    const rest = text.slice(span[1] + 1, span[1] + 240).split('\n', 1)[0] ?? '';
    const { clinical } = tally(rest);
    // "Sarah. She was the best registrar I had": a colleague, known by the work around her.
    if (!ABOUT_SOMEONE.test(rest) || clinical.length === 0 || staffSigns(rest) > 0) return undefined;
    return { kind: 'name', start: span[0], end: span[1], message: clinicalReason(clinical) };
  });
  return [...capitals, ...lone];
}
