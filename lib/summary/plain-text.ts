import { inlinePlain, markdownToPlain } from '../markdown/plain';
import {
  checkStatus,
  entryMeta,
  goalMeta,
  groupTitle,
  linkedLabel,
  NOTHING_RECORDED,
  noteLine,
  PART_LABELS,
  preparedLine,
  refText,
  seeWhere,
  type Where,
} from './format';
import type { LeafItem, SummaryDocument, SummaryEntry, SummaryGoal, SummaryItem, SummarySection } from './model';
import { REFLECTION_LABEL } from './reflections';

/**
 * Plain text for appraisal portals, whose boxes take no formatting: headings in capitals, bullets as "- ",
 * indents of two spaces, and no markdown marks anywhere.
 */

const indentLines = (text: string, spaces: number) =>
  text
    .split('\n')
    .map((line) => (line === '' ? '' : `${' '.repeat(spaces)}${line}`))
    .join('\n');

function bulletList(label: string, items: readonly string[]): string[] {
  return items.length === 0 ? [] : [`${label}:`, ...items.map((item) => `  - ${inlinePlain(item)}`)];
}

function entryText(entry: SummaryEntry): string {
  const lines = [`- ${entry.title} (${entryMeta(entry).join(', ')})`];
  const parts: string[] = [...bulletList(PART_LABELS.learningPoints, entry.learningPoints)];
  if (entry.body !== undefined) parts.push(`${PART_LABELS.body}:`, indentLines(markdownToPlain(entry.body), 2));
  parts.push(...bulletList(PART_LABELS.actions, entry.actions ?? []));
  if (entry.role !== undefined) parts.push(`${PART_LABELS.role}: ${entry.role}`);
  if (entry.competencies?.length) parts.push(`${PART_LABELS.competencies}: ${entry.competencies.join('; ')}`);
  if (entry.attachments?.length) parts.push(`${PART_LABELS.attachments}: ${entry.attachments.join(', ')}`);
  for (const part of parts) lines.push(indentLines(part, 2));
  return lines.join('\n');
}

function goalText(goal: SummaryGoal): string {
  const lines = [`- ${goal.title} (${goalMeta(goal).join(', ')})`];
  if (goal.competencies.length > 0) lines.push(`  Competencies: ${goal.competencies.join('; ')}`);
  if (goal.reviewNotes !== undefined) lines.push('  Review notes:', indentLines(markdownToPlain(goal.reviewNotes), 4));
  if (goal.linkedCount > 0) lines.push(`  ${linkedLabel(goal)}${goal.linked.length > 0 ? ':' : ''}`);
  for (const ref of goal.linked) lines.push(`    - ${refText(ref)}`);
  return lines.join('\n');
}

function leafText(item: LeafItem, at: Where): string {
  switch (item.type) {
    case 'line':
      return item.text;
    case 'entry':
      return entryText(item.entry);
    case 'ref':
      return `- ${refText(item.entry, seeWhere(at, item.seeSection))}`;
    case 'goal':
      return goalText(item.goal);
    case 'table':
      return [item.table.columns, ...item.table.rows.map((row) => row.cells)]
        .map((cells, i) => `${i === 0 || item.table.rows[i - 1]?.heading ? '' : '  - '}${cells.join(': ')}`)
        .join('\n');
    case 'check':
      return `- ${item.check.title}: ${checkStatus(item.check)}. ${item.check.detail}`;
    case 'gap':
      return `- ${item.gap.message}`;
  }
}

function itemText(item: SummaryItem, at: Where): string {
  if (item.type !== 'group') return leafText(item, at);
  const heading = groupTitle(item);
  return [heading, ...item.items.map((child) => indentLines(leafText(child, at), 2))].join('\n');
}

function sectionText(section: SummarySection, doc: SummaryDocument): string {
  const at = { doc, sectionId: section.id };
  const items = section.items.length === 0 ? [NOTHING_RECORDED] : section.items.map((item) => itemText(item, at));
  const blocks = [section.title.toLocaleUpperCase('en-GB'), ...items];
  if (section.reflection !== undefined) blocks.push(`${REFLECTION_LABEL}:`, indentLines(section.reflection, 2));
  if (section.note !== undefined) blocks.push(noteLine(section.note));
  return blocks.join('\n');
}

/** The whole summary, or one section of it (for a portal's box), as plain text. */
export function toPlainText(doc: SummaryDocument, sectionId?: string): string {
  if (sectionId !== undefined) {
    const section = doc.sections.find((each) => each.id === sectionId);
    return section ? sectionText(section, doc) : '';
  }
  const header = [doc.title.toLocaleUpperCase('en-GB'), doc.period.label];
  if (doc.generatedOn !== undefined) header.push(preparedLine(doc.generatedOn));
  return [header.join('\n'), ...doc.sections.map((section) => sectionText(section, doc))].join('\n\n');
}

/**
 * Characters as a portal's box counts them: each character once, however many UTF-16 units it takes
 * (an emoji is one), and a line break as one.
 */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text.replace(/\r\n/g, '\n')) count += 1;
  return count;
}
