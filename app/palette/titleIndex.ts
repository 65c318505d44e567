import { normalise, scoreNormalised } from '../../lib/commands/fuzzy';
import type { EntryHead } from '../../lib/entries/head';
import { displayTitle } from '../../lib/entries/schema';
import { topRanked } from '../../lib/search/top';
import { SLICE_MS } from '../journal/indexInSlices';
import { yieldToPage } from '../journal/turns';

/**
 * Quick open's matching over every title, ranked as `fuzzyFilter` ranks them, at a cost a keystroke can afford
 * with 100,000 entries: each title is normalised once per version of its entry (kept by entry, so a save
 * prepares only the entry it changed) and laid out beside the list it belongs to, so a key reads titles from an
 * array rather than looking each up; a letter typed onto the end of the query looks only among the titles the
 * shorter query matched, and only the best few are ranked.
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

/** The prepared titles of one list, by position; filled in by `warmTitles`, or all at once when a key needs them. */
let laidOut: { entries: readonly EntryHead[]; titles: string[] } | null = null;

function titlesFor(entries: readonly EntryHead[]): string[] {
  if (laidOut?.entries !== entries) laidOut = { entries, titles: [] };
  const { titles } = laidOut;
  for (let at = titles.length; at < entries.length; at++) titles.push(titleOf(entries[at] as EntryHead));
  return titles;
}

/** The last query's matches, by position in its list: the start for a longer query over the same list. */
let last: { entries: readonly EntryHead[]; letters: string; matched: number[] } | null = null;
/** Each match's score by position, reused from key to key. */
let scores = new Float64Array(0);

export function matchTitles<E extends EntryHead>(entries: readonly E[], query: string, limit: number): E[] {
  const q = normalise(query);
  if (!q) {
    last = null;
    return entries.slice(0, limit);
  }
  const titles = titlesFor(entries);
  const letters = q.replace(/ /g, '');
  // Every title matching a query holds its letters in order, so it held the letters of any query they begin.
  const narrowing = last !== null && last.entries === entries && letters.startsWith(last.letters);
  const candidates = narrowing && last ? last.matched : null;
  const count = candidates ? candidates.length : entries.length;
  const matched: number[] = [];
  if (scores.length < entries.length) scores = new Float64Array(entries.length);
  for (let at = 0; at < count; at++) {
    const position = candidates ? (candidates[at] ?? 0) : at;
    const score = scoreNormalised(q, titles[position] ?? '', letters);
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
  return best.map((position) => entries[position] as E);
}

/** Lets go of the titles laid out and the last query's matches (the journal is locked). */
export function forgetTitles(): void {
  laidOut = null;
  last = null;
}

/**
 * Prepares every title of `entries` not yet prepared, a few milliseconds at a time with the page getting turns
 * between: started as Go to Entry opens (and again after each save while it is open), so the first key typed
 * does not pay for the whole journal.
 */
export async function warmTitles(entries: readonly EntryHead[], stopped: () => boolean): Promise<void> {
  if (laidOut?.entries !== entries) laidOut = { entries, titles: [] };
  const { titles } = laidOut;
  while (titles.length < entries.length) {
    const until = performance.now() + SLICE_MS;
    do titles.push(titleOf(entries[titles.length] as EntryHead));
    while (titles.length < entries.length && performance.now() < until);
    await yieldToPage();
    if (stopped() || laidOut?.entries !== entries) return;
  }
}
