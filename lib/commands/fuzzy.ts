/**
 * Fuzzy matching for the palette and quick open. An exact title always ranks first, then titles
 * that start with the query, then ones containing it, then scattered-letter matches that favour
 * word starts. Typed `...` matches `…`, so titles like `Journal: New Entry from Prompt…` are found
 * either way. `…` is spelt out as `...` (not the reverse) so the title stays listed while the dots
 * are still being typed.
 */
export function normalise(text: string): string {
  return text.toLowerCase().replace(/…/g, '...').replace(/\s+/g, ' ').trim();
}

const EXACT = 10_000;
const PREFIX = 5_000;
const CONTAINS = 2_000;

/**
 * Whether a match at the start of a title this long outranks every title that does not start with the query
 * (PREFIX less its length stays above the best CONTAINS), so a long list can rank its prefix matches alone.
 */
export function prefixOutranksTheRest(titleLength: number): boolean {
  return PREFIX - titleLength > CONTAINS + 200;
}

/** Space, colon, slash, hyphen, en dash, opening bracket: normalised text has no other white space. */
const WORD_BREAKS = new Set([32, 58, 47, 45, 0x2013, 40]);

function isWordStart(text: string, index: number): boolean {
  // Character codes rather than a regular expression: quick open asks this of every title on every key.
  return index === 0 || WORD_BREAKS.has(text.charCodeAt(index - 1));
}

/** A score (higher is better) or `null` when the text does not match at all. */
export function fuzzyScore(query: string, text: string): number | null {
  const q = normalise(query);
  if (!q) return 0;
  return scoreNormalised(q, normalise(text));
}

/** `fuzzyScore` for a query and text already through `normalise` (the query not empty). */
export function scoreNormalised(q: string, t: string, letters = q.replace(/ /g, '')): number | null {
  const bare = t.endsWith('...') ? t.slice(0, -3) : t;
  if (t === q || bare === q) return EXACT;
  if (t.startsWith(q)) return PREFIX - t.length;
  const at = t.indexOf(q);
  if (at >= 0) return CONTAINS - at * 2 - t.length + (isWordStart(t, at) ? 200 : 0);

  // Scattered letters, in order; spaces in the query are ignored so "newent" finds "New Entry".
  let score = 0;
  let from = 0;
  let previous = -2;
  for (const letter of letters) {
    const index = t.indexOf(letter, from);
    if (index < 0) return null;
    score += isWordStart(t, index) ? 10 : 1;
    if (index === previous + 1) score += 5;
    previous = index;
    from = index + 1;
  }
  return score - t.length / 10;
}

/** Items that match, best first; ties keep their original order. */
export function fuzzyFilter<T>(query: string, items: readonly T[], text: (item: T) => string): T[] {
  return items
    .map((item, index) => ({ item, index, score: fuzzyScore(query, text(item)) }))
    .filter((row): row is { item: T; index: number; score: number } => row.score !== null)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((row) => row.item);
}
