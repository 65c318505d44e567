import { around, LETTER, MONTH, ORDINAL, scan, WORD_END, WORD_START } from './scan';
import type { Match } from './types';

// Dates as people write them: 12/03/1954, 12.3.54, 12 - 03 - 1954, 12 March 1954, 12th of Mar 1954,
// March 12, 1954 and 1954-03-12. Named groups let the numeric forms be checked for a real day and month.
const NUMERIC = `(?<d1>\\d{1,2})\\s?(?<s1>[/.-])\\s?(?<m1>\\d{1,2})\\s?\\k<s1>\\s?(?:\\d{4}|\\d{2})(?!\\d)`;
const SPELT = `\\d{1,2}\\s?${ORDINAL}?\\s{1,2}(?:of\\s+)?${MONTH},?\\s{1,2}(?:\\d{4}|'?\\d{2})(?!\\d)`;
const AMERICAN = `${MONTH}\\s{1,2}\\d{1,2}${ORDINAL}?,?\\s{1,2}\\d{4}(?!\\d)`;
const ISO = `\\d{4}-(?<m2>\\d{1,2})-(?<d2>\\d{1,2})(?!\\d)`;
// "12-Mar-1941", "12/Mar/41": a month name between hyphens or slashes, as many systems print it.
const DASHED = `\\d{1,2}[-/]${MONTH}[-/](?:\\d{4}|\\d{2})(?!\\d)`;
// Said aloud and written down as said: "the twelfth of May nineteen fifty-two".
const ORDINAL_WORD =
  '(?:(?:twenty|thirty)[- ])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth|thirtieth';
const NUMBER_WORD =
  '(?:hundred|and|oh|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
const YEAR_WORDS = `(?:nineteen|twenty|two\\s{1,2}thousand)(?:[\\s-]{1,2}${NUMBER_WORD}){0,3}`;
const WORDS_DATE = `(?:${ORDINAL_WORD})\\s{1,2}(?:of\\s{1,2})?${MONTH},?\\s{1,2}${YEAR_WORDS}(?![a-z])`;
const FULL_DATE = `(?:${NUMERIC}|${SPELT}|${DASHED}|${AMERICAN}|${ISO}|${WORDS_DATE})`;

// "b." only counts before a full date, where it can mean nothing else; "birthday" only as "birthday is …"
// or a person's ("the boy's birthday, 30th December 2012"), since "the NHS's birthday on 5 July 1948"
// is a founding date.
const DOB_CUE = `(?:d[./]?\\s?o[./]?\\s?b\\.?|date\\s{1,2}of\\s{1,2}birth|birth\\s?date|born|birthday(?=\\s{0,2}(?::|is\\b|was\\b)|(?<=\\b(?:his|her|their|(?:patient|boy|girl|baby|child|son|daughter|man|woman|lady|gentleman|toddler|infant)['’]s)\\s{1,2}birthday)\\s{0,2}[,(])|b\\.(?=\\s?\\d))(?![a-z])`;
const DOB_THEN_DATE = new RegExp(
  `${WORD_START}${DOB_CUE}\\s{0,3}(?:[:=(,–-]\\s{0,3})?(?:(?:given|recorded|listed|written|documented|noted)\\s{1,2})?(?:(?:on|is|was|of|as)\\s{1,2})?(?:the\\s{1,2})?(?<date>${FULL_DATE})`,
  'gdi',
);
// A day everyone knows the date of: "born on Christmas Eve 1950", "DOB: New Year's Day".
const HOLIDAY = `(?:Christmas\\s{1,2}(?:Day|Eve)|Boxing\\s{1,2}Day|New\\s{1,2}Year['’]?s\\s{1,2}(?:Day|Eve)|Hallowe['’]?en|Valentine['’]?s\\s{1,2}Day|Bonfire\\s{1,2}Night)(?:,?\\s{1,2}(?:in\\s{1,2})?\\d{4})?`;
// Under a label that can mean nothing else, a day and month alone: "date of birth was 1 January".
const LABELLED_DAY_MONTH = new RegExp(
  `${WORD_START}(?:d[./]?\\s?o[./]?\\s?b\\.?|date\\s{1,2}of\\s{1,2}birth|birth\\s?date|(?:born|birthday)(?=\\s{1,2}(?:(?:is|was|falls|fell)\\s{1,2})?(?:on\\s{1,2})?(?:Christmas|Boxing|New|Hallowe|Valentine|Bonfire)))\\s{0,3}(?:[:=(,–-]\\s{0,3})?(?:(?:is|was|as|falls|fell)\\s{1,2})?(?:on\\s{1,2})?(?:the\\s{1,2})?(?<date>(?:\\d{1,2}\\s?${ORDINAL}?|${ORDINAL_WORD})\\s{1,2}(?:of\\s{1,2})?${MONTH}|${HOLIDAY})(?![a-z])`,
  'gdi',
);
// The cue after the date, "12/03/1954 (DOB)": found by the cue and read backwards, since trying every
// date-like word in a long entry would be slow and cues are rare.
const DOB_AFTER_DATE = new RegExp(`${WORD_START}${DOB_CUE}`, 'gi');
// "1955-12-30 as her date of birth", "12/03/1954 is his DOB".
const DATE_BEFORE_CUE = new RegExp(
  `${WORD_START}(?<date>${FULL_DATE})\\s{0,2}[([,]?\\s{0,2}(?:(?:as|is|was|being)\\s{1,2})?(?:(?:her|his|their|the|my|patient['’]s)\\s{1,2})?$`,
  'di',
);

/** Day and month in range whichever way round a numeric date is written. */
function plausibleDayAndMonth(groups: Record<string, string | undefined> | undefined): boolean {
  const first = Number(groups?.d1 ?? groups?.d2 ?? 1);
  const second = Number(groups?.m1 ?? groups?.m2 ?? 1);
  const dayMonth = first >= 1 && first <= 31 && second >= 1 && second <= 12;
  const monthDay = first >= 1 && first <= 12 && second >= 1 && second <= 31;
  return dayMonth || monthDay;
}

export function findDatesOfBirth(text: string): Match[] {
  const following = scan(text, DOB_THEN_DATE, (hit) => {
    const span = hit.indices?.groups?.date;
    if (!span || !plausibleDayAndMonth(hit.groups)) return undefined;
    return { kind: 'date-of-birth', start: span[0], end: span[1] };
  });
  const preceding = scan(text, DOB_AFTER_DATE, (hit) => {
    const offset = Math.max(0, hit.index - 40);
    const date = DATE_BEFORE_CUE.exec(text.slice(offset, hit.index));
    const span = date?.indices?.groups?.date;
    if (!span || !plausibleDayAndMonth(date.groups)) return undefined;
    return { kind: 'date-of-birth', start: offset + span[0], end: offset + span[1] };
  });
  const dayAndMonth = scan(text, LABELLED_DAY_MONTH, (hit) => {
    const span = hit.indices?.groups?.date;
    return span ? { kind: 'date-of-birth', start: span[0], end: span[1] } : undefined;
  });
  return [...following, ...preceding, ...dayAndMonth];
}

// The day a patient was seen: looser than a birth date, since a day and month alone narrow it down.
const WEEKDAY = '(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?';
const DAY_MONTH = `\\d{1,2}\\s?${ORDINAL}?\\s{1,2}(?:of\\s+)?${MONTH}(?:,?\\s{1,2}\\d{4})?${WORD_END}`;
const MONTH_DAY = `${MONTH}\\s{1,2}\\d{1,2}${ORDINAL}?(?:,?\\s{1,2}\\d{4})?${WORD_END}`;
// Not a fraction: "admitted 3/4 of the referrals".
const SHORT_NUMERIC = `(?<d1>\\d{1,2})[/.](?<m1>\\d{1,2})(?:[/.](?:\\d{4}|\\d{2}))?(?![\\d.]\\d|\\s+of\\b)`;
const ON_WEEKDAY = `${WEEKDAY}\\s{1,2}(?:the\\s{1,2})?\\d{1,2}${ORDINAL}?(?:\\s{1,2}(?:of\\s{1,2})?${MONTH})?${WORD_END}`;
const THE_ORDINAL = `the\\s{1,2}\\d{1,2}${ORDINAL}${WORD_END}`;
const SEEN_DATE_FORMS = `(?:${ISO}|${SHORT_NUMERIC}|${DAY_MONTH}|${MONTH_DAY}|${ON_WEEKDAY}|${THE_ORDINAL})`;

// Verbs that mean a patient's episode on their own, and verbs that need a person nearby to mean one.
const EPISODE = `seen|(?:re)?admitted|discharged|brought\\s+in|transferred|died|passed\\s+away|operated\\s+on|on\\s+the\\s+ward`;
const ENCOUNTER = 'saw|reviewed|visited|attended|presented|assessed|examined|referred|came\\s+in';
const SEEN_DATE = new RegExp(
  `${WORD_START}(?<cue>${EPISODE}|${ENCOUNTER})(?:(?:\\s{1,3}[${LETTER}\\d'’&,]+){0,6}?\\s{1,3}on)?\\s{1,3}(?<date>${SEEN_DATE_FORMS})`,
  'gdi',
);
const EPISODE_CUE = new RegExp(`^(?:${EPISODE})$`, 'i');
const PERSON_NEAR =
  /\b(?:patients?|pts?|he|she|him|her|man|woman|lady|gentleman|boy|girl|child|baby|relatives?|family|daughter|son|wife|husband|mother|father)\b/i;

export function findSeenDates(text: string): Match[] {
  return scan(text, SEEN_DATE, (hit) => {
    const span = hit.indices?.groups?.date;
    const cue = hit.groups?.cue ?? '';
    if (!span || !plausibleDayAndMonth(hit.groups)) return undefined;
    if (!EPISODE_CUE.test(cue.replace(/\s+/g, ' '))) {
      const { before, after } = around(text, hit.index, span[1], 60);
      if (!PERSON_NEAR.test(`${before} ${hit[0]} ${after}`)) return undefined;
    }
    return { kind: 'seen-date', start: span[0], end: span[1] };
  });
}
