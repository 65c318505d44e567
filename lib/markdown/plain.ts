/**
 * Markdown as plain text, for appraisal portals' boxes and Word paragraphs, which take no formatting. Keeps
 * the words and the shape of lists; drops the marks. Not a full CommonMark reader: journal entries use the
 * editor's toolbar, so headings, emphasis, lists, quotes, links, code and tables cover them.
 */

const INLINE_MARK = /[[\]<`*_~\\]/;

/** Inline marks only: emphasis, code, links, images, strikethrough, escapes and HTML tags. */
export function inlinePlain(text: string): string {
  // Most lines carry no marks at all; skipping the replacements for them halves the time of a big summary.
  if (!INLINE_MARK.test(text)) return text;
  return (
    text
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\(([^)\s]+)[^)]*\)/g, (_, label: string, url: string) =>
        label === url ? url : `${label} (${url})`,
      )
      .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
      .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
      .replace(/<br\s*\/?>/gi, ' ')
      .replace(/<\/?[a-z][^>]*>/gi, '')
      .replace(/`+([^`]+)`+/g, '$1')
      .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
      .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
      .replace(/(^|[^\p{L}\p{N}*])\*(?=\S)([^*]*?\S)\*(?![\p{L}\p{N}])/gu, '$1$2')
      .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}])/gu, '$1$2')
      // Any ** left over (unpaired) is markup nobody meant to print.
      .replace(/\*\*+/g, '')
      .replace(/\\([\\`*_{}[\]()#+\-.!>|~])/g, '$1')
  );
}

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const RULE = /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/;
const TABLE_DIVIDER = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

function plainLine(line: string): string {
  let text = line.replace(/^(\s{0,3}>\s?)+/, '');
  const heading = /^\s{0,3}#{1,6}(?:\s+|$)(.*?)(?:\s+#+)?\s*$/.exec(text);
  if (heading) return inlinePlain(heading[1] ?? '');
  text = text.replace(/^(\s*)[*+-]\s+\[([ xX])\]\s+/, (_, indent: string, mark: string) =>
    mark === ' ' ? `${indent}- ` : `${indent}- (done) `,
  );
  text = text.replace(/^(\s*)[*+]\s+/, '$1- ');
  if (/^\s*\|.*\|\s*$/.test(text)) {
    text = text
      .trim()
      .replace(/^\||\|$/g, '')
      .split('|')
      .map((cell) => cell.trim())
      .join('  ');
  }
  return inlinePlain(text);
}

export function markdownToPlain(markdown: string): string {
  const out: string[] = [];
  let inFence = false;
  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    if (FENCE.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      out.push(line);
      continue;
    }
    if (RULE.test(line) || TABLE_DIVIDER.test(line)) continue;
    out.push(plainLine(line));
  }
  return out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
