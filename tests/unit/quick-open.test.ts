import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holdBackgroundWork } from '../../app/journal/turns';
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

  it('lists the same when a key comes while the matches of the last one are still being found', async () => {
    // Enough titles that looking for every match of "handover" takes the page several turns: the keys that follow
    // come part-way through, and look at the matches found so far and the titles not yet looked at.
    // Only the last titles match "handover ro", and few start with it: a key that skipped the titles not yet
    // looked at would miss them all.
    const forms = ['Handover night', 'Handover gap', 'A handover I ran', 'Ward round', 'Hand hygiene'];
    const titleAt = (at: number) =>
      at >= 29_995
        ? `Handover rota ${at}`
        : at >= 29_800
          ? `The handover rota ${at}`
          : `${forms[at % forms.length]} ${at}`;
    const entries = Array.from({ length: 30_000 }, (_, at) => aStoredEntry({ id: `q-${at}`, title: titleAt(at) }));
    const query = 'handover ro';
    // Typed with the page busy (background work held: nothing found between keys), then with pauses.
    for (const pause of ['busy', 0, 1, 3] as const) {
      const release = pause === 'busy' ? holdBackgroundWork() : () => {};
      for (let at = 1; at <= query.length; at++) {
        const step = query.slice(0, at);
        const expected = fuzzyFilter(step, entries, displayTitle).slice(0, 10);
        expect(matchTitles(entries, step, 10).map((entry) => entry.id)).toEqual(expected.map((entry) => entry.id));
        await new Promise((resolve) => setTimeout(resolve, pause === 'busy' ? 0 : pause));
      }
      release();
    }
  });
});
