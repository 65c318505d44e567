import { contextLean, ownedCareWord, publicWordsInSentence, SHARED_WITH_STAFF } from './cues';
import { ALSO_WORDS, FIRST_NAMES } from './first-names';
import { colleagueCue, DOES_CARE, isPublicAct, patientCue } from './name-context';
import { isNotAName } from './name-words';
import { clinicalReason, NAME_BESIDE_CUE } from './names';
import { isPublicFigure } from './public-figures';
import { around, scan } from './scan';
import { inStaffPlace } from './sentence-cues';
import type { Match } from './types';

// A capitalised word; checked against the list of first names before anything else, so most capitalised
// words cost one set lookup. A surname straight after makes a full name: "Brian Holt".
const CAPITALISED = /(?<![A-Za-z0-9'’.-])[A-Z][a-z]+(?![A-Za-z0-9-])/g;
const SURNAME_AT = /[ \t](?<surname>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![A-Za-z0-9])/y;
// A title or role straight before: "Dr Sarah Jones" is the titled finder's; "Sister Grace" is a colleague.
const TITLE_BEFORE =
  /\b(?:mrs?|ms|miss|mx|dr|prof(?:essor)?|sir|dame|lord|lady|baroness|sister|nurse|matron|rev(?:erend)?|st|saint|father|rabbi|imam|cllr)\.?[ \t]{1,2}$/i;
const SENTENCE_START = /(?:^|[.!?:;"“]\s{0,3}|\n\s{0,3})$/;
// A later word of a titled name: "Kelly" in "Dr Siobhan Kelly" is the titled finder's to weigh.
const TITLED_RUN_BEFORE =
  /\b(?:Mrs?|Ms|Miss|Mx|Dr|Prof(?:essor)?|Sir|Dame|Lord|Lady|Sister|Nurse|Matron|Rev(?:erend)?|Cllr)\.?[ \t]{1,2}(?:[A-Z][a-z'’-]+[ \t]{1,2}){1,2}$/;
// "the Rebecca Jones award", "the Ellis Unit": a thing named after someone.
const NAMED_AFTER =
  /^\s{1,2}(?:award|prize|fund|lecture|unit|ward|wing|suite|centre|foundation|scholarship|fellowship|trust|programme|building|house|memorial)\b/i;
const PERSON_VERB = /^\s(?:was|is|had|has|asked|told|said|cried|died|came|went|wanted|refused|needed|kept|felt)\b/;

export function findFirstNames(text: string): Match[] {
  return scan(text, CAPITALISED, (hit) => {
    const first = hit[0];
    if (!FIRST_NAMES.has(first.toLowerCase())) return undefined;
    const opening = SENTENCE_START.test(text.slice(Math.max(0, hit.index - 4), hit.index));
    // "Grace asked…" is a name; "Frank discussion…" is not.
    const verbAfter = PERSON_VERB.test(text.slice(hit.index + first.length, hit.index + first.length + 12));
    if (opening && ALSO_WORDS.has(first.toLowerCase()) && !verbAfter) return undefined;
    const before60 = text.slice(Math.max(0, hit.index - 60), hit.index);
    if (TITLE_BEFORE.test(before60) || TITLED_RUN_BEFORE.test(before60)) return undefined;
    // "Christmas Eve", "New Year's Eve": a day, not a name.
    if (/\b(?:Christmas|Year['’]?s)[ \t]$/.test(before60)) return undefined;
    SURNAME_AT.lastIndex = hit.index + first.length;
    const surname = SURNAME_AT.exec(text)?.groups?.surname;
    // "Mary Seacole programme" names a thing after a person; "Sarah Jones" is a full name; "Grace Ward"
    // is a ward unless a patient cue says it is someone called Ward.
    const named = surname !== undefined && NAMED_AFTER.test(` ${surname}`);
    const words = surname && !isNotAName(surname) ? [first, surname] : [first];
    const start = hit.index;
    const end = start + words.join(' ').length;
    if (words.length === 2 && isPublicFigure(words)) return undefined;
    const { before, after } = around(text, start, end, 60);
    // "Dear Priyanka, thank you…": a letter to a colleague.
    if (isPublicAct(after) || (/\bDear[ \t]$/.test(before) && /^,/.test(after))) return undefined;
    if (patientCue(before, after)) return { kind: 'name', start, end, message: NAME_BESIDE_CUE };
    if (named || NAMED_AFTER.test(after)) return undefined;
    if (colleagueCue(before, after) || DOES_CARE.test(after)) return undefined;
    // "Gemma's dad" may be a colleague's: a feeling, a relative or a place of work decides nothing alone.
    const owned = ownedCareWord(after);
    if (owned && !SHARED_WITH_STAFF.has(owned)) return { kind: 'name', start, end, message: NAME_BESIDE_CUE };
    const { lean, clinical } = contextLean(text, start, end);
    if (lean !== 'patient') return undefined;
    // "Gemma's dad is in hospital, so she has swapped her nights": family and feelings beside a word
    // of work are a colleague's news.
    const sharedOnly = clinical.every((word) => SHARED_WITH_STAFF.has(word));
    if (sharedOnly && (publicWordsInSentence(text, start, end) > 0 || inStaffPlace(text, start, end))) return undefined;
    return { kind: 'name', start, end, message: clinicalReason(clinical) };
  });
}
