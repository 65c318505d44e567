import { isOrganisationAddress } from './organisation';
import { scan, WORD_END, WORD_START } from './scan';
import type { Match } from './types';

// A street address: a house number (14, 27a, "Flat 3, 22"), one to three capitalised words, then a
// street word: "14 Acacia Avenue", "Flat 3, 22 Mill Lane". Found by the street word and read back,
// since trying every number in a long entry as the start of an address is slow.
const STREET =
  'Road|Rd|Street|St|Avenue|Ave|Lane|Close|Drive|Way|Crescent|Grove|Gardens|Terrace|Place|Court|Park|Hill|Row|Walk|Mews|View|Rise|Square|Green|Parade|Vale|Wharf|Yard|Croft|Meadows?|Fold|Gate|Chase|Brow|Lea';
const STREET_WORD = new RegExp(`(?<=[A-Za-z][ \\t]{1,2})(?:${STREET})${WORD_END}(?!['’])`, 'g');
const WORDS_BEFORE =
  /(?:^|[^\w])(?<flat>(?:Flat|Apartment|Apt|Unit)\s{1,2}\d{1,4}[A-Za-z]?,?\s{1,2})?(?<number>\d{1,4}[A-Za-z]?),?\s{1,2}(?:[A-Z][a-z'’]+\s{1,2}){1,3}$/d;
// "Flat 12, Jubilee Court", "Apartment 4, The Maltings": a flat in a named building needs no house number.
const FLAT_IN_BUILDING = new RegExp(
  `${WORD_START}(?:Flat|Apartment|Apt)\\s{1,2}\\d{1,4}[A-Za-z]?,?\\s{1,2}(?:(?:[A-Z][a-z'’]+\\s{1,2}){1,3}(?:${STREET}|House|Court|Lodge|Mansions|Tower|Heights|Buildings)|The\\s{1,2}[A-Z][a-z'’]+(?:\\s{1,2}[A-Z][a-z'’]+){0,2})${WORD_END}`,
  'g',
);
// A named house, then its street: "Ivy Cottage, Church Lane", "The Old Rectory, Lower Street". Read back
// from the street word, as numbered addresses are.
const HOUSE_BEFORE =
  /(?:^|[^\w])(?<house>(?:The\s{1,2})?(?:[A-Z][a-z'’]+\s{1,2}){0,2}(?:Cottage|Farm|Rectory|Vicarage|Lodge|Barn|House|Manor|Hall|Bungalow|Grange|Maltings|Mill|Villa|Farmhouse|Croft)),\s{1,2}(?:[A-Z][a-z'’]+\s{1,2}){1,3}$/d;
// Where someone lives, even on a street with no street word: "lives at 31 Kingsway".
const LIVES_AT =
  /\b(?:[Ll]ives?|[Ll]ived|[Ll]iving|[Rr]esides?|[Ss]taying|[Hh]ome|[Aa]ddress)(?:\s{1,2}\w+){0,2}?\s{1,2}(?:at|is|was|as|to)\s{1,2}(?<address>\d{1,4}[A-Za-z]?,?\s{1,2}[A-Z][a-z'’]+(?:\s{1,2}[A-Z][a-z'’]+){0,2})/dg;

// A street with no number, where someone lives: "she lives on Mill Lane", "his flat is above the shop on
// Market Street".
const LIVES_ON_STREET = new RegExp(
  `\\b(?:[Ll]ives?|[Ll]ived|[Ll]iving|[Rr]esides?|(?:[Hh]er|[Hh]is|[Tt]heir)\\s{1,2}(?:home|house|flat|bungalow))(?:\\s{1,2}[a-z]+){0,6}?\\s{1,2}(?:on|in|at|off)\\s{1,2}(?<street>(?!Downing\\b)(?:[A-Z][a-z'’]+\\s{1,2}){1,3}(?:${STREET}))${WORD_END}`,
  'dg',
);

// An organisation's address or a famous one is no patient's: "offices at 3 Piccadilly Place".
const ORGANISATION_BEFORE =
  /\b(?:offices?|headquarters|hq|hub|centre|center|clinic|surgery|practice|venue|building|site|base|premises|depot|campus|conference|event|trust|hospital|department|deanery|school|college|university|library|unit|team|board|meeting)(?:['’]s)?(?:\s{1,2}(?:is|are|was|were|has|have|moved|based|sits|stands|now|still|all|been)){0,3}\s{1,2}(?:at|on|in|to)\s{1,2}$/i;
// "22 Mill Lane Health Centre": the building named after its street.
const ORGANISATION_AFTER =
  /^\s{1,2}(?:Health|Medical|Community|Surgery|Hospital|Clinic|Centre|Practice|Offices?|House|Campus|Building)\b/;
const PUBLIC_ADDRESS = /^\d{1,4}\s{1,2}(?:Downing\s+Street|Whitehall|Victoria\s+Street|London\s+Road)$/;

/** The span as a home address, or nothing when it is an organisation's or a famous one. */
export function address(text: string, start: number, end: number): Match | undefined {
  const found = text.slice(start, end);
  if (PUBLIC_ADDRESS.test(found)) return undefined;
  const organisation =
    ORGANISATION_BEFORE.test(text.slice(Math.max(0, start - 48), start)) ||
    ORGANISATION_AFTER.test(text.slice(end, end + 24)) ||
    isOrganisationAddress(text, start);
  if (organisation) {
    return undefined;
  }
  return { kind: 'address', start, end };
}

export function findAddresses(text: string): Match[] {
  const streets = scan(text, STREET_WORD, (hit) => {
    const offset = Math.max(0, hit.index - 60);
    const before = WORDS_BEFORE.exec(text.slice(offset, hit.index));
    const house = before ? undefined : HOUSE_BEFORE.exec(text.slice(offset, hit.index));
    const from = before?.indices?.groups?.flat ?? before?.indices?.groups?.number ?? house?.indices?.groups?.house;
    return from ? address(text, offset + from[0], hit.index + hit[0].length) : undefined;
  });
  const flats = scan(text, FLAT_IN_BUILDING, (hit) => address(text, hit.index, hit.index + hit[0].length));
  const lived = scan(text, LIVES_AT, (hit) => {
    const span = hit.indices?.groups?.address;
    return span ? address(text, span[0], span[1]) : undefined;
  });
  const onStreet = scan(text, LIVES_ON_STREET, (hit) => {
    const span = hit.indices?.groups?.street;
    return span ? address(text, span[0], span[1]) : undefined;
  });
  return [...streets, ...flats, ...lived, ...onStreet];
}
