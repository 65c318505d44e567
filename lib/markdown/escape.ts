/** A short plain text (a title, a name) as Markdown that shows it as written: no heading, list, link or emphasis. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, '\\$&').replace(/^(\s*)([-+]|\d+[.)])(\s)/, '$1\\$2$3');
}
