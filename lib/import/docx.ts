import { unzipSync } from 'fflate';
import { attribute, type DocxParagraph, type DocxSegment, readDocumentXml } from './docx-xml';
import { plainTitle } from './text-note';
import { MAX_NOTE_BYTES, type NoteText } from './types';

/** Word markup runs to many times the text it holds, so the XML may be bigger than a text note. */
const MAX_DOCUMENT_XML_BYTES = 10 * MAX_NOTE_BYTES;
const DEFAULT_MAIN_PART = 'word/document.xml';

export type DocxReading =
  | { ok: true; note: NoteText }
  | { ok: false; reason: 'damaged' | 'protected' | 'too-big' | 'no-text'; hasPictures?: boolean };

/**
 * A Word document as a note: Title and Heading paragraphs become `#` headings, list paragraphs
 * `- ` items, bold and italic runs `**…**` and `*…*` (not `_…_`, which does not work inside a word).
 * The title is the Title paragraph, else the first Heading 1, and leaves the body; without either,
 * the caller takes the first line as the title.
 */
export function readDocxNote(bytes: Uint8Array): DocxReading {
  // An encrypted .docx is an OLE compound file, not a zip; so is an old .doc renamed.
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    return { ok: false, reason: 'protected' };
  }
  const part = unzipPart(bytes, mainPartName(bytes));
  if (!part.ok) return part;
  const content = readDocumentXml(part.text);
  const paragraphs = content.paragraphs.filter((paragraph) => plainText(paragraph).trim() !== '');
  if (paragraphs.length === 0) return { ok: false, reason: 'no-text', hasPictures: content.hasPictures };
  const titleAt = findTitleParagraph(paragraphs);
  const titleParagraph = titleAt < 0 ? undefined : paragraphs[titleAt];
  const bodyParagraphs = titleAt < 0 ? paragraphs : paragraphs.filter((_, index) => index !== titleAt);
  const warnings: string[] = [];
  if (content.hasPictures) warnings.push('Pictures in the document were not imported.');
  if (content.hasTables) warnings.push('Tables were imported as plain paragraphs, one cell after another.');
  const note: NoteText = {
    title: titleParagraph ? plainTitle(plainText(titleParagraph)) : '',
    body: toMarkdown(bodyParagraphs),
    warnings,
  };
  return { ok: true, note };
}

/** The document's main part, as `_rels/.rels` names it: Word calls it word/document.xml, not every tool does. */
function mainPartName(bytes: Uint8Array): string {
  const rels = unzipPart(bytes, '_rels/.rels');
  if (!rels.ok) return DEFAULT_MAIN_PART;
  for (const [relationship] of rels.text.matchAll(/<Relationship\b[^<>]*>/g)) {
    if (/\/officeDocument"/.test(relationship)) {
      const target = attribute(relationship.slice('<Relationship'.length), 'Target');
      if (target) return target.replace(/^\.?\//, '');
    }
  }
  return DEFAULT_MAIN_PART;
}

type Part = { ok: true; text: string } | { ok: false; reason: 'damaged' | 'too-big' };

function unzipPart(bytes: Uint8Array, name: string): Part {
  let tooBig = false;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (file.name !== name) return false;
        tooBig = file.originalSize > MAX_DOCUMENT_XML_BYTES;
        return !tooBig;
      },
    });
  } catch {
    // fflate throws only for what is not a zip it can read: the doctor hears that the file is damaged.
    return { ok: false, reason: 'damaged' };
  }
  const part = files[name];
  if (tooBig) return { ok: false, reason: 'too-big' };
  return part ? { ok: true, text: new TextDecoder('utf-8').decode(part) } : { ok: false, reason: 'damaged' };
}

function findTitleParagraph(paragraphs: readonly DocxParagraph[]): number {
  const title = paragraphs.findIndex((paragraph) => /^title$/i.test(paragraph.style));
  return title >= 0 ? title : paragraphs.findIndex((paragraph) => headingLevel(paragraph) === 1);
}

/** `Heading1`…`Heading6` → 1…6; Word's built-in style ids, whatever the display language. */
function headingLevel(paragraph: DocxParagraph): number | undefined {
  if (/^title$/i.test(paragraph.style)) return 1;
  const level = /^heading\s*([1-6])$/i.exec(paragraph.style)?.[1];
  return level ? Number(level) : undefined;
}

function plainText(paragraph: DocxParagraph): string {
  return paragraph.segments.map((segment) => segment.text).join('');
}

function toMarkdown(paragraphs: readonly DocxParagraph[]): string {
  let markdown = '';
  let previousWasList = false;
  for (const paragraph of paragraphs) {
    const level = headingLevel(paragraph);
    const isList = level === undefined && (paragraph.list || /^list ?(bullet|number)/i.test(paragraph.style));
    // List items follow one another on single lines, so that they make one list.
    if (markdown) markdown += isList && previousWasList ? '\n' : '\n\n';
    if (level !== undefined) markdown += `${'#'.repeat(level)} ${oneLine(plainText(paragraph))}`;
    else if (isList)
      markdown += `${'  '.repeat(paragraph.listLevel)}- ${formatted(paragraph.segments).replace(/\n/g, '\n  ')}`;
    else markdown += formatted(paragraph.segments);
    previousWasList = isList;
  }
  return markdown;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Runs as markdown. Each line is trimmed: a tab or spaces at the start of a Word paragraph would
 * otherwise make a markdown code block. Markers hug the words, with spaces outside them.
 */
function formatted(segments: readonly DocxSegment[]): string {
  const text = segments.map(({ text, bold, italic }) => {
    if (!bold && !italic) return text;
    const marker = bold && italic ? '***' : bold ? '**' : '*';
    const core = text.trim();
    if (!core) return text;
    const before = text.slice(0, text.length - text.trimStart().length);
    const after = text.slice(text.trimEnd().length);
    return `${before}${marker}${core}${marker}${after}`;
  });
  return text
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .trim();
}
