/**
 * Whether the words around a name read as a patient's story or as leadership writing. A title plus a
 * clinical word (bed, scan, frightened, discharged, relatives) reads as a patient; a report, speech,
 * review, role or meeting reads as a public figure or a colleague. The clause holding the name is read
 * first, the sentence only when the clause says nothing either way.
 *
 * Words are looked up in sets, phrases found by one short pattern: this runs for every titled or first
 * name in an entry as the user types.
 */

import {
  CLINICAL_PHRASES,
  CLINICAL_WORDS,
  NEUTRAL_PHRASES,
  OWNED_CARE,
  PUBLIC_PHRASES,
  PUBLIC_WORDS,
  SHARED_WITH_STAFF,
} from './cue-words';

export { SHARED_WITH_STAFF } from './cue-words';

// One pattern for every phrase, so a stretch of text is read once.
const PHRASES = new RegExp(
  `\\b(?:(?<neutral>${NEUTRAL_PHRASES.join('|')})|(?<public>${PUBLIC_PHRASES.join('|')})|(?<clinical>${CLINICAL_PHRASES.join('|')})|(?<owned>(?:her|his|their)\\s+(?:own\\s+)?(?:${OWNED_CARE.join('|')})))\\b`,
  'gi',
);

// Words no list needs to hold: "hyponatraemia", "cholecystitis", "thrombosis", "cardiomyopathy".
const MEDICAL_ENDING =
  /^[a-z]{3,}(?:aemia|itis|osis|ectomy|otomy|oscopy|uria|plegia|opathy|carcinoma|sarcoma|lymphoma|melanoma|myeloma|glioma)$/;

function isCareWord(word: string): boolean {
  return CLINICAL_WORDS.has(word) || MEDICAL_ENDING.test(word);
}

export interface Tally {
  readonly clinical: string[];
  publicCount: number;
  /** Words of care a person owns ("her pain", "his notes") count twice: they are someone's own care. */
  ownedCount: number;
}

/** The words of care and of leadership in a stretch of text. */
export function tally(text: string): Tally {
  const result: Tally = { clinical: [], publicCount: 0, ownedCount: 0 };
  PHRASES.lastIndex = 0;
  const rest = text.replace(PHRASES, (phrase: string, ...args: unknown[]) => {
    const groups = args.at(-1) as { public?: string; neutral?: string; owned?: string };
    // Patients are seen on a ward round and colleagues lead it: it says neither.
    if (groups.neutral) return ' ';
    if (groups.public) result.publicCount += 1;
    else result.clinical.push(phrase.toLowerCase().replace(/\s+/g, ' '));
    if (groups.owned) result.ownedCount += 1;
    return ' ';
  });
  for (const word of rest.toLowerCase().split(/[^a-z]+/)) {
    if (isCareWord(word)) result.clinical.push(word);
    else if (word.endsWith('s') && CLINICAL_WORDS.has(word.slice(0, -1))) result.clinical.push(word.slice(0, -1));
    else if (PUBLIC_WORDS.has(word)) result.publicCount += 1;
  }
  return result;
}

const SENTENCE_END = /[.!?\n]/;
const CLAUSE_END = /[.!?\n,;:()]/;

/** The text either side of `start`–`end` up to the nearest boundary, at most `reach` characters each way. */
function stretch(text: string, start: number, end: number, boundary: RegExp, reach: number): string {
  let from = start;
  while (from > 0 && start - from < reach && !boundary.test(text.charAt(from - 1))) from -= 1;
  let to = end;
  while (to < text.length && to - end < reach && !boundary.test(text.charAt(to))) to += 1;
  return `${text.slice(from, start)} ${text.slice(end, to)}`;
}

export interface Lean {
  /** 'patient' or 'public' (a public figure or colleague), or 'unsure' when neither the clause nor the sentence says. */
  readonly lean: 'patient' | 'public' | 'unsure';
  /** The clinical words that decided, to tell the user why. */
  readonly clinical: readonly string[];
  /** How many words of leadership were read against them. */
  readonly publicCount: number;
}

function leanOf({ clinical, publicCount, ownedCount }: Tally): Lean | undefined {
  const score = clinical.length + ownedCount - publicCount;
  return score === 0 ? undefined : { lean: score > 0 ? 'patient' : 'public', clinical, publicCount };
}

// "Saw Tadeusz at home. He had fallen again…": the next sentence, when it goes on about him or her.
const GOES_ON = /^[.!?]["”’']?[ \t]{1,3}(?:She|He)\b/;
// "…She told me her mum's cancer is back": a relative's illness is a colleague's news as often as a patient's.
export const KIN_OWNS =
  /\b(?:her|his|their)\s+(?:mum|mother|dad|father|son|daughter|husband|wife|partner|brother|sister|gran|grandma|grandad|grandmother|grandfather|baby|child|children|kids)(?:['’]s)?\s+[a-z-]+/gi;

function nextSentence(text: string, end: number): string | undefined {
  let to = end;
  while (to < text.length && to - end < 160 && !SENTENCE_END.test(text.charAt(to))) to += 1;
  if (!GOES_ON.test(text.slice(to, to + 8))) return undefined;
  return stretch(text, to + 2, to + 2, SENTENCE_END, 160).replace(KIN_OWNS, ' ');
}

/**
 * Which way the words around a name lean: clinical words against leadership words, clause first, then
 * the sentence, then the next sentence if it opens with "She" or "He".
 */
export function contextLean(text: string, start: number, end: number): Lean {
  for (const [boundary, reach] of [
    [CLAUSE_END, 80],
    [SENTENCE_END, 160],
  ] as const) {
    const lean = leanOf(tally(stretch(text, start, end, boundary, reach)));
    if (lean) return lean;
  }
  const next = nextSentence(text, end);
  return (next !== undefined && leanOf(tally(next))) || { lean: 'unsure', clinical: [], publicCount: 0 };
}

/** "Mr Starmer's catheter", "Mrs Berwick's family": a name owning something of a patient's care. */
export function ownsClinical(after: string): boolean {
  return ownedCareWord(after) !== undefined;
}

/** Whether a word (any case, plural or not) is one of the words of care or leadership the lean counts. */
export function isTopicWord(word: string): boolean {
  const lower = word.toLowerCase();
  const singular = lower.endsWith('s') ? lower.slice(0, -1) : lower;
  return [lower, singular].some((form) => CLINICAL_WORDS.has(form) || PUBLIC_WORDS.has(form));
}

// A stay in hospital is a patient's when someone owns it ("Miss Kaur's discharge"), though
// "discharges" alone is a statistic of flow.
const OWNED_EPISODE = new Set(['discharge', 'admission', 'readmission', 'ceiling', 'gp', 'carer', 'carers', 'cardiac']);

/** The word a name owns when it is a word of care ("Lakshmi's biopsy"), or nothing. */
export function ownedCareWord(after: string): string | undefined {
  const owned = /^['’]s\s+([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?(?:\s+([a-z][a-z-]*))?/i.exec(after);
  const words = [owned?.[1], owned?.[2], owned?.[3]]
    .map((word) => word?.toLowerCase() ?? '')
    .filter((word) => isCareWord(word) || OWNED_EPISODE.has(word));
  // "Jamal's real chest X-ray": the word only a patient has outranks one colleagues share.
  return words.find((word) => !SHARED_WITH_STAFF.has(word)) ?? words[0];
}

/** How many words of leadership the sentence around a span holds ("…swapped her on-calls"). */
export function publicWordsInSentence(text: string, start: number, end: number): number {
  return tally(stretch(text, start, end, SENTENCE_END, 160)).publicCount;
}

// What a colleague's trouble comes with: "upset after the complaint", "anxious about the exam".
const WORK_NEAR =
  /\b(?:complaints?|exams?|rota|shifts?|nights|on-?calls?|appraisal|arcp|portfolio|interview|training|teaching)\b/i;

/**
 * Whether the words of care around a name are a patient's and not what colleagues share with them:
 * feelings, family and where staff work count only in twos, with no word of leadership or work near.
 */
export function isCaring(
  text: string,
  start: number,
  end: number,
  clinical: readonly string[],
  nearby: string,
): boolean {
  const shared = clinical.filter((word) => SHARED_WITH_STAFF.has(word)).length;
  if (shared < clinical.length) return true;
  if (WORK_NEAR.test(nearby)) return false;
  // "I saw Nisha in the ED with her mum; she had taken 30 paracetamol": the rest of the sentence says.
  const sentence = tally(stretch(text, start, end, SENTENCE_END, 160));
  if (sentence.publicCount > 0) return false;
  const onlyCare = (words: readonly string[]) => words.some((word) => !SHARED_WITH_STAFF.has(word));
  if (shared >= 2 || sentence.clinical.length >= 2 || onlyCare(sentence.clinical)) return true;
  const next = nextSentence(text, end);
  if (next === undefined) return false;
  const following = tally(next);
  return following.publicCount === 0 && onlyCare(following.clinical);
}

/**
 * Whether the words describing someone after their name ("Olumide, the teenager she saw in clinic who
 * later took an overdose") hold a word only a patient's care has: the description outweighs a word
 * of work elsewhere in the sentence ("Mentoring note: …").
 */
export function describedWithCare(text: string, end: number): boolean {
  let to = end;
  while (to < text.length && to - end < 160 && !SENTENCE_END.test(text.charAt(to))) to += 1;
  return tally(text.slice(end, to)).clinical.some((word) => !SHARED_WITH_STAFF.has(word));
}

/** Whether a short stretch of text holds any word of care, shared with colleagues or not. */
export function hasCareWord(text: string): boolean {
  const { clinical, publicCount } = tally(text);
  return clinical.length > publicCount;
}
