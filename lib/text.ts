/** Words as a reader would count them: runs of letters or digits, ignoring markdown punctuation. */
export function countWords(text: string): number {
  const words = withoutComments(text).match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu);
  return words ? words.length : 0;
}

/** A one-line excerpt of markdown for lists and tooltips. */
export function excerpt(markdown: string, maxLength = 120): string {
  const plain = markdown
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
  return markdown.replace(/<!--[\s\S]*?-->|(?<=^ {0,3})<!--[\s\S]*/gm, '');
}
