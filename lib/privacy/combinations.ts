import { isNotAName } from './name-words';
import { MONTH, ORDINAL, scan } from './scan';
import type { Match } from './types';

/**
 * Details that identify a patient only together: an exact age, a rare condition, the town or village
 * they live in, a distinctive job and the date they were seen. Any one is fine in a reflection; two or
 * more close together (one of them a condition, place or job) narrow it to one person, so a hint names
 * which details combine.
 */
type Detail = 'age' | 'condition' | 'place' | 'job' | 'date';

const ABOUT: Readonly<Record<Detail, string>> = {
  age: 'the exact age',
  condition: 'the rare condition',
  place: 'the place they live',
  job: 'the job',
  date: 'the date seen',
};
const PLACEHOLDER: Readonly<Record<Detail, string>> = {
  age: '[age]',
  condition: 'a rare condition',
  place: '[place]',
  job: '[job]',
  date: '[date]',
};

const AGE =
  /\b(?:born\s{1,2}in\s{1,2}(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\s{1,2})?\d{4}|\d{1,3}[ -]?(?:years?|yrs?)[ -]?old|aged\s{1,2}\d{1,3}|age\s{1,2}\d{1,3}|\d{1,3}\s?(?:yo|y\/o)|(?:he|she|they)\s{1,2}(?:is|was|turned)\s{1,2}\d{1,3})\b/gi;
const RARE_CONDITIONS = [
  'acromegaly',
  'progeria',
  'sarcoidosis',
  'scleroderma',
  'systemic\\s+sclerosis',
  'myasthenia\\s+gravis',
  'motor\\s+neurone\\s+disease',
  'amyotrophic\\s+lateral\\s+sclerosis',
  'cystic\\s+fibrosis',
  'porphyria',
  'amyloidosis',
  'haemophilia',
  'phenylketonuria',
  'muscular\\s+dystrophy',
  'spinal\\s+muscular\\s+atrophy',
  'cjd',
  'neurofibromatosis',
  'tuberous\\s+sclerosis',
  'osteogenesis\\s+imperfecta',
  'achondroplasia',
  'phaeochromocytoma',
  'narcolepsy',
  'mesothelioma',
  'locked-in\\s+syndrome',
  'pulmonary\\s+hypertension',
  'vasculitis',
  'moyamoya',
  'hydatid\\s+disease',
  'leprosy',
].join('|');
// Diseases named after people are mostly rare; the common ones are left out.
const COMMON_EPONYMS = new Set(['parkinson', 'alzheimer', 'crohn', 'down', 'raynaud', 'bell', 'graves', 'paget']);
const CONDITION = new RegExp(`\\b(?:${RARE_CONDITIONS})\\b|\\brare\\s{1,2}(?:[a-z-]+\\s{1,2}){0,3}?(?:[a-z-]+)`, 'gi');
// Diseases named after people, found by the noun and read back: "Wilson's disease", "Ehlers-Danlos syndrome".
const EPONYM_NOUN = /(?<=[A-Za-z'’][ \t]{1,2})(?:disease|syndrome|arteritis|sarcoma|dystrophy|ataxia|anomaly)\b/g;
const EPONYM_BEFORE = /(?<![A-Za-z])[A-Z][a-z]+(?:['’]s)?(?:[- ][A-Z][a-zé]+(?:['’]s)?){0,2}[ \t]{1,2}$/;
const PLACE =
  /\b(?:from|in|lives?\s{1,2}in|living\s{1,2}in|lived\s{1,2}in|grew\s{1,2}up\s{1,2}in|raised\s{1,2}in|village\s{1,2}(?:of|near|outside)|(?:resident|native)\s{1,2}of|town\s{1,2}of|near|outside|island\s{1,2}of|on)\s{1,2}(?<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})/dg;
const JOB =
  /\b(?:the\s{1,2}(?:only|oldest|youngest|last(?:\s{1,2}surviving)?)\s{1,2}(?:[a-z]+\s{1,2}){0,3}(?:in|of|on|at)|professional\s{1,2}(?!development|standards|body|bodies|boundaries|conduct|behaviou?r)[a-z]{4,}|(?:village|town|island|parish|valley|street)['’]s\s{1,2}only\s{1,2}[a-z-]+(?:\s{1,2}[a-z-]+)?|vicar|priest|imam|rabbi|farmer|vet|footballer|olympic|olympian|mp|councillor|mayor|headteacher|postmistress|postman|lighthouse\s{1,2}keeper|fisherman|publican|actor|actress|singer|judge|magistrate|jockey|boxer|presenter|veteran)\b/gi;
// An exact age, then what the person does for a living: "a 41-year-old Somali interpreter", "the
// 16-year-old goalkeeper", "she is 34, a midwife". Read by the ending of the word after the age, less the words that are no job.
const JOB_AFTER_AGE =
  /\b(?:\d{1,3}[ -]?(?:years?|yrs?)[ -]?old\s{1,2}|(?:aged\s{1,2}|(?:[Hh]e|[Ss]he)\s{1,2}(?:is|was)\s{1,2}|,\s{0,2})\d{1,3}\s{0,2},\s{1,2}(?:a|an)\s{1,2})(?:[A-Za-z-]+\s{1,2}){0,2}?(?<job>[a-z]+(?:er|or|ist|ian|ess|man|keeper|fighter)|midwife)\b/dg;
const NOT_JOBS = new Set(
  `man woman gentleman human other older younger elder former under over ever never after later sister brother
  mother father daughter partner member smoker drinker user sufferer survivor carer lover toddler teenager
  youngster pensioner widower junior senior minor foster stepmother stepfather grandmother grandfather
  nonagenarian octogenarian centenarian vegetarian`.split(/\s+/),
);

const ON_DATE = new RegExp(
  `(?<=\\bon\\s{1,2}(?:the\\s{1,2})?)(?:\\d{1,2}${ORDINAL}?\\s{1,2}(?:of\\s{1,2})?${MONTH}(?![a-z])|(?:Christmas|Boxing|New\\s{1,2}Year['’]s)\\s{1,2}(?:Day|Eve)|Easter\\s{1,2}(?:Day|Sunday|Monday))`,
  'gi',
);

// Capitalised words after "on" or "from" that name no town: "on Ward 7B", "from Public Health England".
const NOT_PLACES = new Set([
  'Ward',
  'Wards',
  'Hospital',
  'Infirmary',
  'Unit',
  'Clinic',
  'Trust',
  'England',
  'Bay',
  'Bed',
]);

interface Found {
  readonly detail: Detail;
  readonly start: number;
  readonly end: number;
}

/** Each hit of a pattern that `keep` accepts, as the detail it is; `keep` may narrow the span. */
function collect(
  text: string,
  pattern: RegExp,
  detail: Detail,
  keep: (hit: RegExpExecArray) => readonly [number, number] | undefined = (hit) => [
    hit.index,
    hit.index + hit[0].length,
  ],
): Found[] {
  return scan(text, pattern, (hit) => {
    const span = keep(hit);
    return span ? { kind: 'combination', start: span[0], end: span[1] } : undefined;
  }).map(({ start, end }) => ({ detail, start, end }));
}

function rareEponym(text: string, hit: RegExpExecArray): readonly [number, number] | undefined {
  const offset = Math.max(0, hit.index - 40);
  const eponym = EPONYM_BEFORE.exec(text.slice(offset, hit.index));
  if (!eponym) return undefined;
  const person = (eponym[0].split(/[- ]/)[0] ?? '').replace(/['’]s$/, '').toLowerCase();
  if (COMMON_EPONYMS.has(person) || isNotAName(person)) return undefined;
  return [offset + eponym.index, hit.index + hit[0].length];
}

function details(text: string): Found[] {
  const place = (hit: RegExpExecArray) => {
    const span = hit.indices?.groups?.place;
    const words = (hit.groups?.place ?? '').split(/[ -]/);
    return span && !words.some((word) => isNotAName(word) || NOT_PLACES.has(word)) ? span : undefined;
  };
  const telling = [
    ...collect(text, CONDITION, 'condition'),
    ...collect(text, EPONYM_NOUN, 'condition', (hit) => rareEponym(text, hit)),
    ...collect(text, PLACE, 'place', place),
    ...collect(text, JOB, 'job'),
    ...collect(text, JOB_AFTER_AGE, 'job', (hit) => {
      const job = hit.indices?.groups?.job;
      const word = hit.groups?.job ?? '';
      return job && !NOT_JOBS.has(word) && !/(?:less|ness)$/.test(word) ? job : undefined;
    }),
  ];
  // An age and a date alone are in most reflections; without a condition, place or job nothing combines.
  if (telling.length === 0) return [];
  return [...telling, ...collect(text, AGE, 'age'), ...collect(text, ON_DATE, 'date')];
}

// Details further apart than this, or in different paragraphs, are not read together.
const REACH = 240;
const SHOWN_ON: readonly Detail[] = ['condition', 'place', 'job'];

export function findCombinations(text: string): Match[] {
  const found = details(text).sort((a, b) => a.start - b.start);
  const groups: Found[][] = [];
  for (const detail of found) {
    const group = groups.at(-1);
    const last = group?.at(-1);
    const apart = last ? text.slice(last.end, detail.start) : '';
    if (group && last && detail.start - last.end < REACH && !apart.includes('\n')) group.push(detail);
    else groups.push([detail]);
  }
  return groups.flatMap((group) => {
    const kinds = [...new Set(group.map(({ detail }) => detail))];
    const shownOn = SHOWN_ON.map((kind) => group.find(({ detail }) => detail === kind)).find(Boolean);
    if (kinds.length < 2 || !shownOn) return [];
    const named = group
      .filter((item, index) => group.findIndex(({ detail }) => detail === item.detail) === index)
      .map(({ detail, start, end }) => `${ABOUT[detail]} (${text.slice(start, end)})`);
    const list = `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
    return [
      {
        kind: 'combination',
        start: shownOn.start,
        end: shownOn.end,
        placeholder: PLACEHOLDER[shownOn.detail],
        message: `Together, ${list} could identify the patient, though none would alone. Consider leaving one or two out.`,
      },
    ];
  });
}
