import type { Period } from '../dates';
import type { Entry } from '../entries/schema';
import {
  detectInEntry,
  detectInFileName,
  detectPatientDetails,
  type EntryField,
  FIELDS_SHOWN,
  type Finding,
} from '../privacy';
import { type InclusionOptions, inclusionOf, isLiveIn } from './inclusion';
import type { LeafItem, SummaryDocument, SummaryGoal } from './model';

/** A possible patient detail in what a summary would let leave, and where it is. */
export type GateFinding =
  | {
      readonly where: 'entry';
      readonly entry: Entry;
      readonly field: EntryField;
      readonly index: number;
      readonly finding: Finding;
    }
  | { readonly where: 'attachment'; readonly entry: Entry; readonly name: string; readonly finding: Finding }
  | {
      readonly where: 'goal';
      readonly goal: Pick<SummaryGoal, 'id' | 'title'>;
      readonly field: 'title' | 'reviewNotes';
      readonly finding: Finding;
    }
  /** In the doctor's own reflection on a section (the health and wellbeing one only when included). */
  | {
      readonly where: 'reflection';
      readonly sectionId: string;
      readonly sectionTitle: string;
      readonly finding: Finding;
    };

function leaves(summary: SummaryDocument): LeafItem[] {
  return summary.sections.flatMap((section) =>
    section.items.flatMap((item) => (item.type === 'group' ? item.items : [item])),
  );
}

const warnings = (findings: readonly Finding[]) => findings.filter((finding) => finding.severity === 'warning');

/**
 * Patient-detail warnings in one entry as a summary of `period` would let it leave: its fields as the summary shows
 * them at the level chosen for it (`FIELDS_SHOWN`, scanned as the editor scans them, so "Open entry" leads to the
 * same warning). None for an entry outside the period or left out. Hints never block.
 */
export function findInEntry(
  entry: Entry,
  period: Period,
  options: Pick<InclusionOptions, 'inclusion' | 'defaultInclusion'>,
): GateFinding[] {
  if (!isLiveIn(entry, period)) return [];
  // Read the choice as the summary reads it, so the gate never scans less than leaves.
  const level = inclusionOf(entry.id, options);
  if (level === 'none') return [];
  const ignored = entry.privacyExceptions ?? [];
  const found: GateFinding[] = [];
  for (const item of detectInEntry(entry, { fields: FIELDS_SHOWN[level], ignored })) {
    if (item.finding.severity === 'warning') found.push({ where: 'entry', entry, ...item });
  }
  return found;
}

/**
 * Patient-detail warnings in what the summary itself carries besides the entries' fields: the attachment names it
 * lists, the development-plan goals it shows and the doctor's reflections.
 */
export function findInSummaryItself(summary: SummaryDocument, entries: readonly Entry[]): GateFinding[] {
  const found: GateFinding[] = [];
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const seen = new Set<string>();
  for (const item of leaves(summary)) {
    if (item.type === 'entry' && item.entry.attachments?.length && !seen.has(`entry:${item.entry.id}`)) {
      seen.add(`entry:${item.entry.id}`);
      const entry = byId.get(item.entry.id);
      if (!entry) continue;
      const ignored = entry.privacyExceptions ?? [];
      for (const name of item.entry.attachments) {
        for (const finding of warnings(detectInFileName(name, { ignored }))) {
          found.push({ where: 'attachment', entry, name, finding });
        }
      }
    } else if (item.type === 'goal' && !seen.has(`goal:${item.goal.id}`)) {
      seen.add(`goal:${item.goal.id}`);
      const { id, title, reviewNotes } = item.goal;
      for (const finding of warnings(detectPatientDetails(title))) {
        found.push({ where: 'goal', goal: { id, title }, field: 'title', finding });
      }
      for (const finding of warnings(detectPatientDetails(reviewNotes ?? ''))) {
        found.push({ where: 'goal', goal: { id, title }, field: 'reviewNotes', finding });
      }
    }
  }
  for (const section of summary.sections) {
    for (const finding of warnings(detectPatientDetails(section.reflection ?? ''))) {
      found.push({ where: 'reflection', sectionId: section.id, sectionTitle: section.title, finding });
    }
  }
  return found;
}

/**
 * Patient-detail warnings in everything the summary would let leave: each included entry (`findInEntry`) and what
 * the summary carries besides (`findInSummaryItself`). The revalidation view counts entries and shows none of
 * their text.
 */
export function findPatientDetailsInSummary(
  summary: SummaryDocument,
  entries: readonly Entry[],
  period: Period,
  options: Pick<InclusionOptions, 'inclusion' | 'defaultInclusion'>,
): GateFinding[] {
  const inEntries =
    summary.kind === 'revalidation' ? [] : entries.flatMap((entry) => findInEntry(entry, period, options));
  return [...inEntries, ...findInSummaryItself(summary, entries)];
}
