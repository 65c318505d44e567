import { contextLean, tally } from './cues';
import { ALSO_WORDS, FIRST_NAMES } from './first-names';
import { MORE_GIVEN_NAMES } from './more-given-names';
import { colleagueCue, DOES_CARE, FAMILY, isPublicAct, patientCue } from './name-context';
import { isPersonWord } from './name-shapes';
import { isNotAName } from './name-words';
import { clinicalReason, NAME_BESIDE_CUE } from './names';
import { notAPerson, THING_NOUNS, TITLES } from './not-a-person';
import { around, scan } from './scan';
import { ROLE_WORD, SentenceCues } from './sentence-cues';
import type { Match } from './types';

/**
 * Names no other finder marks ("I keep thinking about Nia", "Spoke to Fenwick-Hale about the results"),
 * weighed the way a reader would: in a reflective journal a person named who is marked neither as staff
 * (a title, a role, work around them) nor as public (a report, a book, a speech) nor as a place or a
 * condition is more likely a patient or a relative, the more so with words of care in the sentence or
 * the one either side. A small score over those cues decides; its weights were set on the tuning sets.
 */

// A run of one to four capitalised words: "Nia", "Kacper Nowak", "Jean-Baptiste Mbemba", "O'Hara".
const WORD = "(?:[A-Z]['’])?(?:Ma?c)?[A-Z][a-z\\u00C0-\\u024F]+(?:['’][A-Z][a-z]+|-[A-Z][a-z]+)?";
const RUN = new RegExp(
  `(?<![A-Za-z0-9'’.\\-\\u00C0-\\u024F])${WORD}(?:[ \\t]${WORD}){0,3}(?![A-Za-z0-9\\u00C0-\\u024F])`,
  'g',
);
const SENTENCE_START = /(?:^|[.!?:;"“(‘']\s{0,3}|\n\s{0,3}|[–—-]\s{1,2})$/;

// Someone introduced by a role that is no family or patient word ("the rota coordinator, Shona,", "the
// charge nurse Olu"), or as the doctor's own ("my mentee Kofi", "our dog Biscuit", "my husband Dan").
const ROLE_BEFORE =
  /\b(?:(?<own>my|our)|the|a|an|his|her|their|whose)\s+(?<role>(?:[A-Za-z0-9-]+\s+){0,2}[A-Za-z0-9-]+)(?<mark>\s{0,2}[,(:–-])?\s{0,2}$/;
// "Dennis, the porter,", "Nkechi, the HCA on nights".
const ROLE_AFTER =
  /^\s{0,2}[,(–-]\s{0,2}(?:the|our|my|a|an|one\s+of\s+(?:the|our))\s+((?:[A-Za-z0-9-]+\s+){0,2}[A-Za-z0-9-]+)/;
const KIN_OR_PATIENT = new RegExp(
  `\\b(?:${FAMILY}|patients?|pt|man|woman|lady|gentleman|gent|boy|girl|child|baby|toddler|teenager|lad|lass|person|resident|relatives?|kin|carer|partner|sister|bed|bay|cubicle|room)\\b`,
  'i',
);
// Staff the colleague list leaves out: "mentee", "team leader", "ward clerk", "AMHP", "HCA", "porter".
const STAFF_NOUN =
  /\b(?:mentees?|leaders?|clerks?|amhp|hca|porters?|assistants?|housekeepers?|cleaners?|volunteers?|students?|locums?|fy[12]|f[12]|sho|regs?|colleagues?|friends?|boss)$/i;
// A system or a resource, not a person: "on Zoom", "uploaded to Cerner", "checked with Medusa".
const THING_BEFORE =
  /\b(?:(?<!(?:check|checked|checking|pop|popped|call|called|wait|waited|chase|chased|visit|visited|looked\s+in)\s)on|(?:uploaded|logged|typed|entered|saved|documented|recorded|scanned|filed)\s+(?:on|in|into|to|onto)|(?:checked|confirmed|cleared|agreed)\s+(?:it\s+)?with)\s{1,2}$/i;
// Work beside the doctor, or words said in public: "X and I ran the take", "X spoke about", "X on leadership".
const AS_STAFF_AFTER =
  /^\s{1,2}(?:and\s+(?:I|me)\b|from\s+(?:the|our)\s+(?!(?:[a-z]+\s+)?(?:home|flat|house|street|estate|village|hostel|shelter|prison)\b|(?:bed|bay)\s*\d)|(?:spoke|speak|speaks|talked|talk|talks|wrote|writes|argued|argues|said\s+in)\s+(?:about|on|at|in)\b|on\s+(?:[a-z-]+\s+){0,2}(?:leadership|safety|change|culture|teams?|compassion|vulnerability|improvement|management))/i;
// A pair of colleagues: "Priti and Joel both said".
const TOGETHER = /^\s{1,2}(?:and|&)\s{1,2}[A-Z][a-z]+\b|\b[A-Z][a-z]+,?\s{1,2}(?:and|&)\s{1,2}$/;
// A doctor's lingering concern for someone in their care: "I keep thinking about Nia", "I let Caoimhe down".
const CONCERN_BEFORE =
  /\b(?:(?:think|thinking|thought|worried|worrying|worry|wonder|wondering|wondered|dreamt|dreaming|remember|talked|spoke|conversation|chat)\s+about|what\s+happened\s+to|goodbye\s+to|failed|let|promised|(?:minutes|hours|time|ages)\s+with|(?:visit|visited|check|checked|pop|popped)\s+(?:in\s+)?on)\s{1,2}$/i;
// A nickname the ward uses: "they call him Smudge", "known to everyone as Tiny".
const NICKNAME_BEFORE =
  /\b(?:(?:calls?|called)\s+(?:him|her|me)|(?:known|nicknamed)(?:\s+to\s+[a-z]+)?(?:\s+as)?|goes\s+by)\s{1,2}['‘"“]?$/i;
const HOUSEHOLD_AFTER = /^\s{1,2}(?:family|children|kids|twins|parents|household|boys|girls)\b(?!['’])/;
const CONCERN_AFTER =
  /^(?:\s{1,2}down\b|['’]s\s+(?:face|voice|eyes|hands?|smile|laugh|laughter|words|story|last|death|funeral|bed|(?:grand)?(?:daughter|son|children|kids)|wife|husband|widow|widower))/i;
// A sentence's first word is a name when a person's verb or a concern follows it ("Efua asked…").
const PERSON_VERB =
  /^\s{1,2}(?:cried|smiled|laughed|refused|wanted|felt|died|insisted|whispered|begged|declined|woke|slept|screamed|shouted|wept|squeezed|gripped|asked\s+(?:me|us|if|whether|for)|told\s+(?:me|us)|kept\s+(?:asking|saying|calling|trying|pulling|getting)|waved)\b/;
// A sentence opened by a verb or a word of fondness before a name: "Gave Piotr the leaflet", "Big Tel".
const OPENER =
  /^(?:[A-Z][a-z]+ed|Saw|Met|Gave|Told|Spoke|Sat|Took|Found|Rang|Left|Sent|Brought|Kept|Let|Made|Got|Heard|Thought|Felt|Went|Came|Held|Caught|Taught|Seeing|Meeting|Telling|Helping|Thank|Ask|Lunch|Coffee|Big|Little|Old|Young|Poor|Dear|Lovely)$/;

const UNMARKED =
  'This looks like the name of a patient or relative: nothing around it marks a colleague, a public figure or a place. Remove it or write "the patient" instead.';

// The score's weights: a name alone is below the bar; care words, a concern, raise it; work, a role, lower it.
const PRIOR = 0.5;
const BAR = 1;
const CONCERN = 0.75;
const NICKNAME = 1.25;

/** The score: care words in the sentence and, at half weight, the one either side, less work and roles. */
function score(sentences: SentenceCues, start: number, words: readonly string[], near: string, after: string): number {
  const { own, side, reach, staffWork } = sentences.around(start);
  let total = PRIOR + Math.min(own.care, 3) + reach * Math.min(side.care, 2);
  total -= 1.5 * own.publicCount + 0.5 * side.publicCount + 1.5 * staffWork;
  if (TOGETHER.test(after) || TOGETHER.test(near)) total -= 0.75;
  // A full name with no title is as often a public figure's as a patient's.
  if (words.length > 1) total -= own.care === 0 ? 1 : 0.75;
  if (CONCERN_BEFORE.test(near) || CONCERN_AFTER.test(after)) total += CONCERN;
  // A nickname someone goes by is a patient's or a relative's more often than a colleague's.
  else if (NICKNAME_BEFORE.test(near)) total += NICKNAME;
  return total;
}

function introducedAsStaff(role: string, own: boolean, marked: boolean): boolean {
  if (/\b(?:patients?|pt|bed|bay|cubicle)\b/i.test(role)) return false;
  if (own) return true;
  if (KIN_OR_PATIENT.test(role) || tally(role).clinical.length > 0) return false;
  return marked || ROLE_WORD.test(role) || STAFF_NOUN.test(role);
}

/** Whether the name is marked as staff: a colleague cue, a role before or after it, work said in public. */
function markedAsStaff(near: string, before: string, after: string): boolean {
  if (colleagueCue(before, after) || AS_STAFF_AFTER.test(after) || DOES_CARE.test(after)) return true;
  const role = ROLE_BEFORE.exec(near)?.groups;
  if (role && introducedAsStaff(role.role ?? '', role.own !== undefined, role.mark !== undefined)) return true;
  const roleAfter = ROLE_AFTER.exec(after)?.[1];
  return roleAfter !== undefined && !KIN_OR_PATIENT.test(roleAfter);
}

function isNameWord(word: string): boolean {
  const lower = word.toLowerCase();
  return isPersonWord(word) && !TITLES.has(lower) && !THING_NOUNS.has(lower);
}

/** The run's words that may be a name, past a sentence's first word when that is no known name. */
function candidate(text: string, start: number, words: string[]): { start: number; words: string[] } | undefined {
  if (!SENTENCE_START.test(text.slice(Math.max(0, start - 4), start))) return { start, words };
  const first = words[0] ?? '';
  const lower = first.toLowerCase();
  if ((FIRST_NAMES.has(lower) && !ALSO_WORDS.has(lower)) || MORE_GIVEN_NAMES.has(lower)) return { start, words };
  const next = text.slice(start + first.length, start + first.length + 14);
  if (words.length === 1 && !/(?:ed|ing|ly)$/.test(lower) && (PERSON_VERB.test(next) || CONCERN_AFTER.test(next))) {
    return { start, words };
  }
  // "Being Mortal", "Grand Round": a title-cased phrase, unless its first word only opens the sentence.
  if (words.length === 1 || (!isNotAName(first) && !OPENER.test(first))) return undefined;
  return { start: start + first.length + 1, words: words.slice(1) };
}

export function findUnmarkedNames(text: string): Match[] {
  // Each sentence is read for its cues once, however many names it holds.
  const sentences = new SentenceCues(text);
  return scan(text, RUN, (hit) => {
    const found = candidate(text, hit.index, hit[0].split(/[ \t]+/));
    if (!found?.words.every(isNameWord)) return undefined;
    const { start, words } = found;
    const end = start + words.join(' ').length;
    const { before, after } = around(text, start, end, 60);
    const near = before.slice(-40);
    // "the Kowalski children", "the Adebayo family": a household named by its surname.
    if (/\bthe\s{1,2}$/i.test(near) && HOUSEHOLD_AFTER.test(after) && words.length === 1 && words[0] !== 'Royal') {
      return { kind: 'name', start, end, message: NAME_BESIDE_CUE };
    }
    if (notAPerson(words, near, after) || isPublicAct(after)) return undefined;
    if (patientCue(before, after)) return { kind: 'name', start, end, message: NAME_BESIDE_CUE };
    if (
      THING_BEFORE.test(near) ||
      markedAsStaff(near, before, after) ||
      score(sentences, start, words, near, after) < BAR
    )
      return undefined;
    const { clinical } = contextLean(text, start, end);
    return { kind: 'name', start, end, message: clinical.length ? clinicalReason(clinical) : UNMARKED };
  });
}
