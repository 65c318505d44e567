/** Words as a reader would count them: runs of letters or digits, ignoring markdown punctuation. */
export function countWords(text: string): number {
  const words = withoutComments(text).match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu);
  return words ? words.length : 0;
}

/**
 * The end of a comment whose start was cut off, as when a body is sliced from just before a match that falls in a
 * template hint: a first line that closes a comment it never opened, the `-->` ending the line as a hint's does.
 */
const CUT_COMMENT_TAIL = /^(?:(?!<!--)[^\n])*-->[ \t]*(?:\n|$)/;

/** A one-line excerpt of markdown for lists and tooltips: what a reader sees, so without template hints. */
export function excerpt(markdown: string, maxLength = 120): string {
  const plain = withoutComments(markdown.replace(CUT_COMMENT_TAIL, ''))
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/!(?=\[)/g, ' ')
    .replace(/[#>*_`~[\]()]+/g, ' ')
    // Hyphens go only as markup (list markers, rules, table rows); `follow-up` and dates keep theirs.
    .replace(/(?<![\p{L}\p{N}])-|-(?![\p{L}\p{N}])/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.length > maxLength ? `${plain.slice(0, maxLength - 1).trimEnd()}…` : plain;
}

/**
 * The text a reader sees: template hints (HTML comments) removed. An unclosed `<!--` hides the rest
 * only where it starts a line (an HTML block, as CommonMark and marked read it); within a line it
 * shows as typed, so it stays.
 */
export function withoutComments(markdown: string): string {
  if (!markdown.includes('<!--')) return markdown;
  return markdown.replace(/<!--[\s\S]*?-->|(?<=^ {0,3})<!--[\s\S]*/gm, '');
}
