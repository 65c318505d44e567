import type { Check, EntryRef, SummaryDocument, SummaryEntry, SummaryGoal } from './model';

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

export function sectionTitle(doc: SummaryDocument, id: string | undefined): string | undefined {
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
  doc: SummaryDocument;
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

export function checkStatus(check: Check): string {
  if (check.status === 'met') return 'Done';
  if (check.status === 'not-yet-due') return 'Not yet due';
  return check.soft ? 'None recorded' : 'Missing';
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
