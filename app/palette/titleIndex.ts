import { normalise, scoreNormalised } from '../../lib/commands/fuzzy';
import type { EntryHead } from '../../lib/entries/head';
import { displayTitle } from '../../lib/entries/schema';
import { topRanked } from '../../lib/search/top';
import { SLICE_MS } from '../journal/indexInSlices';
import { yieldToPage } from '../journal/turns';

/**
 * Quick open's matching over every title, ranked as `fuzzyFilter` ranks them, at a cost a keystroke can afford
 * with 100,000 entries: each title is normalised once per version of its entry (kept by entry, so a save
 * prepares only the entry it changed), a letter typed onto the end of the query looks only among the titles
 * the shorter query matched, and only the best few are ranked.
 */
const prepared = new WeakMap<EntryHead, string>();

function titleOf(entry: EntryHead): string {
  let title = prepared.get(entry);
  if (title === undefined) {
    title = normalise(displayTitle(entry));
    prepared.set(entry, title);
  }
  return title;
}

/** The last query's matches, by position in its list: the start for a longer query over the same list. */
let last: { entries: readonly EntryHead[]; letters: string; matched: number[] } | null = null;

export function matchTitles(entries: readonly EntryHead[], query: string, limit: number): EntryHead[] {
  const q = normalise(query);
  if (!q) {
    last = null;
    return entries.slice(0, limit);
  }
  const letters = q.replace(/ /g, '');
  // Every title matching a query holds its letters in order, so it held the letters of any query they begin.
  const narrowing = last !== null && last.entries === entries && letters.startsWith(last.letters);
  const candidates = narrowing && last ? last.matched : null;
  const count = candidates ? candidates.length : entries.length;
  const matched: number[] = [];
  const scores = new Float64Array(entries.length);
  for (let at = 0; at < count; at++) {
    const position = candidates ? (candidates[at] ?? 0) : at;
    const entry = entries[position];
    if (!entry) continue;
    const score = scoreNormalised(q, titleOf(entry), letters);
    if (score === null) continue;
    matched.push(position);
    scores[position] = score;
  }
  last = { entries, letters, matched };
  // Best score first; ties keep the journal's order (newest first).
  const best = topRanked(matched, limit, (a, b) => {
    const difference = (scores[a] ?? 0) - (scores[b] ?? 0);
    return difference !== 0 ? difference > 0 : a < b;
  });
  return best.map((position) => entries[position] as EntryHead);
}

/**
 * Normalises every title not yet prepared, a few milliseconds at a time with the page getting turns between:
 * started as Go to EntryHead opens, so the first key typed does not pay for the whole journal.
 */
export async function warmTitles(entries: readonly EntryHead[], stopped: () => boolean): Promise<void> {
  let at = 0;
  while (at < entries.length) {
    const until = performance.now() + SLICE_MS;
    do {
      const entry = entries[at++];
      if (entry) titleOf(entry);
    } while (at < entries.length && performance.now() < until);
    await yieldToPage();
    if (stopped()) return;
  }
}
