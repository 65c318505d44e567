import { findAddresses } from './addresses';
import { findAgesWithSex } from './age';
import { findCombinations } from './combinations';
import { findEmails, findPhones, findPostcodes } from './contact';
import { findDatesOfBirth, findSeenDates } from './dates';
import { ENTRY_FIELDS, type EntryField, type EntryText, type FieldFinding, fieldItems } from './fields';
import { findNamesInFileName } from './file-names';
import { findFormNames } from './form-names';
import { findFirstNames } from './given-names';
import { findingKey, redact } from './keys';
import { findLowerCaseNames } from './lower-case-names';
import { WORDING } from './messages';
import { findMoreAddresses } from './more-addresses';
import { findNameShapes } from './name-shapes';
import { findNames } from './names';
import { findNhsNumbers } from './nhs-number';
import { findPlaces } from './places';
import { findRecordNumbers } from './record-numbers';
import { findSetApartNames } from './set-apart-names';
import type { Detector, Finding, FindingKind, Match } from './types';
import { findUnmarkedNames } from './unmarked-names';

export {
  ENTRY_FIELDS,
  type EntryField,
  type EntryText,
  FIELDS_SHOWN,
  type FieldFinding,
  fieldLabel,
  redactInField,
} from './fields';
export { findingKey, redact } from './keys';
export { isValidNhsNumber, nhsCheckDigit } from './nhs-number';
export type { Finding, FindingKind, Severity } from './types';

const DETECTORS: readonly Detector[] = [
  findRecordNumbers,
  findNhsNumbers,
  findDatesOfBirth,
  findPhones,
  findPostcodes,
  findAddresses,
  findMoreAddresses,
  findEmails,
  findNames,
  findFirstNames,
  findNameShapes,
  findUnmarkedNames,
  findFormNames,
  findLowerCaseNames,
  findSetApartNames,
  findAgesWithSex,
  findSeenDates,
  findPlaces,
  findCombinations,
];

// When two findings overlap, the more specific wins: a labelled record number over the NHS-number
// shape of its digits, any warning over any hint.
const PRIORITY: readonly FindingKind[] = [
  'record-number',
  'nhs-number',
  'date-of-birth',
  'email',
  'phone',
  'postcode',
  'address',
  'name',
  'combination',
  'age-and-sex',
  'seen-date',
  'place',
];

export interface DetectOptions {
  /** Keys (see `findingKey`) the user marked "not a patient detail" for this entry. */
  readonly ignored?: readonly string[];
}

function toFinding(text: string, match: Match): Finding {
  const wording = WORDING[match.kind];
  const matched = text.slice(match.start, match.end);
  return {
    id: `${match.kind}:${match.start}:${matched}`,
    kind: match.kind,
    severity: wording.severity,
    start: match.start,
    end: match.end,
    text: matched,
    message: match.message ?? wording.message,
    placeholder: match.placeholder ?? wording.placeholder,
  };
}

/** Likely patient-identifiable details in the text, sorted by start and never overlapping. */
export function detectPatientDetails(text: string, options: DetectOptions = {}): Finding[] {
  return detectWith(DETECTORS, text, options);
}

/**
 * Likely patient details in a file name, as a summary lists it: underscores read as spaces, and a full
 * name beside a word for clinical paperwork counts ("John Smith letter.pdf"), since a file name has no
 * sentence to give a name away. Offsets count in the file name as given.
 */
export function detectInFileName(name: string, options: DetectOptions = {}): Finding[] {
  return detectWith([...DETECTORS, findNamesInFileName], name.replace(/_/g, ' '), options);
}

function detectWith(detectors: readonly Detector[], text: string, options: DetectOptions): Finding[] {
  const ignored = new Set(options.ignored ?? []);
  const candidates = detectors
    .flatMap((detect) => detect(text))
    .filter((match) => match.end > match.start)
    .map((match) => toFinding(text, match))
    .filter((finding) => !ignored.has(findingKey(finding)));
  candidates.sort(
    (a, b) =>
      PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind) || a.start - b.start || b.end - b.start - (a.end - a.start),
  );
  // Accepted spans kept sorted by start, so each candidate checks only its two neighbours.
  const accepted: Finding[] = [];
  for (const candidate of candidates) {
    const at = firstStartingAfter(accepted, candidate.start);
    const previous = accepted[at - 1];
    const next = accepted[at];
    if ((previous && previous.end > candidate.start) || (next && next.start < candidate.end)) continue;
    accepted.splice(at, 0, candidate);
  }
  return accepted;
}

/**
 * Likely patient details in an entry's typed fields (all of them unless told which), field by field in
 * `ENTRY_FIELDS` order. The editor's warnings and the export gate both scan through here, so a
 * detail that holds back an export is always one the editor shows.
 */
export function detectInEntry(
  entry: EntryText,
  options: DetectOptions & { readonly fields?: readonly EntryField[] } = {},
): FieldFinding[] {
  const fields = options.fields ?? ENTRY_FIELDS;
  return ENTRY_FIELDS.filter((field) => fields.includes(field)).flatMap((field) =>
    fieldItems(entry, field).flatMap((text, index) =>
      detectPatientDetails(text, options).map((finding) => ({ field, index, finding })),
    ),
  );
}

function firstStartingAfter(findings: readonly Finding[], start: number): number {
  let low = 0;
  let high = findings.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((findings[middle]?.start ?? 0) <= start) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The text with every finding replaced, working from the end so earlier offsets stay true. A finding
 * that overlaps one already replaced is skipped (`detectPatientDetails` never returns such pairs).
 */
export function redactAll(text: string, findings: readonly Pick<Finding, 'start' | 'end' | 'placeholder'>[]): string {
  let redacted = text;
  let limit = Number.POSITIVE_INFINITY;
  for (const finding of [...findings].sort((a, b) => b.start - a.start)) {
    if (finding.end > limit) continue;
    redacted = redact(redacted, finding);
    limit = finding.start;
  }
  return redacted;
}

export function countBySeverity(findings: readonly Finding[]): { warnings: number; hints: number } {
  const warnings = findings.filter((finding) => finding.severity === 'warning').length;
  return { warnings, hints: findings.length - warnings };
}

/** Whether the user should deal with something before going on: any warning does; hints never block. */
export function hasBlockingWarnings(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === 'warning');
}
