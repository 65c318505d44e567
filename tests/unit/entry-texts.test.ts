import { describe, expect, it } from 'vitest';
import { forgetEntryTexts, keepText, keptText } from '../../app/journal/entryTexts';
import { entryHead } from '../../lib/entries/head';
import { aStoredEntry } from './fixtures/entries';

const stored = (id: string, body = `Text of ${id}`) => {
  const entry = aStoredEntry({ id, body });
  return { entry, head: entryHead(entry) };
};

describe('the text of entries shown with their snippets', () => {
  it('is kept for the head it was read for, and not once a save has replaced that head', () => {
    forgetEntryTexts();
    const { entry, head } = stored('a');
    keepText(head, entry);
    expect(keptText(head)?.body).toBe('Text of a');
    const saved = entryHead({ ...entry, title: 'Renamed' });
    expect(keptText(saved)).toBeUndefined();
  });

  it('keeps a few hundred entries, letting go of those shown longest ago first', () => {
    forgetEntryTexts();
    const all = Array.from({ length: 400 }, (_, at) => stored(`e-${at}`).head);
    const first = all[0] as (typeof all)[number];
    for (const [at, head] of all.entries()) {
      keepText(head, aStoredEntry({ id: head.id }));
      // The first entry is shown again and again: it stays.
      if (at % 50 === 0) keptText(first);
    }
    expect(all.filter((head) => keptText(head) !== undefined)).toHaveLength(300);
    expect(keptText(first)).toBeDefined();
    expect(keptText(all[1] as (typeof all)[number])).toBeUndefined();
    expect(keptText(all[399] as (typeof all)[number])).toBeDefined();
  });

  it('is all forgotten with the journal in memory (locking, a restore)', () => {
    const { entry, head } = stored('private');
    keepText(head, entry);
    forgetEntryTexts();
    expect(keptText(head)).toBeUndefined();
  });
});
