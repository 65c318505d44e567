import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Edit, type Format, formatEdit } from '../../lib/markdown/edit';

const FORMATS: Format[] = ['bold', 'italic', 'heading', 'list', 'quote', 'link'];

/** The text after an edit, as the text area shows it. */
function apply(text: string, edit: Edit): string {
  return text.slice(0, edit.from) + edit.insert + text.slice(edit.to);
}

/**
 * Formats the part of `marked` between the brackets: `[` and `]` stand for the selection's start
 * and end (a lone `|` for a caret). Returns the new text with the new selection marked the same way.
 */
function format(kind: Format, marked: string): string {
  const caret = marked.indexOf('|');
  const start = caret >= 0 ? caret : marked.indexOf('[');
  const end = caret >= 0 ? caret : marked.indexOf(']') - 1;
  const text = marked.replace(/[[\]|]/g, '');
  const edit = formatEdit(kind, { text, start, end });
  const next = apply(text, edit);
  if (edit.selectStart === edit.selectEnd) return `${next.slice(0, edit.selectStart)}|${next.slice(edit.selectStart)}`;
  return `${next.slice(0, edit.selectStart)}[${next.slice(edit.selectStart, edit.selectEnd)}]${next.slice(edit.selectEnd)}`;
}

describe('bold and italic', () => {
  it.each([
    ['bold', 'I [stayed] calm', 'I **[stayed]** calm'],
    ['italic', 'I [stayed] calm', 'I _[stayed]_ calm'],
    ['bold', 'I | calm', 'I **[bold text]** calm'],
    ['italic', '|', '_[italic text]_'],
    ['bold', 'I **[stayed]** calm', 'I [stayed] calm'],
    ['italic', 'I _[stayed]_ calm', 'I [stayed] calm'],
    ['italic', '**[word]**', '**_[word]_**'],
  ] as const)('%s turns %j into %j', (kind, before, after) => {
    expect(format(kind, before)).toBe(after);
  });

  it('toggles: formatting the same selection twice gives the text back', () => {
    for (const kind of ['bold', 'italic'] as const) {
      const once = format(kind, 'Ward [round] today');
      expect(format(kind, once)).toBe('Ward [round] today');
    }
  });

  it('unwraps a selection that includes its own markers', () => {
    expect(format('bold', 'I [**stayed**] calm')).toBe('I [stayed] calm');
    expect(format('italic', 'I [_stayed_] calm')).toBe('I [stayed] calm');
  });

  it('does not unwrap a selection spanning two bold parts, so neither loses its markers', () => {
    expect(format('bold', 'x [**a** and **b**] y')).toContain('**a** and **b**');
  });

  it('keeps spaces at the ends of the selection outside the markers, so the markdown still works', () => {
    expect(format('bold', 'I [stayed ]calm')).toBe('I **[stayed]** calm');
    expect(format('italic', 'I[ stayed] calm')).toBe('I _[stayed]_ calm');
  });

  it('wraps a placeholder when only spaces are selected, keeping the spaces', () => {
    expect(format('bold', 'a[ ]b')).toBe('a **[bold text]**b');
  });
});

describe('headings, lists and quotes', () => {
  it.each([
    ['heading', 'Intro\nTea|m meeting\nNext', 'Intro\n## Tea|m meeting\nNext'],
    ['list', '[one\ntwo\nthree]', '[- one\n- two\n- three]'],
    ['quote', 'Said: [they\nlistened]', '[> Said: they\n> listened]'],
    ['list', '[one\ntwo\n]three', '[- one\n- two]\nthree'],
    ['list', '|', '- |'],
    ['list', '[- one\n- two]', '[one\ntwo]'],
    ['quote', '[> one\n> two]', '[one\ntwo]'],
    ['heading', '## Tit|le', 'Tit|le'],
    ['list', '[- one\ntwo]', '[- - one\n- two]'],
  ] as const)('%s turns %j into %j', (kind, before, after) => {
    expect(format(kind, before)).toBe(after);
  });

  it('prefixes the line the caret is on at the very start of the text, when the text starts with a blank line', () => {
    expect(format('heading', '|\nSecond line')).toBe('## |\nSecond line');
    expect(format('list', '[\n]Second line')).toBe('[- ]\nSecond line');
  });

  it.each([
    ['quote', 'My important point|', '> My important point|'],
    ['list', 'My important point|', '- My important point|'],
    ['heading', 'My important point|', '## My important point|'],
    ['quote', 'First\nSec|ond', 'First\n> Sec|ond'],
    ['quote', '> My important point|', 'My important point|'],
    ['heading', '#|# Title', '|Title'],
  ] as const)('%s keeps a caret where it was in the text: %j becomes %j', (kind, before, after) => {
    expect(format(kind, before)).toBe(after);
  });

  it('lets typing after a line format carry on the line rather than replace it', () => {
    const text = 'My important point';
    const edit = formatEdit('quote', { text, start: text.length, end: text.length });
    const next = apply(text, edit);
    const typed = `${next.slice(0, edit.selectStart)} and more${next.slice(edit.selectEnd)}`;
    expect(typed).toBe('> My important point and more');
  });

  it.each(['heading', 'list', 'quote'] as const)('%s toggles off when every selected line has it', (kind) => {
    const once = format(kind, 'Before\n[first\nsecond]\nAfter');
    expect(format(kind, once)).toBe('Before\n[first\nsecond]\nAfter');
  });
});

describe('links', () => {
  it('inserts placeholder link text when nothing is selected, with the URL selected', () => {
    const text = 'Read ';
    const edit = formatEdit('link', { text, start: 5, end: 5 });
    const next = apply(text, edit);
    expect(next).toBe('Read [link text](https://)');
    expect(next.slice(edit.selectStart, edit.selectEnd)).toBe('https://');
  });

  it('selects the URL after a selected label', () => {
    const text = 'See the guidance here';
    const edit = formatEdit('link', { text, start: 4, end: 16 });
    const next = apply(text, edit);
    expect(next).toBe('See [the guidance](https://) here');
    expect(next.slice(edit.selectStart, edit.selectEnd)).toBe('https://');
  });
});

describe('every edit', () => {
  const selection = fc
    .string({ unit: fc.constantFrom('a', ' ', '\n', '*', '_', '#', '>', '-', '[', ']', 'é', '\r') })
    .chain((text) =>
      fc
        .tuple(fc.nat({ max: text.length }), fc.nat({ max: text.length }))
        .map(([a, b]) => ({ text, start: Math.min(a, b), end: Math.max(a, b) })),
    );

  it('keeps all the text outside the part it replaces, and selects within the new text', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FORMATS), selection, (kind, sel) => {
        const edit = formatEdit(kind, sel);
        expect(0 <= edit.from && edit.from <= edit.to && edit.to <= sel.text.length).toBe(true);
        const next = apply(sel.text, edit);
        expect(next.startsWith(sel.text.slice(0, edit.from))).toBe(true);
        expect(next.endsWith(sel.text.slice(edit.to))).toBe(true);
        expect(0 <= edit.selectStart && edit.selectStart <= edit.selectEnd && edit.selectEnd <= next.length).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('replaces only around the selection: wrapping edits never reach past the markers next to it', () => {
    fc.assert(
      fc.property(fc.constantFrom('bold', 'italic', 'link') as fc.Arbitrary<Format>, selection, (kind, sel) => {
        const edit = formatEdit(kind, sel);
        expect(edit.from).toBeGreaterThanOrEqual(sel.start - 2);
        expect(edit.to).toBeLessThanOrEqual(sel.end + 2);
      }),
    );
  });

  it('keeps every selected character for line formats: toggling twice gives the text back', () => {
    fc.assert(
      fc.property(fc.constantFrom('heading', 'list', 'quote') as fc.Arbitrary<Format>, selection, (kind, sel) => {
        const first = formatEdit(kind, sel);
        const once = apply(sel.text, first);
        const second = formatEdit(kind, { text: once, start: first.selectStart, end: first.selectEnd });
        const twice = apply(once, second);
        const prefix = { heading: '## ', list: '- ', quote: '> ' }[kind as 'heading'];
        const lines = sel.text.slice(first.from, first.to).split('\n');
        if (!lines.every((line) => line.startsWith(prefix))) expect(twice).toBe(sel.text);
      }),
    );
  });
});
