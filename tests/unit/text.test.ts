import { describe, expect, it } from 'vitest';
import { countWords, excerpt } from '../../lib/text';

describe('countWords', () => {
  it.each([
    ['', 0],
    ['   \n\t ', 0],
    ['Ward round went well', 4],
    ["I don't think it's over", 5],
    ['A follow-up with the well-being team', 6],
    ['# Heading\n\n- **first** point\n- _second_ point', 5],
    ['Saw 12 patients in 3 hours', 6],
    ['café naïve Zoë', 3],
    ['— … --- ***', 0],
    ['end.Start', 2],
  ])('counts %j as %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });
});

describe('excerpt', () => {
  it('turns markdown into one line of plain text', () => {
    expect(excerpt('# Handover\n\n> **Key** point\n\n- one\n- two')).toBe('Handover Key point one two');
  });

  it('leaves code blocks out', () => {
    expect(excerpt('Before\n\n```\nconst x = 1;\n```\n\nAfter')).toBe('Before After');
  });

  it('keeps the words of a link and of an image description', () => {
    expect(excerpt('Read [the guidance](https://example.com) and ![a chart](data:image/png;base64,AA)')).toBe(
      'Read the guidance https://example.com and a chart data:image/png;base64,AA',
    );
  });

  it('keeps hyphenated words and dates whole while dropping list markers and rules', () => {
    expect(excerpt('- Follow-up with Dr Smith-Jones on 2026-11-22\n\n---\n\n- done')).toBe(
      'Follow-up with Dr Smith-Jones on 2026-11-22 done',
    );
  });

  it('keeps an exclamation mark in prose', () => {
    expect(excerpt('What a day!')).toBe('What a day!');
  });

  it('returns short text unchanged', () => {
    expect(excerpt('Short note')).toBe('Short note');
  });

  it('cuts long text to the maximum length, ending with an ellipsis', () => {
    const text = 'word '.repeat(100);
    const cut = excerpt(text, 40);
    expect(cut.length).toBeLessThanOrEqual(40);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut).not.toMatch(/\s…$/);
    expect(text.startsWith(cut.slice(0, -1))).toBe(true);
  });

  it('does not cut text exactly at the maximum length', () => {
    expect(excerpt('a'.repeat(120))).toBe('a'.repeat(120));
    expect(excerpt('a'.repeat(121))).toBe(`${'a'.repeat(119)}…`);
  });
});
