import { address } from './addresses';
import { scan, WORD_END, WORD_START } from './scan';
import type { Match } from './types';

/**
 * Home addresses the street-word finder in `addresses.ts` misses, as people write them: a flat and a
 * house number on a street with no street word ("Flat 3, 22 Kingsway"), a street typed in lower case
 * ("60 sandy lane"), a Welsh street that puts its word first ("23 Maes Glas"), and whatever follows
 * "gave his address as" ("the blue narrowboat by Lock 12").
 */
const FLAT_AND_NUMBER =
  /\b(?:Flat|Apartment|Apt|flat)\s{1,2}\d{1,4}[A-Za-z]?,?\s{1,2}\d{1,4}[A-Za-z]?,?\s{1,2}[A-Z][a-z'’]+(?:\s{1,2}[A-Z][a-z'’]+){0,2}/g;
// What follows an address: a stop, or a word that starts a new phrase, never "road traffic".
const ENDS =
  '(?=\\s{0,2}(?:[,.;:)!?]|$)|\\s{1,2}(?:and|in|with|where|which|when|since|for|on|but|so|to|near|off|after|before|is|was|had|has)\\b)';
// Lower case only with a street word no other phrase ends in after a number.
const LOWER_STREET = new RegExp(
  `${WORD_START}\\d{1,4}[a-z]?,?\\s{1,2}(?:[a-z][a-z'’]+\\s{1,2}){1,2}(?:road|street|lane|avenue|crescent|terrace|gardens|grove|mews)${WORD_END}${ENDS}`,
  'g',
);
// Welsh and Gaelic streets put their word first: "Maes Glas", "Heol y Nant", "Ffordd Penrhos".
const STREET_FIRST = new RegExp(
  `${WORD_START}\\d{1,4}[A-Za-z]?,?\\s{1,2}(?:Maes|Heol|Ffordd|Stryd|Lôn|Lon|Rhodfa|Cwrt|Clos|Plas|Sràid)\\s{1,2}(?:(?:y|yr|an|na)\\s{1,2})?[A-Z][a-z'’]+${WORD_END}`,
  'g',
);
// "gave his address as …", "Her address on the system was still …": what follows, to the end of the clause.
const ADDRESS_GIVEN =
  /\b(?:his|her|their|(?:patient|pt)['’]s)\s{1,2}(?:home\s{1,2})?address(?:\s{1,2}(?:on\s{1,2}(?:the\s{1,2})?(?:system|file|record|form|referral|letter|wristband)|in\s{1,2}the\s{1,2}notes|given))?\s{0,2}(?:[:–-]|\s(?:(?:is|was)\s{1,2}(?:given|recorded|listed|written|documented)\s{1,2}as|is|was|as|read|reads))\s{1,2}(?:(?:still|now|just|simply)\s{1,2})?(?<rest>[^.;!?\n]{3,90})/dgi;
const CLAUSE_END = /,\s{1,2}(?:which|where|who|and|but|so|though|although|because)\b|\s+(?:which|where|but|because)\s/;

export function findMoreAddresses(text: string): Match[] {
  const whole = (hit: RegExpExecArray) => address(text, hit.index, hit.index + hit[0].length);
  const given = scan(text, ADDRESS_GIVEN, (hit) => {
    const span = hit.indices?.groups?.rest;
    if (!span) return undefined;
    const rest = text.slice(span[0], span[1]);
    // A number or a flat is the street finders' to mark, and to end where the address ends.
    if (/^(?:\d|(?:Flat|Apartment|Apt|Unit)\b)/i.test(rest)) return undefined;
    const cut = CLAUSE_END.exec(rest);
    const said = cut ? rest.slice(0, cut.index) : rest;
    // An address names a place: a number or a capitalised word, not "warm and funny".
    if (!/\d|\s[A-Z]|^[A-Z]/.test(said)) return undefined;
    return address(text, span[0], span[0] + said.replace(/[\s,]+$/, '').length);
  });
  return [
    ...scan(text, FLAT_AND_NUMBER, whole),
    ...scan(text, LOWER_STREET, whole),
    ...scan(text, STREET_FIRST, whole),
    ...given,
  ];
}
