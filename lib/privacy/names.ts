import { contextLean, hasCareWord, ownsClinical } from './cues';
import { colleagueCue, FAMILY, isPublicAct, patientCue } from './name-context';
import { isNotAName, NAME, type NameSpan, trimName } from './name-words';
import { isPublicFigure } from './public-figures';
import { around, scan, WORD_START } from './scan';
import type { Match } from './types';

const TITLED = new RegExp(
  `${WORD_START}(?<title>Mrs|Mr|Ms|Miss|Mx|Master|Dr|Sister|Rev|Revd|Reverend|mrs|mr|ms|dr)(?:\\.[ \\t]{0,2}|[ \\t]{1,2})(?:['‘"“]\\p{Lu}\\p{Ll}+['’"”][ \\t]{1,2})?(?<name>${NAME})`,
  'gdu',
);
// Titles doctors give colleagues (and clergy): such a name is a patient's only with a patient cue beside it.
const COLLEAGUE_TITLES = new Set(['dr', 'sister', 'rev', 'revd', 'reverend']);
// "mrs jones" typed in a hurry. Not "ms" after a number, which is milliseconds.
const LOWER_TITLED =
  /(?<![\p{L}\p{N}]|\d\s?)(?:mrs|mr|ms)\.?[ \t]{1,2}(?<name>(?:\p{Ll}['’])?\p{Ll}{2,}(?:-\p{Ll}{2,})?)(?![\p{L}\p{N}])/dgu;

// Words that introduce a patient's or relative's name: "patient John Smith", "her son David", "a man
// called Brian". Found case-blind; the name after them must then be capitalised.
const RELATIVE =
  '(?:wife|husband|partner|son|daughter|mother|mum|father|dad|brother|sister|carer|grandson|granddaughter|niece|nephew|neighbour)';
// Family only (no carer, partner, neighbour or sister, who may be staff): "the husband, Tomasz,",
// "the eldest son, Kwame", "Son-in-law is called Vikram".
const KIN = `(?:(?:eldest|youngest|elder|older|younger|only|other|late|estranged|twin|big|little|baby)\\s{1,2})?(?:${FAMILY}|(?:big|little|baby|twin|younger|older|elder)\\s{1,2}sister)`;
const PERSON =
  '(?:man|woman|lady|gentleman|gent|boy|girl|child|baby|chap|person|someone|relative|resident|teenager|toddler|lad|lass|youngster|pensioner)';
// A nickname in quotes: "listed as 'Bunny' Fairweather".
const QUOTE = '(?:[\'‘"“](?=[A-Z]))?';
const THEN = `\\s{0,2}[,:(–-]?\\s{0,2}(?:(?:is|was)\\s{1,2})?(?:(?:called|named)\\s{1,2})?${QUOTE}`;
// Where a note or sentence opens.
const OPENING = '(?:^|[.!?]["”’]?\\s{1,3}|\\n\\s{0,3})';
const CUE = new RegExp(
  [
    // Not "Patient's brother-in-law": that is the family form below.
    `(?:patient|pt)(?:(?:['’]s)?\\s{1,2}name)?(?!['’]s\\s)\\.?${THEN}`,
    // "Their eldest, Priyanka,", "her daughters Sian and Ffion": family by place in it, or many.
    `(?:his|her|their|the\\s{1,2}patient['’]s)\\s{1,2}(?:eldest|oldest|youngest|boy|girl|lad|lass|kids|children|daughters|sons|brothers|sisters|grandchildren|granddaughters|grandsons|parents)${THEN}`,
    `(?:his|her|their|the\\s{1,2}patient['’]s|patient['’]s)\\s{1,2}${RELATIVE}(?!-)${THEN}`,
    `(?:his|her|their|the|the\\s{1,2}patient['’]s|patient['’]s)\\s{1,2}${KIN}${THEN}`,
    `${KIN}\\s{1,2}(?:is|was)\\s{1,2}(?:called|named)\\s{1,2}${QUOTE}`,
    // "a nephew called Callum"; "Auntie Grace", "Uncle Kwesi": family named as the patient names them,
    // not the doctor's own ("my Auntie Jean").
    `(?:a|an)\\s{1,2}${KIN}\\s{1,2}(?:called|named)\\s{1,2}${QUOTE}`,
    // A family word opening a note: "Dad - Marek - had been on nights", "Granddaughter Chloe calmed her".
    `(?<=${OPENING})${FAMILY}\\s{0,2}[(:–-]\\s{0,2}`,
    `(?<=${OPENING})(?!(?:mother|father)\\b)${FAMILY}\\s{1,2}`,
    `(?<!\\b(?:my|our)\\s{1,2})(?:auntie|aunty|aunt|uncle|nana|nanna|nanny|grandma|granny|grandad|grandpa|gran)\\s{1,2}${QUOTE}`,
    `(?<!\\b(?:my|our)\\s{1,2})(?:big|little|baby|twin)\\s{1,2}(?:sister|brother)${THEN}`,
    `(?:next\\s{1,2}of\\s{1,2}kin|nok)(?:\\s{1,2}(?:is|was))?(?:\\s{1,2}(?:listed|recorded|documented|given|named))?(?:\\s{1,2}as)?${THEN}`,
    `${PERSON}\\s{1,2}(?:called|named|known\\s{1,2}as)\\s{1,2}${QUOTE}`,
    // "The boy, Caspian, was brought in"; "known to everyone as 'Smiler' Jenkins".
    `(?:the|a|an)\\s{1,2}(?:(?:young|little|old|elderly)\\s{1,2})?${PERSON}\\s{0,2}[,(]\\s{0,2}`,
    `known\\s{1,2}(?:to\\s{1,2}[a-z]+\\s{1,2})?as\\s{1,2}['‘"“](?=[A-Z])`,
  ]
    .map((cue) => `${WORD_START}${cue}`)
    .join('|'),
  'gi',
);
const NAME_AT = new RegExp(NAME, 'yu');

// A name with no title, known by what follows it: "Jean Thomas, the lady in bed 6,", "Patricia, the
// patient's sister,". Not "…, the patient's GP": that names a colleague.
// "Esther, the wife,", "Fairweather, a stepmother,": family, not "my husband", who is the doctor's own.
const PATIENT_APPOSITION = new RegExp(
  `,\\s{1,2}(?:(?:the|a|an|our|my)\\s{1,2}(?:patient(?!['’]s\\s{1,2}(?:gp|consultant|doctor|nurse|surgeon|physio|pharmacist|social\\s+worker)\\b)|pt|(?:lady|man|woman|gentleman|gent|boy|girl)\\s{1,2}in\\s{1,2}(?:bed|bay|side\\s+room|cubicle))|(?:the|a|an|his|her|their)\\s{1,2}${KIN}(?![\\w-]))\\b`,
  'gi',
);
const NAME_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}'’])${NAME}$`, 'u');
const SENTENCE_START = /(?:^|[.!?:;]\s{1,3}|\n\s{0,3})$/;

const TITLE_CASE_BEFORE = /\p{L}[ \t]{1,2}$/u;

/** Past leading capitalised words that are no name: "Yesterday Jean Thomas" starts at "Jean". */
function skipNotNames(text: string, start: number, end: number): number {
  let from = start;
  for (const word of text.slice(start, end).split(/[ \t]+/)) {
    if (word.length < 2 || !isNotAName(word)) break;
    from = text.indexOf(word, from) + word.length;
    while (from < end && /[ \t]/.test(text.charAt(from))) from += 1;
  }
  return from;
}

function nameMatch(text: string, hit: RegExpExecArray): NameSpan | undefined {
  const span = hit.indices?.groups?.name;
  return span ? trimName(text, span[0], span[1]) : undefined;
}

const CARED_FOR_BEFORE =
  /\b(?:reviewed|examined|clerked|(?:could|can|please)\s+(?:you|someone)\s+(?:review|examine|clerk|cannulate|consent|assess)|consented|cannulated|catheterised|resuscitated|admitted|readmitted|discharged|saw|seen|assessed|scanned|sedated|sectioned|intubated|transfused|restrained|nursed|treated|brought\s+in|operated\s+on|death\s+of|bloods\s+from|(?:bad\s+)?news\s+to)\s{1,2}$/i;
// "We discussed Mr Okonjo", "my care of Mr Ferreira", "the coroner wrote to us about Mr Stone": the
// person talked about, not "Mr Streeting's plan".
const TALKED_ABOUT_BEFORE =
  /\b(?:(?:my|our|the|his|her)\s+(?:care|case|management)\s+of|we\s+discussed|reflected\s+on|(?:thinking|thought|worried|worrying)\s+about|(?:wrote|written|rang|phoned|emailed)\s+(?:to\s+)?(?:me|us)\s+about|inquest\s+into(?:\s+the\s+death\s+of)?)\s{1,2}$/i;

// "Mrs Bakshi's case", "Mrs Dlamini's journey": a patient's, told at a meeting.
const TITLED_OWNS =
  /^['’]s\s+(?:case|journey|care|treatment|death|notes|referral|discharge|admission)\b(?!\s+(?:for|against|about)\b)/i;
// "Mr Okonjo, whose sepsis was missed", "Mr Tennant, who fell twice": the clause says what befell them.
const WHO_CLAUSE = /^\s{0,2},\s{0,2}(?:who|whose)\s+[^,.;()]{1,80}/i;

const REMOVE = 'Remove it or write "the patient" instead.';
const LOOKS = 'This looks like the name of a patient or relative:';
export const NAME_BESIDE_CUE = `${LOOKS} the words beside it say so. ${REMOVE}`;

/** Why a name reads as a patient's: the clinical words around it. */
export function clinicalReason(clinical: readonly string[]): string {
  const words = [...new Set(clinical)].slice(0, 3).join(', ');
  return `${LOOKS} the words around it are about care (${words}). ${REMOVE}`;
}

/**
 * Why a titled name reads as a patient's, or nothing when it reads as a colleague's or a public
 * figure's: the words right beside it first (an apposition, the verb it governs), then the clause and
 * sentence around it; a public figure's name and title only break a tie.
 */
function titledPatientReason(text: string, title: string, name: NameSpan, before: string, after: string) {
  if (patientCue(before, after)) return NAME_BESIDE_CUE;
  // Doctors write about colleagues by title: "Dr" marks a patient only with a patient cue beside it.
  const colleagueTitle = COLLEAGUE_TITLES.has(title.toLowerCase());
  // "Reviewed Miss Saleh in the early pregnancy unit": the one a doctor examines is no colleague.
  if (!colleagueTitle && CARED_FOR_BEFORE.test(before)) return NAME_BESIDE_CUE;
  if (!colleagueTitle && TALKED_ABOUT_BEFORE.test(before) && !/^['’]s\b/.test(after)) return NAME_BESIDE_CUE;
  if (colleagueTitle || colleagueCue(before, after)) return undefined;
  if (ownsClinical(after) || TITLED_OWNS.test(after)) return NAME_BESIDE_CUE;
  const said = WHO_CLAUSE.exec(after);
  if (said && hasCareWord(said[0])) return NAME_BESIDE_CUE;
  const { lean, clinical } = contextLean(text, name.start, name.end);
  if (lean === 'public') return undefined;
  if (lean === 'patient') return clinicalReason(clinical);
  if (isPublicFigure(name.words, title)) return undefined;
  return `${LOOKS} nothing around it says it is a colleague or a public figure. ${REMOVE}`;
}

export function findNames(text: string): Match[] {
  const titled = scan(text, TITLED, (hit) => {
    const name = nameMatch(text, hit);
    if (!name) return undefined;
    const { before, after } = around(text, hit.index, name.end, 60);
    const message = titledPatientReason(text, hit.groups?.title ?? '', name, before, after);
    return message ? { kind: 'name', start: name.start, end: name.end, message } : undefined;
  });
  const lower = scan(text, LOWER_TITLED, (hit) => {
    const name = nameMatch(text, hit);
    if (!name) return undefined;
    const { before, after } = around(text, hit.index, name.end, 60);
    if (!patientCue(before, after) && colleagueCue(before, after)) return undefined;
    return { kind: 'name', start: name.start, end: name.end };
  });
  const cued = scan(text, CUE, (hit) => {
    // "the Patient Led Assessments…": a capital "Patient" inside a sentence opens a proper noun.
    if (/^P/.test(hit[0]) && TITLE_CASE_BEFORE.test(text.slice(Math.max(0, hit.index - 20), hit.index))) {
      return undefined;
    }
    NAME_AT.lastIndex = hit.index + hit[0].length;
    const found = NAME_AT.exec(text);
    const name = found && trimName(text, found.index, found.index + found[0].length);
    // "her husband Martin founded the CHFG": a campaigner, known for what he did in public.
    if (!name || isPublicAct(text.slice(name.end, name.end + 60))) return undefined;
    // A nickname ("known to everyone as 'Gaffer'") is a patient's only with care around it; "the man,
    // Jeremy Hunt, then health secretary," is known by his role.
    if (/^known/i.test(hit[0]) && contextLean(text, name.start, name.end).lean !== 'patient') return undefined;
    if (/[,(]\s*$/.test(hit[0]) && /^(?:the|an?)\s/i.test(hit[0])) {
      const { before, after } = around(text, name.start, name.end, 60);
      if (isPublicFigure(name.words) || colleagueCue(before, after)) return undefined;
    }
    return { kind: 'name', start: name.start, end: name.end };
  });
  const described = scan(text, PATIENT_APPOSITION, (hit) => {
    const offset = Math.max(0, hit.index - 40);
    const found = NAME_BEFORE.exec(text.slice(offset, hit.index));
    const name = found && trimName(text, skipNotNames(text, offset + found.index, hit.index), hit.index);
    if (!name) return undefined;
    // One capitalised word opening a sentence is as likely "Unfortunately" as a name.
    const opensSentence = SENTENCE_START.test(text.slice(Math.max(0, name.start - 4), name.start));
    if (name.words.length === 1 && opensSentence) return undefined;
    return { kind: 'name', start: name.start, end: name.end };
  });
  return [...titled, ...lower, ...cued, ...described];
}
