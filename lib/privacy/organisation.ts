/**
 * Whether an address or postcode is an organisation's, read from its sentence so far: "Trust
 * headquarters: 1 Hospital Way, Leeds LS9 7TF", "the course at BMA House, Tavistock Square, London
 * WC1H 9JP". A word of someone's home or care anywhere before it ("lives", "her", "patient",
 * "discharged to") keeps it a patient's.
 */
const ORGANISATION =
  /\b(?:offices?|headquarters|hq|deanery|trust|icb|ccg|nhs|authority|agency|ministry|government|hospital|centre|center|practice|surgery|college|university|council|department|school|library|campus|venue|conference|course|clinic|hub|building|premises|based|registered|charity|company|institute|society|academy)\b/i;
// "BMA House", "Quarry House": a building with a name is an organisation's; "the house at" is a home.
const NAMED_BUILDING = /\b[A-Z][A-Za-z]+\s{1,2}House\b/;
const HOME =
  /\b(?:lives?|lived|living|resides?|home|address|flat|patient|pt|she|he|her|his|their|him|them|mum|dad|son|daughter|wife|husband|family|relatives?|neighbour|carers?|discharg\w*|transport|visit\w*|found|attended|ambulance|safeguarding|next\s+of\s+kin)\b/i;
const SENTENCE_END = /[.!?\n]/;
const REACH = 120;

export function isOrganisationAddress(text: string, start: number): boolean {
  let from = start;
  while (from > 0 && start - from < REACH && !SENTENCE_END.test(text.charAt(from - 1))) from -= 1;
  const before = text.slice(from, start);
  return (ORGANISATION.test(before) || NAMED_BUILDING.test(before)) && !HOME.test(before);
}
