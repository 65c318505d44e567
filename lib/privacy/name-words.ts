/**
 * Capitalised words that follow "patient", "Mr" or "her son" without being a name: sentence openers,
 * days and months, titles, and the nouns of NHS proper names ("Patient Safety Team", "Mr Speaker",
 * "the named Consultant"). A name stops at the first of these; one that starts with one is no name.
 * Words that are also common names (May, June, Will, Ward, Day) are left out on purpose.
 */
const NOT_NAMES = `
a about after afterwards again all also although an and any are as at before being both but by can could did do
does during each either even every first for from further had has have he her here hers him his how however i if
in into is it its just last later let like many me meanwhile might more most much must my never next no nor not
now of on once one only or other our out over perhaps please rather same she should since so some still such
than that the their them then there these they this those though through thus to today together tomorrow too two
under until up upon us very was we were what when where whether which while who whom whose why with within
without would yes yesterday yet you your ok okay overnight sadly monday tuesday wednesday thursday friday
saturday sunday january february march july september october november december mr mrs ms miss mx dr sir dame
lord lady professor prof access administration advice advocate advocates association award bed beds board care
centre centred champion champions charter chair chairman chief choice clinic clinician committee consultant
council covid data deputy director doctor engagement environment experience feedback first flow forum gp group
health hospital information involvement journey justice lead leader leaders level liaison list lists manager
mayor midwife minister national nhs nurse panel participation partner partners pathway person portal president
professional public record records representative reported safety secretary service services society speaker
stories story survey team transport trust unit vice voice week year zero led initiated owned held knows online
opinion specialist specialists network programme project standards christmas easter resus majors minors triage
theatre theatres recovery handover
`;

const NOT_NAME_SET = new Set(NOT_NAMES.split(/\s+/).filter(Boolean));

// Endings of abstract nouns that are nobody's name ("Patient Participation", "Mr Motivation").
const NOUN_ENDING = /(?:tion|sion|ment|ness|ship|ism|ology|ics)$/;

export function isNotAName(word: string): boolean {
  const lower = word.toLowerCase().replace(/\.$/, '');
  return NOT_NAME_SET.has(lower) || NOUN_ENDING.test(lower);
}

// One word of a name: Khan, O'Neill, McDonald, Smith-Jones, Róisín, or an initial. "Jones's" stops
// before the possessive, "Speaker-style" before the hyphen, and all-capital words (NHS, CQC) are not names.
const WORD =
  "\\p{Lu}\\p{Ll}*(?:['’](?!s(?!\\p{L}))\\p{Lu}?\\p{Ll}+|-\\p{Lu}(?:['’]\\p{Lu})?\\p{Ll}+|\\p{Lu}\\p{Ll}+)*(?![\\p{L}\\p{N}])";
// Up to two particles ("van der Berg", "de la Cruz"), and an elided one joined on ("d'Souza").
const PARTICLE =
  "(?:(?:de|da|di|du|dos|das|van|von|der|den|ter|le|la|del|della|al|el|bin|ben|ap)[ \\t]{1,2}){0,2}(?:(?:d['’]|al-|el-)(?=\\p{Lu}))?";
// An initial may carry a full stop ("Mr A. Khan"); a whole word may not, or "Jones. She" would join.
const JOIN = '(?:(?<=(?<!\\p{L})\\p{Lu})\\.[ \\t]{0,2}|[ \\t]{1,2})';
export const NAME = `${PARTICLE}${WORD}(?:${JOIN}${PARTICLE}${WORD}){0,2}`;

export interface NameSpan {
  start: number;
  end: number;
  words: string[];
}

const NAME_GAP = new Set([' ', '\t', '.']);
/**
 * The name's words up to the first that cannot be part of a name, or nothing if the first cannot.
 * Initials alone ("Mr A", "patient B") are how reflections anonymise, so they are no name either.
 */
export function trimName(text: string, start: number, end: number): NameSpan | undefined {
  const words: string[] = [];
  let last = start;
  let from = start;
  // The name pattern allows only spaces, tabs and an initial's full stop between words.
  while (from < end) {
    let to = from;
    while (to < end && !NAME_GAP.has(text.charAt(to))) to += 1;
    const word = text.slice(from, to);
    // An initial counts only when a whole word follows ("Mr A. Khan", not "Mrs Jones I think").
    const initial = word.length === 1;
    if (word && !initial && isNotAName(word)) break;
    if (word) words.push(word);
    if (word && !initial) last = to;
    from = to + 1;
  }
  return last > start ? { start, end: last, words } : undefined;
}
