import { normalise, prefixOutranksTheRest, scoreNormalised } from '../../lib/commands/fuzzy';
import type { EntryHead } from '../../lib/entries/head';
import { displayTitle } from '../../lib/entries/schema';
import { topRanked } from '../../lib/search/top';
import { SLICE_MS } from '../journal/indexInSlices';
import { yieldToPage } from '../journal/turns';

/**
 * Quick open's matching over every title, ranked as `fuzzyFilter` ranks them, at a cost a keystroke can afford
 * with 100,000 entries: each title is normalised once per version of its entry (kept by entry, so a save
 * prepares only the entry it changed) and laid out beside the list it belongs to, so a key reads titles from an
 * array rather than looking each up. The first letters of a query are the dear ones (nearly every title holds
 * them): the titles are also grouped by first character, so when enough of them start with the query only that
 * group is ranked; otherwise a title lacking any letter of the query is passed over on a bit mask of its letters,
 * a letter typed onto the end looks only among the titles the shorter query matched, and only the best few are
 * ranked.
 */
interface Prepared {
  title: string;
  /** Bit n set when the title holds the letter a + n. */
  letters: number;
}

const prepared = new WeakMap<EntryHead, Prepared>();

/** Bits for the letters a–z in `text` (other characters are not counted). */
function letterMask(text: string): number {
  let mask = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at) - 97;
    if (code >= 0 && code < 26) mask |= 1 << code;
  }
  return mask;
}

function prepare(entry: EntryHead): Prepared {
  let found = prepared.get(entry);
  if (found === undefined) {
    const title = normalise(displayTitle(entry));
    found = { title, letters: letterMask(title) };
    prepared.set(entry, found);
  }
  return found;
}

/** The prepared titles of one list, by position, and its positions by first character, in journal order. */
interface LaidOut {
  entries: readonly EntryHead[];
  titles: string[];
  letters: number[];
  byFirst: Map<number, number[]>;
}

/** Filled in by `warmTitles`, or all at once when a key needs them. */
let laidOut: LaidOut | null = null;

function layOut(entries: readonly EntryHead[]): LaidOut {
  if (laidOut?.entries !== entries) laidOut = { entries, titles: [], letters: [], byFirst: new Map() };
  return laidOut;
}

function layOutNext(list: LaidOut): void {
  const at = list.titles.length;
  const { title, letters } = prepare(list.entries[at] as EntryHead);
  list.titles.push(title);
  list.letters.push(letters);
  const first = title.charCodeAt(0);
  const group = list.byFirst.get(first);
  if (group) group.push(at);
  else list.byFirst.set(first, [at]);
}

function laidOutFully(entries: readonly EntryHead[]): LaidOut {
  const list = layOut(entries);
  while (list.titles.length < entries.length) layOutNext(list);
  return list;
}

/**
 * The last query's matches, by position in its list: the start for a longer query over the same list. While
 * `seedMatches` is still finding them, only the titles before `scannedTo` have been looked at.
 */
let last: { entries: readonly EntryHead[]; letters: string; matched: number[]; scannedTo: number } | null = null;
/** Counts the keys: a search for the matches of an earlier one stops. */
let keys = 0;
/** Each match's score by position, reused from key to key. */
let scores = new Float64Array(0);

export function matchTitles<E extends EntryHead>(entries: readonly E[], query: string, limit: number): E[] {
  const q = normalise(query);
  if (!q) {
    last = null;
    return entries.slice(0, limit);
  }
  const list = laidOutFully(entries);
  const { titles } = list;
  if (scores.length < entries.length) scores = new Float64Array(entries.length);
  const letters = q.replace(/ /g, '');
  const ranked = (matched: readonly number[]) =>
    // Best score first; ties keep the journal's order (newest first).
    topRanked(matched, limit, (a, b) => {
      const difference = (scores[a] ?? 0) - (scores[b] ?? 0);
      return difference !== 0 ? difference > 0 : a < b;
    }).map((position) => entries[position] as E);

  const seeding = ++keys;
  const starting = startingWith(list, q);
  if (starting && starting.length >= limit) {
    void seedMatches(list, q, letters, seeding);
    return ranked(starting);
  }

  // Every title matching a query holds its letters in order, so it held the letters of any query they begin.
  // The titles it matched first, then any it had not yet looked at (all of them in journal order).
  const base = last !== null && last.entries === entries && letters.startsWith(last.letters) ? last : null;
  const seen = base ? base.matched.length : 0;
  const from = base ? base.scannedTo : 0;
  const count = seen + entries.length - from;
  const needed = letterMask(letters);
  const matched: number[] = [];
  for (let at = 0; at < count; at++) {
    const position = at < seen ? (base?.matched[at] ?? 0) : from + at - seen;
    if (((list.letters[position] ?? 0) & needed) !== needed) continue;
    const score = scoreNormalised(q, titles[position] ?? '', letters);
    if (score === null) continue;
    matched.push(position);
    scores[position] = score;
  }
  last = { entries, letters, matched, scannedTo: entries.length };
  return ranked(matched);
}

/**
 * Every title matching `q`, found in slices while the page is idle after a key that was answered from the titles
 * starting with it, so that the next letter (when fewer titles start with the longer query) looks only among them
 * rather than at every title. Given up when another key comes first.
 */
async function seedMatches(list: LaidOut, q: string, letters: string, seeding: number): Promise<void> {
  const needed = letterMask(letters);
  // Shown as far as it has got: a key that comes first looks at the matches so far and the titles not yet seen.
  const seed = { entries: list.entries, letters, matched: [] as number[], scannedTo: 0 };
  last = seed;
  while (seed.scannedTo < list.titles.length) {
    await yieldToPage();
    if (seeding !== keys || laidOut !== list) return;
    const until = performance.now() + SLICE_MS;
    do {
      const end = Math.min(list.titles.length, seed.scannedTo + 512);
      for (let at = seed.scannedTo; at < end; at++) {
        if (((list.letters[at] ?? 0) & needed) !== needed) continue;
        if (scoreNormalised(q, list.titles[at] ?? '', letters) !== null) seed.matched.push(at);
      }
      seed.scannedTo = end;
    } while (seed.scannedTo < list.titles.length && performance.now() < until);
  }
}

/**
 * The titles that start with `q`, scored, when they outrank every other title (so ranking them alone gives the
 * same first page); undefined when a long one might not.
 */
function startingWith(list: LaidOut, q: string): number[] | undefined {
  const starting: number[] = [];
  for (const position of list.byFirst.get(q.charCodeAt(0)) ?? []) {
    const title = list.titles[position] ?? '';
    if (!title.startsWith(q)) continue;
    if (!prefixOutranksTheRest(title.length)) return undefined;
    starting.push(position);
    scores[position] = scoreNormalised(q, title) ?? 0;
  }
  return starting;
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
  const list = layOut(entries);
  while (list.titles.length < entries.length) {
    const until = performance.now() + SLICE_MS;
    do layOutNext(list);
    while (list.titles.length < entries.length && performance.now() < until);
    await yieldToPage();
    if (stopped() || laidOut !== list) return;
  }
}
