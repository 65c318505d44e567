import { MAX_TITLE_LENGTH } from '../entries/schema';
import type { NoteText } from './types';

/** YAML front matter as Obsidian, Jekyll and Hugo write it: `---`, `key: value` lines, `---`. */
const FRONT_MATTER = /^---[ \t]*\n(?:([\s\S]*?)\n)?(?:---|\.\.\.)[ \t]*(?:\n|$)/;
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*))?$/;
const SETEXT_H1_UNDERLINE = /^ {0,3}=+[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * A Markdown or plain-text note's title and body. The title is front matter's `title:`, else the first
 * level-1 heading, else a heading on the first line, and leaves the body; without one it is empty,
 * and the caller takes the body's first line. Nothing is escaped: plain text is kept as typed.
 */
export function readTextNote(text: string): NoteText {
  const { fields, rest } = splitFrontMatter(text);
  const lines = rest.split('\n');
  const heading = findTitleHeading(lines);
  const given = fields.title ? plainTitle(fields.title) : '';
  // A heading repeating the front matter's title (as Obsidian notes often have) goes too.
  const remove = heading && (!given || heading.text === given) ? heading : undefined;
  const title = given || heading?.text || '';
  // The blank line after a removed heading goes too, so that no gap of two is left where it was.
  const blankBefore = remove && (remove.start === 0 || lines[remove.start - 1]?.trim() === '');
  const end = remove && blankBefore && lines[remove.end]?.trim() === '' ? remove.end + 1 : remove?.end;
  const kept = remove ? [...lines.slice(0, remove.start), ...lines.slice(end)] : lines;
  return {
    title,
    body: tidyBody(kept.join('\n')),
    ...(fields.date === undefined ? {} : { frontMatterDate: fields.date }),
    warnings: [],
  };
}

interface FrontMatter {
  fields: { title?: string; date?: string };
  rest: string;
}

function splitFrontMatter(text: string): FrontMatter {
  const match = FRONT_MATTER.exec(text);
  const block = match?.[1] ?? '';
  // A `---` rule followed by prose is not front matter: front matter starts with a `key:` line.
  const firstLine = block.split('\n').find((line) => line.trim() !== '');
  if (!match || (firstLine !== undefined && !/^[\w-]+[ \t]*:/.test(firstLine))) return { fields: {}, rest: text };
  const fields: FrontMatter['fields'] = {};
  for (const line of block.split('\n')) {
    const pair = /^(title|date)[ \t]*:[ \t]*(.*)$/i.exec(line);
    const key = pair?.[1]?.toLowerCase();
    const value = unquote(pair?.[2] ?? '');
    if ((key === 'title' || key === 'date') && value && fields[key] === undefined) fields[key] = value;
  }
  return { fields, rest: text.slice(match[0].length) };
}

function unquote(value: string): string {
  const trimmed = value.trim();
  const quoted = /^(["'])(.*)\1$/.exec(trimmed);
  return (quoted?.[2] ?? trimmed).trim();
}

interface Heading {
  text: string;
  /** The lines it covers, [start, end): a setext heading has an underline too. */
  start: number;
  end: number;
}

/** The first level-1 heading outside code blocks, else a heading of any level on the first line. */
function findTitleHeading(lines: readonly string[]): Heading | undefined {
  let fence: string | undefined;
  let firstContent: Heading | undefined;
  for (const [index, line] of lines.entries()) {
    const fenceMark = FENCE.exec(line)?.[1];
    if (fenceMark && (!fence || fenceMark.startsWith(fence))) {
      fence = fence ? undefined : fenceMark;
      continue;
    }
    if (fence || line.trim() === '') continue;
    const atx = ATX_HEADING.exec(line);
    const next = lines[index + 1];
    const heading = atx
      ? { level: atx[1]?.length ?? 0, text: plainTitle(atx[2] ? line : ''), start: index, end: index + 1 }
      : next !== undefined && SETEXT_H1_UNDERLINE.test(next)
        ? { level: 1, text: plainTitle(line), start: index, end: index + 2 }
        : undefined;
    if (heading?.text && heading.level === 1) return heading;
    firstContent ??= heading?.text ? heading : { text: '', start: index, end: index };
  }
  return firstContent?.text ? firstContent : undefined;
}

/** A line of markdown as a plain title: markers gone, spaces collapsed, no longer than an entry allows. */
export function plainTitle(line: string): string {
  const heading = /^\s*#{1,6}\s+/.exec(line);
  const text = (heading ? withoutClosingHashes(line.slice(heading[0].length)) : line)
    .replace(/^\s*(?:>\s*|[-*+]\s+|\d+[.)]\s+)/, '')
    .replace(/\*\*|__|`/g, '')
    .replace(/^\s*([*_])(.*)\1\s*$/, '$2')
    .replace(/\s+/g, ' ')
    .trim();
  return shortenTitle(text);
}

/** `Title ##` → `Title`, as CommonMark reads an ATX heading's closing sequence; `C#` keeps its hash. */
function withoutClosingHashes(text: string): string {
  const trimmed = text.trimEnd();
  let end = trimmed.length;
  while (end > 0 && trimmed[end - 1] === '#') end -= 1;
  if (end === trimmed.length) return trimmed;
  const before = trimmed[end - 1];
  return before === undefined || before === ' ' || before === '\t' ? trimmed.slice(0, end).trimEnd() : trimmed;
}

export function shortenTitle(title: string): string {
  if (title.length <= MAX_TITLE_LENGTH) return title;
  // Cut before a lone high surrogate, so that an emoji is not split in half.
  const cut = title.slice(0, MAX_TITLE_LENGTH - 1).replace(/[\ud800-\udbff]$/, '');
  return `${cut.trimEnd()}…`;
}

/** The file's name without its extension: the title of last resort. */
export function fileStem(fileName: string): string {
  return shortenTitle(fileName.replace(/\.[^.]*$/, '').trim());
}

/** Blank lines at the start and whitespace at the end go; indentation of the first line stays. */
export function tidyBody(body: string): string {
  return body.replace(/^(?:[ \t]*\n)+/, '').trimEnd();
}
