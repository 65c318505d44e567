import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchTitles } from '../../app/palette/titleIndex';
import { fuzzyFilter } from '../../lib/commands';
import { displayTitle } from '../../lib/entries/schema';
import { aStoredEntry } from './fixtures/entries';

const WORDS = ['Handover', 'handover', 'rota', 'Rota gap', 'ward round', 'Σ ΟΔΟΣ', '…', '...', 'night', 'teaching', ''];
const title = fc.array(fc.constantFrom(...WORDS), { maxLength: 3 }).map((words) => words.join(' '));
const typed = fc.array(fc.constantFrom('h', 'a', 'n', 'd', ' ', 'r', 'o', 't', '.', 'Σ', 'ο', 'σ', 'g'), {
  maxLength: 8,
});

describe('Journal: Go to Entry… over a large journal', () => {
  it('lists the same titles in the same order as matching every title afresh, key by key, however the query is typed', () => {
    fc.assert(
      fc.property(fc.array(title, { maxLength: 30 }), typed, fc.nat(5), (titles, keys, backspaces) => {
        const entries = titles.map((text, at) => aStoredEntry({ id: `q-${at}`, title: text }));
        const query = keys.join('');
        // Typed a letter at a time, then a few letters taken back: each answer as if nothing came before.
        const steps = [
          ...keys.map((_, at) => query.slice(0, at + 1)),
          ...Array.from({ length: backspaces }, (_, at) => query.slice(0, Math.max(0, query.length - at - 1))),
        ];
        for (const step of steps) {
          const expected = fuzzyFilter(step, entries, displayTitle).slice(0, 5);
          expect(matchTitles(entries, step, 5).map((entry) => entry.id)).toEqual(expected.map((entry) => entry.id));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('lists the same when the page was idle between keys, after looking for every match of the last key meanwhile', async () => {
    // Many titles start "handover" (answered from those alone), few start "handover r": that key narrows from
    // every title the page found matching "handover" while idle.
    const titles = [
      ...['night', 'gap', 'ward', 'teaching', 'audit', 'sepsis'].map((word) => `Handover ${word}`),
      'Rota handover rewrite',
      'Weekend handover: rota',
      'Handover rota',
      'A handover I ran',
      'Teaching',
    ];
    const entries = titles.map((text, at) => aStoredEntry({ id: `q-${at}`, title: text }));
    const query = 'handover rota';
    for (let at = 1; at <= query.length; at++) {
      const step = query.slice(0, at);
      const expected = fuzzyFilter(step, entries, displayTitle).slice(0, 4);
      expect(matchTitles(entries, step, 4).map((entry) => entry.id)).toEqual(expected.map((entry) => entry.id));
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  });
});
