import { formatIsoDate } from '../dates';
import type { Check, EntryRef, GroupItem, SummaryDocument, SummaryEntry, SummaryGoal } from './model';

/** Wording shared by every renderer, so plain text, Markdown and Word say the same thing. */

/** Hours as people write them: 32, 7.5, 0.25. */
export function formatHours(hours: number): string {
  return String(Math.round(hours * 100) / 100);
}

export function hoursLabel(hours: number): string {
  return `${formatHours(hours)} ${hours === 1 ? 'hour' : 'hours'}`;
}

/** Date, kind and the facts worth a glance: `12 Mar 2026 · CPD activity · 6 hours`. */
export function entryMeta(entry: SummaryEntry): string[] {
  const meta = [entry.dateLabel, entry.kindLabel];
  if (entry.cpdHours !== undefined) meta.push(hoursLabel(entry.cpdHours));
  if (entry.feedbackExercise === true) meta.push('formal feedback exercise');
  if (entry.starred) meta.push('starred');
  return meta;
}

export function sectionTitle(doc: Pick<SummaryDocument, 'sections'>, id: string | undefined): string | undefined {
  return id === undefined ? undefined : doc.sections.find((section) => section.id === id)?.title;
}

/**
 * Where an entry shown earlier can be read: "above" within the same section, otherwise the section's title.
 */
export function seeWhere(at: Where, seeSection: string | undefined): string | undefined {
  if (seeSection === undefined) return undefined;
  return seeSection === at.sectionId ? 'above' : sectionTitle(at.doc, seeSection);
}

/** Where a renderer is: the document and the section it is writing. */
export interface Where {
  doc: Pick<SummaryDocument, 'sections'>;
  sectionId: string;
}

/** A reference to an entry shown elsewhere: `Title (12 Mar 2026, Reflection; see Significant events)`. */
export function refText(ref: EntryRef, see?: string): string {
  return `${ref.title} (${ref.dateLabel}, ${ref.kindLabel}${see === undefined ? '' : `; see ${see}`})`;
}

export function goalMeta(goal: SummaryGoal): string[] {
  const meta = [goal.statusLabel];
  if (goal.targetDateLabel !== undefined) meta.push(`target ${goal.targetDateLabel}`);
  if (goal.overdue) meta.push('overdue');
  return meta;
}

/** `2 linked entries (1 not shown)`; empty when none are linked. */
export function linkedLabel(goal: SummaryGoal): string {
  if (goal.linkedCount === 0) return '';
  const hidden = goal.linkedCount - goal.linked.length;
  const count = `${goal.linkedCount} linked ${goal.linkedCount === 1 ? 'entry' : 'entries'}`;
  return hidden > 0 ? `${count} (${hidden} not shown)` : count;
}

/** How a check stands, said the same way on screen and in every export. */
export const CHECK_WORDS = {
  met: 'Done',
  'not-yet-due': 'Not yet due',
  missing: 'Missing',
  /** A soft check (significant events, complaints) with none recorded: no fault in itself. */
  none: 'None recorded',
} as const;

export function checkStatus(check: Check): string {
  if (check.status === 'missing' && check.soft) return CHECK_WORDS.none;
  return CHECK_WORDS[check.status];
}

/** A check as one line: `Appraisal meeting: Done. Recorded on 12 Mar 2026.` */
export function checkLine(check: Check): { title: string; rest: string } {
  return { title: `${check.title}:`, rest: `${checkStatus(check)}. ${check.detail}` };
}

/** The date line under every summary's title, in the preview, print and every export. */
export function preparedLine(isoDate: string): string {
  return `Prepared on ${formatIsoDate(isoDate)}`;
}

/** Said for a section with nothing in it. */
export const NOTHING_RECORDED = 'Nothing recorded.';

/** A section's note, after its items. */
export const noteLine = (note: string) => `Note: ${note}`;

/** A group's heading: `Working with others (3)`. */
export function groupTitle(group: Pick<GroupItem, 'title' | 'count'>): string {
  return group.count === undefined ? group.title : `${group.title} (${group.count})`;
}

/** Labels for the parts of an entry, in the order they are shown. */
export const PART_LABELS = {
  learningPoints: 'Learning points',
  body: 'Reflection',
  actions: 'Actions',
  role: 'Role',
  competencies: 'Competencies',
  attachments: 'Attachments',
} as const;
