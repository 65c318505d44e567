import { tally } from './cues';
import { isPersonWord } from './name-shapes';
import { isNotAName } from './name-words';
import { scan } from './scan';
import type { Match } from './types';

/**
 * A name written the way forms, lists and wristbands write it: surname, comma, initial ("Pt: Hughes, R.",
 * "HUGHES, R.", "Okafor, C. – bed 4"), or after a form's "Name:" or "Re:" ("Re: Adeyemi, Patricia") at the
 * start of a line. Doctors name colleagues by title or first name, never so; a reference list does
 * ("West, M. (2021)"), so a year or a second initial after it, or a title before it, rules it out.
 */
const SURNAME = "(?:[A-Z]['’])?(?:Ma?c)?(?:[A-Z][a-z]+|[A-Z]{3,})(?:-(?:[A-Z][a-z]+|[A-Z]{3,}))?";
const SURNAME_INITIAL = new RegExp(
  `(?<![A-Za-z'’.-])(?<surname>${SURNAME}),[ \\t]{1,2}(?:[A-Z](?:\\.|(?=[ \\t]{0,2}(?:[–—-]|\\(|$)))(?![ \\t]{0,2}(?:[A-Z]\\.|\\(?\\d{4}|et[ \\t]+al|&|and\\b)))`,
  'gm',
);
// "Name: Petrakis, Dimitra", "Surname: Okoro", "Re: Adeyemi, Patricia", at the start of a line or note.
const LABEL = "(?:Patient(?:['’]s)?[ \\t]+name|Full[ \\t]+name|Name|Surname|Forename|Re|Pt|Patient)";
const NAME_FIELD = new RegExp(
  `(?:^|[\\n.;][ \\t]{0,3})[ \\t]{0,3}${LABEL}[ \\t]{0,2}:[ \\t]{0,2}(?:(?:Mrs|Mr|Ms|Miss|Mx)\\.?[ \\t]{1,2})?(?<name>${SURNAME}(?:,?[ \\t]{1,2}(?![A-Za-z]+[ \\t]{0,2}:)[A-Z][a-z]*\\.?){0,2})`,
  'gm',
);
// "Moyo, Tendai: I wrote it on my glove": surname, comma, forename opening a line, as on a list or a
// whiteboard. Counted only when the line goes on about someone in care, so "Leeds, Bradford: the merger"
// is left alone.
const SURNAME_FORENAME = new RegExp(
  `(?:^|\\n)[ \\t]{0,3}(?<name>${SURNAME},[ \\t]{1,2}[A-Z][a-z]+)[ \\t]{0,2}[:–—-]`,
  'g',
);
const ABOUT_SOMEONE = /\b(?:he|she|him|her|his)\b/i;

const TITLE_BEFORE = /\b(?:dr|prof(?:essor)?|sister|nurse|matron|rev(?:erend)?|sir|dame|lord|lady)\.?[ \t]{1,2}$/i;

const MESSAGE = 'This looks like a name written as a form writes it. Remove it or write "the patient" instead.';

export function findFormNames(text: string): Match[] {
  const listed = scan(text, SURNAME_INITIAL, (hit) => {
    const surname = hit.groups?.surname ?? '';
    if (isNotAName(surname) || TITLE_BEFORE.test(text.slice(Math.max(0, hit.index - 12), hit.index))) return undefined;
    return { kind: 'name', start: hit.index, end: hit.index + hit[0].length, message: MESSAGE };
  });
  const fields = scan(text, NAME_FIELD, (hit) => {
    const span = hit.groups?.name ?? '';
    const start = hit.index + hit[0].length - span.length;
    const end = start + span.replace(/[ \t,.]+$/, '').length;
    if (isNotAName(span.split(/[ \t,]/)[0] ?? '')) return undefined;
    return { kind: 'name', start, end, message: MESSAGE };
  });
  const listedFirst = scan(text, SURNAME_FORENAME, (hit) => {
    const name = hit.groups?.name ?? '';
    if (!name.split(/,[ \t]+/).every(isPersonWord)) return undefined;
    const start = hit.index + hit[0].indexOf(name);
    const line = text.slice(start + name.length, start + name.length + 200).split('\n', 1)[0] ?? '';
    const { clinical, publicCount } = tally(line);
    if (!ABOUT_SOMEONE.test(line) || clinical.length === 0 || publicCount > clinical.length) return undefined;
    return { kind: 'name', start, end: start + name.length, message: MESSAGE };
  });
  return [...listed, ...fields, ...listedFirst];
}
