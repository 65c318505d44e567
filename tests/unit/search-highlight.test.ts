import { describe, expect, it } from 'vitest';
import { highlight, snippet } from '../../lib/search';
import { tokenize } from '../../lib/search/tokenize';

const marked = (text: string, terms: string[]) =>
  highlight(text, terms)
    .map((segment) => (segment.match ? `[${segment.text}]` : segment.text))
    .join('');

describe('highlight', () => {
  it('marks whole words that begin with a matched term, ignoring case and diacritics', () => {
    expect(marked('The Handovers at the café were rushed', ['handover', 'cafe'])).toBe(
      'The [Handovers] at the [café] were rushed',
    );
  });

  it('never marks a term in the middle of a word', () => {
    expect(marked('Stroke and keystroke', ['stroke'])).toBe('[Stroke] and keystroke');
  });

  it('joins neighbouring segments of the same kind and keeps every character', () => {
    const segments = highlight('rota, rota; <b>rota</b>', ['rota']);
    expect(segments.map((segment) => segment.text).join('')).toBe('rota, rota; <b>rota</b>');
    expect(segments).toEqual([
      { text: 'rota', match: true },
      { text: ', ', match: false },
      { text: 'rota', match: true },
      { text: '; <b>', match: false },
      { text: 'rota', match: true },
      { text: '</b>', match: false },
    ]);
  });

  it('returns the text as one plain segment when nothing matches', () => {
    expect(highlight('Nothing here', ['rota'])).toEqual([{ text: 'Nothing here', match: false }]);
    expect(highlight('Nothing here', [])).toEqual([{ text: 'Nothing here', match: false }]);
    expect(highlight('', ['rota'])).toEqual([]);
  });
});

describe('snippet', () => {
  const body = `${'Earlier words about the week. '.repeat(10)}Then the handover went wrong. ${'Later words. '.repeat(20)}`;

  it('shows a window around the first match, cut at word boundaries and marked where text was left out', () => {
    const text = snippet(body, ['handover'], 80);
    expect(text.length).toBeLessThanOrEqual(80);
    expect(text).toContain('handover');
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(
      text
        .slice(1, -1)
        .trim()
        .split(' ')
        .every((word) => body.includes(word)),
    ).toBe(true);
  });

  it('shows the opening of the body when nothing matches', () => {
    const text = snippet(body, ['zebra'], 40);
    expect(text.startsWith('Earlier words')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(40);
  });

  it('finds a match written with diacritics, or typed without them', () => {
    const text = snippet(`${'Naïve notes. '.repeat(30)}The café debrief helped. ${'More. '.repeat(30)}`, ['cafe'], 60);
    expect(text).toContain('café debrief');
    expect(text.length).toBeLessThanOrEqual(60);
  });

  it('keeps a match at the very end inside the window', () => {
    const text = snippet(`${'word '.repeat(50)}finale`, ['finale'], 30);
    expect(text.endsWith('finale')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(30);
  });

  it('returns a short body whole, as plain text without markdown markers', () => {
    expect(snippet('## Plan\n\n- **Escalate** sooner', ['escalate'])).toBe('Plan - Escalate sooner');
  });
});

describe('tokenize', () => {
  it('lower-cases, folds diacritics, splits on anything but letters and digits and drops stop words', () => {
    expect(tokenize('The Café’s ST3 on-call rota: naïve, über-busy!')).toEqual([
      'cafe',
      'st3',
      'call',
      'rota',
      'naive',
      'uber',
      'busy',
    ]);
  });

  it('keeps words in other scripts', () => {
    expect(tokenize('Ελληνικά 日本語 ڈاکٹر')).toEqual(['ελληνικα', '日本語', 'ڈاکٹر']);
  });
});
