import { lifeStage, sexOf } from './life-stage';
import { scan, WORD_END, WORD_START } from './scan';
import type { Match } from './types';

const PERSON = `(?<person>man|woman|male|female|gentleman|gent|lady|boy|girl|patient|person|child|baby|infant|toddler|teenager|adult|student|pensioner|resident|mother|father|mum|dad|grandmother|grandfather|widow|widower|chap|m|f)${WORD_END}`;
const AGE = '(?<![\\d.,£$€]|\\d\\s)(?<age>\\d{1,3})';
const YEARS_OLD = '[\\s-]{0,2}(?:years?|yrs?)[\\s-]{0,2}old';
const YO = '\\s{0,2}(?:yo|y\\.o\\.?|y/o)';
const SEX = `(?<person>man|woman|male|female|boy|girl|m|f)${WORD_END}`;
const DESCRIBED =
  '(?:(?:previously\\s+well|fit\\s+and\\s+well|retired|frail|elderly|young|local|diabetic)[\\s,]{1,2})?';

/** Where a form finds its person word: in the match, or read backwards from it. */
type Reading = 'inside' | 'person-before' | 'title-before';

// Each form is its own pattern: one pattern cannot repeat a group name across alternatives before
// ES2025. Every form starts at the number, at "aged" or at a comma; where the person comes first ("a
// man aged 73", "Mrs Khan, 82,") it is read backwards from there, far quicker than trying each word.
const FORMS: readonly { pattern: RegExp; reading: Reading }[] = [
  // "a 73-year-old man", "73 year old retired lady"
  [`${WORD_START}(?<article>an?\\s{1,2})?${AGE}${YEARS_OLD}[\\s,]{1,2}${DESCRIBED}${PERSON}`, 'inside'],
  // "73 yo female", "73yo M"
  [`${AGE}${YO}[\\s,]{0,2}${PERSON}`, 'inside'],
  // "82 years, male": plain "years" only with a comma and a sex, or "in 10 years adult services" would count.
  [`${AGE}\\s{0,2}(?:years?|yrs?)\\s{0,2},\\s{0,2}${SEX}`, 'inside'],
  // "aged 73, male"
  [`${WORD_START}aged\\s{1,2}${AGE}[\\s,]{1,3}(?:and\\s{1,2})?${PERSON}`, 'inside'],
  // "a man aged 73", "woman, 82 years old", "lady 80yo"
  [`${WORD_START}aged\\s{1,2}${AGE}(?:${YEARS_OLD}|${YO})?`, 'person-before'],
  [`${AGE}(?:${YEARS_OLD}|${YO})`, 'person-before'],
  // "Mrs Khan, 82, …", "Mr Ali, aged 64": the title gives the sex; only the age is replaced.
  [`(?<=,\\s{0,2})(?:aged\\s{1,2})?${AGE}(?:${YEARS_OLD}|${YO})?(?=\\s{0,2}[,);])`, 'title-before'],
].map(([pattern, reading]) => ({ pattern: new RegExp(pattern as string, 'gdi'), reading: reading as Reading }));
const PERSON_BEFORE = new RegExp(`${WORD_START}(?<article>an?\\s{1,2})?${PERSON}[\\s,]{1,2}$`, 'i');
const TITLE_BEFORE =
  /\b(?<title>Mrs|Mr|Ms|Miss|Mx|Dr)\.?\s{1,2}(?:[A-Z][\w'’-]*\.?\s{1,2}){0,2}[A-Z][\w'’-]+\s{0,2},\s{0,2}$/;
// Clinical shorthand opening a note: "92F admitted with delirium", "Case: 73M, chest pain".
const SHORTHAND = /(?<![\d.,£$€])(?<age>\d{2,3})(?<person>[MF])(?![A-Za-z0-9])/dg;
const OPENS_NOTE = /(?:^|[.:;(\n])\s{0,2}$/;
const DETERMINER_BEFORE = /\b(?:the|this|that|our|my|your|their|his|her)\s{1,2}$/i;

interface AgePhrase {
  start: number;
  age: number;
  person: string;
  article: string;
}

/** The age, the person word and where the phrase starts, reading back for a person or title if need be. */
function agePhrase(text: string, hit: RegExpExecArray, reading: Reading): AgePhrase | undefined {
  const age = Number(hit.groups?.age);
  if (reading === 'inside') {
    return { start: hit.index, age, person: hit.groups?.person ?? '', article: hit.groups?.article ?? '' };
  }
  const before = text.slice(Math.max(0, hit.index - 40), hit.index);
  const found = (reading === 'person-before' ? PERSON_BEFORE : TITLE_BEFORE).exec(before);
  if (!found) return undefined;
  if (reading === 'title-before') return { start: hit.index, age, person: found.groups?.title ?? '', article: '' };
  const article = found.groups?.article ?? '';
  return { start: hit.index - before.length + found.index, age, person: found.groups?.person ?? '', article };
}

/** The wording that replaces the phrase, fitted to the words around it. */
function suggestionFor(text: string, phrase: AgePhrase, reading: Reading): string {
  const { start, age, person, article } = phrase;
  const word = person.toLowerCase();
  const stage = lifeStage(age, sexOf(word), word === 'patient' || word === 'adult' ? word : 'person');
  // "Mrs Khan, 82," becomes "Mrs Khan, in her eighties,": the title already says who.
  if (reading === 'title-before') return stage.replace(/^an? (?:man|woman|person) /, '');
  // "the 73-year-old man" becomes "the man in his seventies", not "the a man…".
  const afterDeterminer = !article && DETERMINER_BEFORE.test(text.slice(Math.max(0, start - 8), start));
  return afterDeterminer ? stage.replace(/^an? /, '') : stage;
}

export function findAgesWithSex(text: string): Match[] {
  const forms = [...FORMS, { pattern: SHORTHAND, reading: 'inside' as const }];
  return forms.flatMap(({ pattern, reading }) =>
    scan(text, pattern, (hit) => {
      if (pattern === SHORTHAND && !OPENS_NOTE.test(text.slice(Math.max(0, hit.index - 3), hit.index))) {
        return undefined;
      }
      const phrase = agePhrase(text, hit, reading);
      // A lone M or F counts only as a capital ("73yo M"), never the "m" of "73 m".
      if (!phrase || (phrase.person.length === 1 && phrase.person !== phrase.person.toUpperCase())) return undefined;
      if (phrase.age > 120) return undefined;
      const suggestion = suggestionFor(text, phrase, reading);
      // Keep a capital at the start of a sentence: "A 73-year-old man…" becomes "A man in his seventies…".
      const placeholder = phrase.article.startsWith('A') ? `A${suggestion.slice(1)}` : suggestion;
      return {
        kind: 'age-and-sex',
        start: phrase.start,
        end: hit.index + hit[0].length,
        placeholder,
        message: `An exact age with sex can help identify a patient. Consider a life stage instead, such as "${suggestion}".`,
      };
    }),
  );
}
