import { describe, expect, it } from 'vitest';
import { Capture, entryFromCapture } from '../../lib/capture';

const capture = (overrides: Partial<Capture> = {}): Capture =>
  Capture.parse({
    selectionText: 'Engagement is a journey, not an event.',
    pageUrl: 'https://www.example.org/medical-engagement',
    pageTitle: 'Medical engagement',
    capturedAt: 0,
    ...overrides,
  });

describe('capturing a selection from a web page', () => {
  it('quotes the selection and keeps the page as the source', () => {
    const draft = entryFromCapture(capture());
    expect(draft.title).toBe('Reflecting on Medical engagement');
    expect(draft.body.startsWith('> Engagement is a journey, not an event.')).toBe(true);
    expect(draft.source).toEqual({
      url: 'https://www.example.org/medical-engagement',
      quote: 'Engagement is a journey, not an event.',
    });
  });

  it('quotes every line of a multi-line selection', () => {
    expect(entryFromCapture(capture({ selectionText: 'one\ntwo' })).body).toMatch(/^> one\n> two/);
  });

  it('names the site when the page has no title', () => {
    expect(entryFromCapture(capture({ pageTitle: '' })).title).toBe('Reflecting on www.example.org');
  });

  it('refuses a capture that is not what the background writes', () => {
    expect(Capture.safeParse({ selectionText: 5 }).success).toBe(false);
  });
});
