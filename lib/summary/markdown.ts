import { escapeMarkdown } from '../markdown/escape';
import {
  checkStatus,
  entryMeta,
  goalMeta,
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
 * The summary as Markdown, for a file or the print preview (which renders it through lib/markdown/render). The
 * user's short texts are escaped so a title cannot become a heading or a link; entry bodies are already
 * Markdown and go in as quotes, so their own headings sit inside the entry.
 */

const quote = (markdown: string) =>
  markdown
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n');

function list(label: string, items: readonly string[]): string[] {
  return items.length === 0 ? [] : [`**${label}**`, items.map((item) => `- ${escapeMarkdown(item)}`).join('\n')];
}

function entryMarkdown(entry: SummaryEntry, depth: number): string {
  const blocks = [`${'#'.repeat(depth)} ${escapeMarkdown(entry.title)}`, `*${entryMeta(entry).join(' · ')}*`];
  blocks.push(...list(PART_LABELS.learningPoints, entry.learningPoints));
  if (entry.body !== undefined) blocks.push(`**${PART_LABELS.body}**`, quote(entry.body));
  blocks.push(...list(PART_LABELS.actions, entry.actions ?? []));
  if (entry.role !== undefined) blocks.push(`**${PART_LABELS.role}:** ${escapeMarkdown(entry.role)}`);
  if (entry.competencies?.length) blocks.push(`**${PART_LABELS.competencies}:** ${entry.competencies.join('; ')}`);
  if (entry.attachments?.length) {
    blocks.push(`**${PART_LABELS.attachments}:** ${entry.attachments.map(escapeMarkdown).join(', ')}`);
  }
  return blocks.join('\n\n');
}

function goalMarkdown(goal: SummaryGoal): string {
  const lines = [`- **${escapeMarkdown(goal.title)}** (${goalMeta(goal).join(', ')})`];
  if (goal.competencies.length > 0) lines.push(`  - Competencies: ${goal.competencies.join('; ')}`);
  if (goal.reviewNotes !== undefined) lines.push(`  - Review notes: ${escapeMarkdown(goal.reviewNotes)}`);
  if (goal.linkedCount > 0) lines.push(`  - ${linkedLabel(goal)}`);
  for (const ref of goal.linked) lines.push(`    - ${escapeMarkdown(refText(ref))}`);
  return lines.join('\n');
}

function tableMarkdown(item: Extract<LeafItem, { type: 'table' }>): string {
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const { columns, rows } = item.table;
  const body = rows.map((each) => row(each.heading ? each.cells.map((cell) => `**${cell}**`) : each.cells));
  return [row(columns), row(columns.map(() => '---')), ...body].join('\n');
}

function leafMarkdown(item: LeafItem, at: Where, depth: number): string {
  switch (item.type) {
    case 'line':
      return escapeMarkdown(item.text);
    case 'entry':
      return entryMarkdown(item.entry, depth);
    case 'ref':
      return `- ${escapeMarkdown(refText(item.entry, seeWhere(at, item.seeSection)))}`;
    case 'goal':
      return goalMarkdown(item.goal);
    case 'table':
      return tableMarkdown(item);
    case 'check':
      return `- **${item.check.title}:** ${checkStatus(item.check)}. ${escapeMarkdown(item.check.detail)}`;
    case 'gap':
      return `- ${escapeMarkdown(item.gap.message)}`;
  }
}

function itemMarkdown(item: SummaryItem, at: Where): string {
  if (item.type !== 'group') return leafMarkdown(item, at, 3);
  const heading = `### ${escapeMarkdown(item.title)}${item.count === undefined ? '' : ` (${item.count})`}`;
  return [heading, ...item.items.map((child) => leafMarkdown(child, at, 4))].join('\n\n');
}

function sectionMarkdown(section: SummarySection, doc: SummaryDocument): string {
  const at = { doc, sectionId: section.id };
  const blocks = [`## ${escapeMarkdown(section.title)}`, ...section.items.map((item) => itemMarkdown(item, at))];
  if (section.items.length === 0) blocks.push(NOTHING_RECORDED);
  if (section.reflection !== undefined)
    blocks.push(
      `**${REFLECTION_LABEL}:**`,
      ...section.reflection.split(/\n{2,}/).map((paragraph) => escapeMarkdown(paragraph)),
    );
  if (section.note !== undefined) blocks.push(`*${escapeMarkdown(noteLine(section.note))}*`);
  return blocks.join('\n\n');
}

export function toMarkdown(doc: SummaryDocument): string {
  const header = [`# ${escapeMarkdown(doc.title)}`, escapeMarkdown(doc.period.label)];
  if (doc.generatedOn !== undefined) header.push(preparedLine(doc.generatedOn));
  return `${[...header, ...doc.sections.map((section) => sectionMarkdown(section, doc))].join('\n\n')}\n`;
}
