import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
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
import type { LeafItem, SummaryDocument, SummaryEntry, SummaryGoal, SummaryItem, SummaryTable } from './model';
import { REFLECTION_LABEL } from './reflections';

/**
 * The summary as a Word document. Kept out of ./index so the app loads it (and the docx library) only when
 * someone exports: `const { toDocx } = await import('…/summary/docx')`.
 */

type Block = Paragraph | Table;

const text = (value: string) => new Paragraph({ text: value });
const bullet = (value: string, level = 0) => new Paragraph({ text: value, bullet: { level } });
const labelled = (label: string, value: string, level?: number) =>
  new Paragraph({
    children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)],
    ...(level === undefined ? {} : { bullet: { level } }),
  });

/** Entry text (Markdown) as paragraphs: list lines become bullets, indented two spaces a level. */
function bodyBlocks(markdown: string): Paragraph[] {
  return markdownToPlain(markdown)
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const item = /^(\s*)- (.*)$/.exec(line);
      return item ? bullet(item[2] ?? '', Math.min(Math.floor((item[1]?.length ?? 0) / 2), 8)) : text(line.trim());
    });
}

function listBlocks(label: string, items: readonly string[]): Paragraph[] {
  if (items.length === 0) return [];
  return [
    new Paragraph({ children: [new TextRun({ text: label, bold: true })] }),
    ...items.map((i) => bullet(inlinePlain(i))),
  ];
}

function entryBlocks(entry: SummaryEntry, heading: (typeof HeadingLevel)[keyof typeof HeadingLevel]): Block[] {
  const blocks: Block[] = [
    new Paragraph({ text: entry.title, heading }),
    new Paragraph({ children: [new TextRun({ text: entryMeta(entry).join(' · '), italics: true })] }),
    ...listBlocks(PART_LABELS.learningPoints, entry.learningPoints),
  ];
  if (entry.body !== undefined) {
    blocks.push(new Paragraph({ children: [new TextRun({ text: PART_LABELS.body, bold: true })] }));
    blocks.push(...bodyBlocks(entry.body));
  }
  blocks.push(...listBlocks(PART_LABELS.actions, entry.actions ?? []));
  if (entry.role !== undefined) blocks.push(labelled(PART_LABELS.role, entry.role));
  if (entry.competencies?.length) blocks.push(labelled(PART_LABELS.competencies, entry.competencies.join('; ')));
  if (entry.attachments?.length) blocks.push(labelled(PART_LABELS.attachments, entry.attachments.join(', ')));
  return blocks;
}

function goalBlocks(goal: SummaryGoal): Paragraph[] {
  const blocks = [
    new Paragraph({
      children: [new TextRun({ text: goal.title, bold: true }), new TextRun(` (${goalMeta(goal).join(', ')})`)],
      bullet: { level: 0 },
    }),
  ];
  if (goal.competencies.length > 0) blocks.push(labelled('Competencies', goal.competencies.join('; '), 1));
  if (goal.reviewNotes !== undefined) blocks.push(labelled('Review notes', markdownToPlain(goal.reviewNotes), 1));
  if (goal.linkedCount > 0) blocks.push(bullet(linkedLabel(goal), 1));
  blocks.push(...goal.linked.map((ref) => bullet(refText(ref), 2)));
  return blocks;
}

function tableBlock(table: SummaryTable): Table {
  const cell = (value: string, bold: boolean) =>
    new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: value, bold })] })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: table.columns.map((column) => cell(column, true)) }),
      ...table.rows.map(
        (row) => new TableRow({ children: row.cells.map((value) => cell(value, row.heading === true)) }),
      ),
    ],
  });
}

function leafBlocks(item: LeafItem, at: Where, nested: boolean): Block[] {
  switch (item.type) {
    case 'line':
      return [text(item.text)];
    case 'entry':
      return entryBlocks(item.entry, nested ? HeadingLevel.HEADING_3 : HeadingLevel.HEADING_2);
    case 'ref':
      return [bullet(refText(item.entry, seeWhere(at, item.seeSection)))];
    case 'goal':
      return goalBlocks(item.goal);
    case 'table':
      return [tableBlock(item.table)];
    case 'check':
      return [labelled(item.check.title, `${checkStatus(item.check)}. ${item.check.detail}`, 0)];
    case 'gap':
      return [bullet(item.gap.message)];
  }
}

function itemBlocks(item: SummaryItem, at: Where): Block[] {
  if (item.type !== 'group') return leafBlocks(item, at, false);
  const title = groupTitle(item);
  return [
    new Paragraph({ text: title, heading: HeadingLevel.HEADING_2 }),
    ...item.items.flatMap((child) => leafBlocks(child, at, true)),
  ];
}

export function toDocx(doc: SummaryDocument): Promise<Blob> {
  const children: Block[] = [new Paragraph({ text: doc.title, heading: HeadingLevel.TITLE }), text(doc.period.label)];
  if (doc.generatedOn !== undefined) children.push(text(preparedLine(doc.generatedOn)));
  for (const section of doc.sections) {
    children.push(new Paragraph({ text: section.title, heading: HeadingLevel.HEADING_1 }));
    const at = { doc, sectionId: section.id };
    children.push(...section.items.flatMap((item) => itemBlocks(item, at)));
    if (section.items.length === 0) children.push(text(NOTHING_RECORDED));
    if (section.reflection !== undefined) {
      children.push(new Paragraph({ children: [new TextRun({ text: `${REFLECTION_LABEL}:`, bold: true })] }));
      children.push(...section.reflection.split('\n').map(text));
    }
    if (section.note !== undefined)
      children.push(new Paragraph({ children: [new TextRun({ text: noteLine(section.note), italics: true })] }));
  }
  const document = new Document({
    creator: 'Lantern',
    title: doc.title,
    description: doc.period.label,
    styles: { default: { document: { run: { language: { value: 'en-GB' } } } } },
    sections: [{ children }],
  });
  return Packer.toBlob(document);
}
