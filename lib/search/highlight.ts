import { withoutComments } from '../text';
import { foldText, isAscii, isWordCodePoint } from './tokenize';

export interface HighlightSegment {
  text: string;
  match: boolean;
}

/** Calls `visit(start, end)` for each word of `text` (offsets into the text itself) until it returns false. */
function forEachWordSpan(text: string, visit: (start: number, end: number) => boolean): void {
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? (text.codePointAt(i) ?? 0) : 0;
    const inWord = i < text.length && isWordCodePoint(code);
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      if (visit(start, i) === false) return;
      start = -1;
    }
    if (code > 0xffff) i++;
  }
}

/**
 * Whether the word at `text[start, end)` begins with one of `matchedTerms`, ignoring case and diacritics. Terms
 * are grouped by first letter, and ASCII text (most of it) is lower-cased once rather than word by word: a results
 * list runs this over fifty bodies on every keystroke.
 */
function wordMatcher(text: string, matchedTerms: readonly string[]): (start: number, end: number) => boolean {
  const byFirstLetter = new Map<number, string[]>();
  for (const term of new Set(matchedTerms.map(foldText))) {
    if (term === '') continue;
    const first = term.charCodeAt(0);
    byFirstLetter.set(first, [...(byFirstLetter.get(first) ?? []), term]);
  }
  const lower = isAscii(text) ? text.toLowerCase() : undefined;
  return (start, end) => {
    const word = lower ?? foldText(text.slice(start, end));
    const at = lower ? start : 0;
    const terms = byFirstLetter.get(word.charCodeAt(at));
    // A term is all word characters, so it cannot run past the end of the word.
    return terms?.some((term) => word.startsWith(term, at)) === true;
  };
}

/**
 * `text` cut into plain and matching segments, for rendering as text nodes (never as HTML). A word matches when
 * it begins with one of `matchedTerms`, ignoring case and diacritics; the segments join back into `text`.
 */
export function highlight(text: string, matchedTerms: readonly string[]): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  const push = (part: string, match: boolean) => {
    if (part.length === 0) return;
    const previous = segments[segments.length - 1];
    if (previous && previous.match === match) previous.text += part;
    else segments.push({ text: part, match });
  };
  const matches = wordMatcher(text, matchedTerms);
  let done = 0;
  if (matchedTerms.length > 0) {
    forEachWordSpan(text, (start, end) => {
      if (!matches(start, end)) return true;
      push(text.slice(done, start), false);
      push(text.slice(start, end), true);
      done = end;
      return true;
    });
  }
  push(text.slice(done), false);
  return segments;
}

/** Markdown markers and runs of white space, which mean nothing in a one-line preview. */
function plainText(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/[#>*_`~[\]]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Where the first word beginning with one of `matchedTerms` starts, or -1. */
function firstMatch(text: string, matchedTerms: readonly string[]): number {
  if (matchedTerms.length === 0) return -1;
  if (isAscii(text)) {
    // A native search per term beats reading a whole body word by word when the match is late or absent.
    const lower = text.toLowerCase();
    let first = -1;
    for (const term of new Set(matchedTerms.map(foldText))) {
      if (term === '') continue;
      for (let at = lower.indexOf(term); at >= 0 && (first < 0 || at < first); at = lower.indexOf(term, at + 1)) {
        if (at === 0 || !isWordCodePoint(lower.charCodeAt(at - 1))) first = at;
      }
    }
    return first;
  }
  const matches = wordMatcher(text, matchedTerms);
  let first = -1;
  forEachWordSpan(text, (start, end) => {
    if (matches(start, end)) first = start;
    return first < 0;
  });
  return first;
}

const SPACE = /\s/;

/** Moves `at` forward (step 1) or back (step -1) to white space, so a cut does not split a word; not past `limit`. */
function toSpace(text: string, at: number, step: 1 | -1, limit: number): number {
  let position = at;
  while (position !== limit && !SPACE.test(text.charAt(position))) position += step;
  return position === limit ? at : position;
}

/**
 * A window of `markdown` of at most `maxLength` characters around its first matching word, cut at word boundaries
 * and marked with "…" where text was left out; the opening of the body when nothing matches. Template hints (HTML
 * comments) are left out, as the preview leaves them out.
 */
export function snippet(markdown: string, matchedTerms: readonly string[], maxLength = 160): string {
  // What a reader sees: template hints (HTML comments) neither show nor count as the match.
  const body = markdown.includes('<!--') ? withoutComments(markdown) : markdown;
  // Cleaning markdown costs more than finding the match, so only the neighbourhood of the match is cleaned.
  const found = Math.max(0, firstMatch(body, matchedTerms));
  const from = found - maxLength > 0 ? toSpace(body, found - maxLength, 1, found) : 0;
  const to = found + 2 * maxLength < body.length ? toSpace(body, found + 2 * maxLength, -1, found) : body.length;
  const text = plainText(body.slice(from, to));
  const [cutBefore, cutAfter] = [from > 0, to < body.length];
  if (!cutBefore && !cutAfter && text.length <= maxLength) return text;

  const first = Math.max(0, firstMatch(text, matchedTerms));
  // Some context before the match, but never so much that the match falls out of the window.
  let start = Math.max(0, Math.min(first - Math.floor(maxLength / 3), text.length - maxLength + 1));
  if (start > 0) {
    const space = text.indexOf(' ', start - 1);
    start = space >= 0 && space < first ? space + 1 : start;
  }
  const lead = start > 0 || cutBefore;
  const room = maxLength - (lead ? 1 : 0);
  let end = Math.min(text.length, start + room);
  const trail = end < text.length || cutAfter;
  if (trail && end > start + room - 1) {
    end = start + room - 1;
    const space = text.lastIndexOf(' ', end);
    if (space > first && space > start) end = space;
  }
  return `${lead ? '…' : ''}${text.slice(start, end).trim()}${trail ? '…' : ''}`;
}
