import { isOrganisationAddress } from './organisation';
import { scan, WORD_END, WORD_START } from './scan';
import type { Match } from './types';

// A full UK postcode, outward and inward code, with or without the space: the Royal Mail rules on
// which letters may stand where (no Q, V or X first; no I, J or Z second; no C, I, K, M, O or V in
// the inward code). A district alone ("SW1A", "M1") is not a postcode.
const OUTWARD = '(?:[A-PR-UWYZ][0-9][A-HJKPSTUW0-9]?|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRV-Y0-9]?)';
const INWARD = '[0-9][ABD-HJLNP-UW-Z]{2}';
const POSTCODE = new RegExp(
  `${WORD_START}(?:${OUTWARD}[ \\u00a0]{0,2}(?<inward>${INWARD})|GIR ?0AA)${WORD_END}`,
  'gdi',
);

export function findPostcodes(text: string): Match[] {
  return scan(text, POSTCODE, (hit) => {
    // "FY1 2nd rotation" and "A1 3rd exit" have a postcode's shape; real postcodes are not written so.
    const inward = hit.groups?.inward ?? '';
    if (/^\d(?:st|nd|rd|th)$/.test(inward)) return undefined;
    if (isOrganisationAddress(text, hit.index)) return undefined;
    return { kind: 'postcode', start: hit.index, end: hit.index + hit[0].length };
  });
}

// UK numbers: 0 or +44 (also 0044 and "+44 (0)"), then nine or ten digits in any grouping of spaces,
// hyphens or a bracketed area code. Only geographic (01, 02) and mobile (07) ranges count, which keeps
// "07:30" and reference numbers out: 03 and 08 numbers belong to organisations, not patients.
const PHONE =
  /(?<![\w+])(?:(?:\+|00)44[ \u00a0]?(?:\(0\)[ \u00a0]?)?|\(?0)(?<national>[127](?:(?:[ \u00a0-]|\)[ \u00a0]?)?\d){8,9})(?![\d-])/dg;

// A landline named as a service's ("the switchboard number", "the ward's direct line") is no patient's.
const SERVICE_LINE =
  /\b(?:switchboard|bureau|centre|clinic|surgery|practice|service|reception|office|department|helpline|hotline|ward|unit|team|desk|trust|hospital|bleep|pager|extension|ext|direct\s+line|deanery|college|gmc|bma|hr|payroll|council|school|university|ccg|icb|company|pharmacy|lab)(?:['’]s)?(?:\s+(?:number|no\.?|line|phone|is|on))*\s{0,2}[,:(–-]?\s{0,2}(?:is\s+|on\s+)?$/i;

// "0161 306 6000 for the main hospital switchboard".
const SERVICE_AFTER = /^[^.;\n]{0,30}\b(?:switchboard|reception|helpline|hotline|office|department|desk|bureau)\b/i;

export function findPhones(text: string): Match[] {
  return scan(text, PHONE, (hit) => {
    const digits = (hit.groups?.national ?? '').replace(/\D/g, '');
    // Ten national digits is the norm; nine only for the few 01 areas that still have them.
    if (digits.length !== 10 && !(digits.length === 9 && digits.startsWith('1'))) return undefined;
    const mobile = digits.startsWith('7');
    const end = hit.index + hit[0].length;
    const service =
      SERVICE_LINE.test(text.slice(Math.max(0, hit.index - 40), hit.index)) ||
      SERVICE_AFTER.test(text.slice(end, end + 48));
    if (!mobile && service) return undefined;
    return { kind: 'phone', start: hit.index, end };
  });
}

// Found by the domain after the "@", then read back for the local part: far quicker over a long entry
// than trying every word as the start of an address.
const EMAIL_DOMAIN = /@[a-z\d-]{1,63}(?:\.[a-z\d-]{1,63}){0,8}\.[a-z]{2,24}(?![\w-])/gi;
const LOCAL_PART = /[\w.%+-]{1,64}$/;

// A shared mailbox is no one's: "medicine.rota@", "trainees@", "pals-enquiries@". Every part of the name
// before the "@" must be such a word, so "jane.rota@" stays a person's.
const MAILBOX_WORDS = new Set(
  `rota rotas team teams admin enquiries enquiry info office pals referrals referral trainees trainee medicine
  medical surgery surgical education hr payroll staffing deanery bookings booking appointments secretary
  secretaries noreply no reply inbox mailbox department dept ward pharmacy governance audit complaints feedback
  help helpdesk support training recruitment workforce foundation doctors juniors consultants nursing finance
  research library it service desk general contact hello clinic clinics coordinator coordinators`
    .split(/\s+/)
    .filter(Boolean),
);
const isMailbox = (local: string) =>
  local
    .toLowerCase()
    .split(/[._+-]+|\d+/)
    .filter(Boolean)
    .every((part) => MAILBOX_WORDS.has(part));

// The writer's own address or a doctor's: "my NHS email is …", "email Dr Ahmed (a.ahmed@…)".
const STAFF_EMAIL_BEFORE =
  /(?:\b(?:[Mm]y|[Oo]ur)\s{1,2}(?:[A-Za-z]+\s{1,2})?e-?mail(?:\s{1,2}address)?\s{0,2}(?:is\s{1,2}|[:(-]\s{0,2})?|\b(?:Dr|Prof|Professor)\.?\s{1,2}[A-Z][\w'’-]+\s{0,2}[(:,–-]?\s{0,2}(?:on\s{1,2}|at\s{1,2})?)$/;

export function findEmails(text: string): Match[] {
  return scan(text, EMAIL_DOMAIN, (hit) => {
    const local = LOCAL_PART.exec(text.slice(Math.max(0, hit.index - 64), hit.index));
    if (!local || isMailbox(local[0])) return undefined;
    const start = hit.index - local[0].length;
    if (STAFF_EMAIL_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return undefined;
    return { kind: 'email', start, end: hit.index + hit[0].length };
  });
}
