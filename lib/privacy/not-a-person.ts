import { isPublicFigure, isPublicSurname } from './public-figures';

/**
 * Why a capitalised word or run ("Kawasaki", "Jenner Ward", "Leeds", "Being Mortal") is no person's name,
 * or nothing when it may be one. Read from the few words either side only: it runs for every
 * capitalised run in an entry as the user types.
 */

// Words that open a title, a rank or a named thing: whoever follows is staff, public or no person.
export const TITLES: ReadonlySet<string> = new Set(
  `mr mrs ms miss mx master dr doctor prof professor sir dame lord lady baroness baron sister nurse matron charge
  father rev revd reverend rabbi imam pastor cllr councillor judge justice major general captain colonel admiral
  st saint king queen prince princess president chancellor minister secretary dean`.split(/\s+/),
);
// Nouns that end a named place, organisation, event or thing: "Jenner Ward", "Castle Street", "Grand Round".
export const THING_NOUNS: ReadonlySet<string> = new Set(
  `ward wards road street lane avenue close court drive way crescent place square gardens terrace hill park
  estate village town city county surgery practice hospital infirmary hospice unit trust centre center clinic
  team service services network foundation college university school academy institute society association
  council board committee group report review inquiry programme program award prize fund lecture round rounds
  act syndrome disease manifesto book house hall building wing suite lounge library museum church chapel mosque
  temple station airport bridge river forum conference summit campaign project plan model day week month year
  january february march april may june july august september october november december`.split(/\s+/),
);
// Where people come from or go to: "down from Leeds", "in Poland", "moved to Kendal".
const PLACE_BEFORE =
  /\b(?:in|at|from|near|towards|into|outside|across|around|via|between|of|through|within|to(?<=(?:moved|move|moves|went|go|going|gone|travelled|drove|flew|train|trip|back|way|came|come|coming|transferred|relocated|returned|returning|visit|visits|visited|holiday|flight|bus|drive|road)\s+to))\s{1,2}$/i;
// "Tavistock Square, London": a town after a named street, hospital or building.
const AFTER_PLACE_NAME = new RegExp(
  `[A-Z][a-z]+\\s(?:${[...THING_NOUNS].map((noun) => noun.charAt(0).toUpperCase() + noun.slice(1)).join('|')}),\\s{1,2}$`,
);
// What public figures are known by: "Gawande's chapter", "Hopson's comments", "Owen's poems".
const PUBLIC_OWNS =
  /^['’]s?\s+(?:[a-z-]+\s+)?(?:report|reviews?|inquiry|comments?|statement|letter|speech|chapter|books?|paper|article|poems?|poetry|novels?|films?|songs?|music|art|paintings?|quotes?|talk|lecture|slides|teaching|leadership|work|model|theory|law|research|writing|blog|podcast|column|essay|vision|programme|rota|team|words|advice|approach|style|reforms?|government|tenure|campaign|legacy|memoir|line)\b/i;
const THING_AFTER =
  /^(?:['’]s)?\s{1,2}(?:disease|syndrome|sign|test|criteria|score|scale|palsy|law|ulcer|fracture|procedure|operation|ward|unit|hospital|report|review|inquiry|model|principles|rules?|programme|award|round|act|lecture|building|street|road|lane|avenue|centre|surgery|practice|trust)(?:e?s)?\b/i;
// A book's author, a saying, a namesake: "a book by X", "as Obama said", "like Sisyphus", "named after Florey".
const SAID_OF_BEFORE =
  /\b(?:by|author|writer|columnist|presenter|speaker|as|like|unlike|than|named\s+(?:[a-z]+\s+){0,4}?after)\s{1,2}$/i;
// A condition or a drug: "a child with Kawasaki", "had Hirschsprung's", "her Crohn's", "gave IV Tazocin".
const CONDITION_BEFORE =
  /\b(?:(?:man|woman|lady|gentleman|gent|boy|girl|child|baby|infant|toddler|teenager|adult|patients?|someone|people|cases?|history|known|suspected|query|likely|presumed|possible|new|severe|mild|untreated)\s+(?:with|of)|had|has|have|having|diagnosed\s+with|case\s+of|his|her|their|my|your|its|iv|po|oral|sc|im|started|starting|stopped|stopping|switched\s+to|stepped\s+down\s+to|course\s+of|dose\s+of|mg\s+of|prescribed|on\s+(?:regular|daily|oral|iv))\s{1,2}$/i;
// "Marfan's came in", "Raynaud's and digital ulcers": a possessive that owns nothing names a condition.
const CONDITION_AFTER =
  /^['’]s(?:\s{0,2}(?:[,.;:)!?]|$)|\s{1,2}(?:and|or|with|was|is|had|has|came|flared|relapsed|features|picture|disease|syndrome|sarcoma|lymphoma|procedure|triad|sign|type|patients?|history|flare|relapse|diagnosis)\b)/i;
const DRUG_ENDING =
  /(?:cillin|mycin|micin|cycline|floxacin|azole|olol|pril|sartan|statin|parin|xaban|gatran|mab|nib|pine|zepam|zolam|triptan|tidine|oxetine|afil|dronate|morph|phylline|semide|thiazide|olone|sone|navir|ciclovir|gliptin|gliflozin|glitazone|orphine|amol|ocaine)$/;

// "Takayasu arteritis", "Kaposi sarcoma": a name before a disease's own word names the disease.
const DISEASE_AFTER = /^\s{1,2}[a-z]+(?:itis|osis|aemia|omas?|opathy|plasia|trophy)\b/;

/** Whether a capitalised word reads as a condition or a drug where it stands. */
export function isConditionOrDrug(word: string, near: string, after: string, alone: boolean): boolean {
  if (CONDITION_BEFORE.test(near) || DRUG_ENDING.test(word.toLowerCase()) || DISEASE_AFTER.test(after)) return true;
  return alone && CONDITION_AFTER.test(after);
}

/** Why the run is no person's name where it stands ('title', 'place'…), or undefined when it may be one. */
export function notAPerson(words: readonly string[], near: string, after: string): string | undefined {
  if (/\b(?:the|a|an)\s{1,2}$/i.test(near)) return 'named thing';
  if (isConditionOrDrug(words.at(-1) ?? '', near, after, words.length === 1)) return 'condition or drug';
  const word = /([A-Za-z]+)\.?[ \t]$/.exec(near)?.[1];
  if (word && /^[A-Z]/.test(word) && TITLES.has(word.toLowerCase())) return 'title';
  if (THING_AFTER.test(after) || PUBLIC_OWNS.test(after)) return 'named thing';
  if (PLACE_BEFORE.test(near) || AFTER_PLACE_NAME.test(near)) return 'place';
  if (SAID_OF_BEFORE.test(near)) return 'public';
  if (isPublicFigure(words) || (words.length === 1 && isPublicSurname(words[0] ?? ''))) return 'public';
  return undefined;
}
