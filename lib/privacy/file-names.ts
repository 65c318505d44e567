import { isNotAName, NAME, trimName } from './name-words';
import { isPublicFigure } from './public-figures';
import { scan } from './scan';
import type { Match } from './types';

// A file name has no sentence around it to tell a patient's name from a colleague's, but a full name
// beside a word for clinical paperwork ("John Smith letter.pdf", "Referral for Jean Thomas.docx") is
// the classic way a patient's letter gets saved. A certificate in the doctor's own name is not flagged.
const PAPERWORK_WORDS = [
  'letters?',
  'referrals?',
  'discharge',
  'results?',
  'bloods',
  'scans?',
  'x-?rays?',
  'ecgs?',
  'notes',
  'clinic',
  'consent',
  'photos?',
  'images?',
  'obs',
  'observations',
  'prescriptions?',
  'drug chart',
  'care plan',
  'complaint',
  'incident',
  'datix',
  'case',
  'history',
  'mri',
  'ct',
];
// Either case for the first letter, or all capitals ("ECG", "MRI"); no `i` flag, so a name keeps its capitals.
const PAPERWORK = `(?:${PAPERWORK_WORDS.map((word) => `[${word[0]?.toUpperCase()}${word[0]}]${word.slice(1)}|${word.toUpperCase()}`).join('|')})`;
const NAME_THEN_PAPERWORK = new RegExp(
  `(?<![\\p{L}\\p{N}'’])(?<name>${NAME})[ \\t]{1,2}(?:[-–][ \\t]{1,2})?${PAPERWORK}(?![\\p{L}])`,
  'dgu',
);
const PAPERWORK_THEN_NAME = new RegExp(
  `(?<![\\p{L}])${PAPERWORK}[ \\t]{1,2}(?:[-–][ \\t]{1,2}|(?:for|re|about|of|from)[ \\t]{1,2})?(?<name>${NAME})`,
  'dgu',
);

function fullName(text: string, hit: RegExpExecArray): Match | undefined {
  const span = hit.indices?.groups?.name;
  const name = span && trimName(text, span[0], span[1]);
  if (!name || name.words.length < 2) return undefined;
  if (name.words.some((word) => isNotAName(word)) || isPublicFigure(name.words)) return undefined;
  return { kind: 'name', start: name.start, end: name.end };
}

/** Full names beside clinical paperwork in a file name; the extension and underscores already made spaces. */
export function findNamesInFileName(text: string): Match[] {
  return [
    ...scan(text, NAME_THEN_PAPERWORK, (hit) => fullName(text, hit)),
    ...scan(text, PAPERWORK_THEN_NAME, (hit) => fullName(text, hit)),
  ];
}
