import { isNotAName } from './name-words';
import { scan, WORD_END, WORD_START } from './scan';
import type { Match } from './types';

// "Ward 7B", "ward 12", "Ward C3": a numbered ward.
const NUMBERED_WARD = new RegExp(`${WORD_START}[Ww]ard\\s{1,2}(?:\\d{1,2}[A-Za-z]?|[A-Z]\\d{0,2})${WORD_END}`, 'g');

// "Oak Ward", "St Mary's Hospital", "Leeds General Infirmary": capitalised words before the noun. The
// noun is found first and the words read backwards from it, because trying every capitalised word in
// a long entry as the start of a name is slow. Trust names ("… Hospitals NHS Foundation Trust") are
// organisations a reflection may name.
const PLACE_NOUN =
  /(?<=[ \t])(?:(?<ward>Ward)|Hospital|Infirmary|Hospice|Medical\s+Centre|Health\s+Centre)s?(?![A-Za-z])(?!\s{1,2}(?:NHS|Foundation|Trust))/dg;
const NAME_CHAR = /[\p{L}'’-]/u;
const CONNECTOR = new Set(['of', 'and', 'the', 'on']);
const PLACE_WORDS = new Set(['Ward', 'Wards', 'Hospital', 'Hospitals', 'Infirmary', 'Hospice', 'Centre']);

/** Where the run of capitalised words (a few, joined by "of", "and"…) ending just before `end` starts. */
function nameStartBefore(text: string, end: number): number | undefined {
  let start: number | undefined;
  let at = end;
  for (let words = 0; words < 7; words += 1) {
    let gap = at;
    while (gap > 0 && (text.charAt(gap - 1) === ' ' || text.charAt(gap - 1) === '\t') && at - gap < 3) gap -= 1;
    if (gap === at || at - gap > 2) break;
    // "St." keeps its full stop; any other word ending in one ends a sentence, not a name.
    const stop = text.slice(gap - 3, gap) === 'St.' ? gap - 1 : gap;
    let from = stop;
    while (from > 0 && NAME_CHAR.test(text.charAt(from - 1))) from -= 1;
    const word = text.slice(from, stop);
    if (!word || (from > 0 && /[\p{N}.]/u.test(text.charAt(from - 1)))) break;
    if (CONNECTOR.has(word) && start !== undefined) {
      at = from;
      continue;
    }
    // "In", "The" and the nouns themselves ("Ward Ward") end the name.
    if (!/^\p{Lu}/u.test(word) || isNotAName(word) || PLACE_WORDS.has(word)) break;
    start = from;
    at = from;
  }
  return start;
}

// Words that describe any ward or hospital rather than name one.
const GENERIC = new Set(
  `acute admissions assessment cardiac cardiology children's childrens community coronary covid day district
  elderly emergency general geriatric isolation local main maternity medical mental mixed new old orthopaedic
  private psychiatric rehabilitation respiratory short stay surgical teaching university virtual women's womens`.split(
    /\s+/,
  ),
);

function placeMatch(start: number, end: number, kind: 'ward' | 'hospital'): Match {
  return {
    kind: 'place',
    start,
    end,
    placeholder: `[${kind}]`,
    message: `Naming the ${kind} can help identify a patient. Consider "a ${kind}" instead.`,
  };
}

export function findPlaces(text: string): Match[] {
  const numbered = scan(text, NUMBERED_WARD, (hit) => placeMatch(hit.index, hit.index + hit[0].length, 'ward'));
  const named = scan(text, PLACE_NOUN, (hit) => {
    const start = nameStartBefore(text, hit.index);
    if (start === undefined) return undefined;
    // A name made only of generic words ("Medical Ward", "University Hospital") points nowhere in particular.
    const words = text.slice(start, hit.index).toLowerCase().split(/\s+/);
    if (words.every((word) => !word || GENERIC.has(word) || CONNECTOR.has(word))) return undefined;
    return placeMatch(start, hit.index + hit[0].length, hit.groups?.ward ? 'ward' : 'hospital');
  });
  return [...numbered, ...named];
}
