/**
 * Markdown formatting as text edits, for the editor toolbar and its shortcuts. Pure: the editor
 * applies the edit through the browser so that undo and redo keep working.
 */
export type Format = 'bold' | 'italic' | 'heading' | 'list' | 'quote' | 'link';

export interface Selection {
  text: string;
  start: number;
  end: number;
}

export interface Edit {
  /** Replace text[from, to) with `insert`, then select [selectStart, selectEnd). */
  from: number;
  to: number;
  insert: string;
  selectStart: number;
  selectEnd: number;
}

const WRAP: Partial<Record<Format, { marker: string; placeholder: string }>> = {
  bold: { marker: '**', placeholder: 'bold text' },
  italic: { marker: '_', placeholder: 'italic text' },
};

const LINE_PREFIX: Partial<Record<Format, string>> = { heading: '## ', list: '- ', quote: '> ' };

export function formatEdit(format: Format, { text, start, end }: Selection): Edit {
  const selected = text.slice(start, end);
  const wrap = WRAP[format];
  if (wrap) {
    const { marker } = wrap;
    // Already wrapped: unwrap, so the button toggles.
    if (text.slice(start - marker.length, start) === marker && text.slice(end, end + marker.length) === marker) {
      return {
        from: start - marker.length,
        to: end + marker.length,
        insert: selected,
        selectStart: start - marker.length,
        selectEnd: end - marker.length,
      };
    }
    // The selection includes the markers: unwrap it too, unless it spans two wrapped parts.
    const enclosed = selected.slice(marker.length, -marker.length);
    if (
      selected.length >= 2 * marker.length &&
      selected === `${marker}${enclosed}${marker}` &&
      !enclosed.includes(marker)
    ) {
      return { from: start, to: end, insert: enclosed, selectStart: start, selectEnd: start + enclosed.length };
    }
    // Spaces at the ends stay outside the markers: CommonMark does not read `**word **` as bold.
    const core = selected.trim();
    const lead = core ? selected.length - selected.trimStart().length : selected.length;
    const inner = core || wrap.placeholder;
    return {
      from: start,
      to: end,
      insert: `${selected.slice(0, lead)}${marker}${inner}${marker}${selected.slice(lead + core.length)}`,
      selectStart: start + lead + marker.length,
      selectEnd: start + lead + marker.length + inner.length,
    };
  }
  if (format === 'link') {
    const label = selected || 'link text';
    const insert = `[${label}](https://)`;
    const urlAt = start + label.length + 3;
    return { from: start, to: end, insert, selectStart: urlAt, selectEnd: urlAt + 'https://'.length };
  }
  const prefix = LINE_PREFIX[format] ?? '';
  // lastIndexOf clamps a negative start to 0 and would find a newline at 0 for a caret before it.
  const lineStart = start > 0 ? text.lastIndexOf('\n', start - 1) + 1 : 0;
  const nextBreak = text.indexOf('\n', Math.max(end - (end > start && text[end - 1] === '\n' ? 1 : 0), start));
  const lineEnd = nextBreak === -1 ? text.length : nextBreak;
  const lines = text.slice(lineStart, lineEnd).split('\n');
  const allPrefixed = lines.every((line) => line.startsWith(prefix));
  const insert = lines.map((line) => (allPrefixed ? line.slice(prefix.length) : `${prefix}${line}`)).join('\n');
  if (start === end) {
    // A caret stays where it was in the text, so the next keystroke types on rather than
    // replacing the line. Removing a prefix that the caret sat inside leaves it at the line's start.
    const caret = allPrefixed ? Math.max(lineStart, start - prefix.length) : start + prefix.length;
    return { from: lineStart, to: lineEnd, insert, selectStart: caret, selectEnd: caret };
  }
  // A selection of one or more lines stays selected, whole, so the format can be toggled back.
  return { from: lineStart, to: lineEnd, insert, selectStart: lineStart, selectEnd: lineStart + insert.length };
}
