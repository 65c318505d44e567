import type { Dictionary } from './dictionary';

/** Typos forgiven in a query word: none below 5 letters (too many short words lie one edit apart), then 1, then 2. */
export function allowedTypos(term: string): number {
  if (term.length >= 8) return 2;
  return term.length >= 5 ? 1 : 0;
}

/**
 * Calls `visit(from, to, distance)` for each run of the sorted dictionary whose terms begin with something within
 * `maxDistance` edits of `query` (insertions, deletions, substitutions and swaps of neighbouring letters), so
 * "handvoer" reaches "handover" and "handovers".
 *
 * The sorted terms are walked as an implicit trie: a term shares `shared[i]` letters with the one before, so those
 * rows of the edit-distance table are kept; and once no extension of a prefix can come within `maxDistance`,
 * every term with that prefix is skipped. Only the diagonal band of each row that can stay within
 * `maxDistance` is computed (Ukkonen); cells outside it hold `maxDistance + 1`.
 */
export function forEachFuzzyRange(
  { sorted, shared }: Pick<Dictionary, 'sorted' | 'shared'>,
  query: string,
  maxDistance: number,
  visit: (from: number, to: number, distance: number) => void,
): void {
  const width = query.length + 1;
  const maxDepth = query.length + maxDistance;
  // rows[depth * width + j]: edit distance between the term's first `depth` letters and the query's first `j`.
  const rows = new Int32Array((maxDepth + 1) * width).fill(maxDistance + 1);
  for (let j = 0; j < width && j <= maxDistance; j++) rows[j] = j;
  const skip = (from: number, depth: number) => {
    let to = from + 1;
    while (to < sorted.length && (shared[to] ?? 0) >= depth) to++;
    return to;
  };

  let validDepth = 0;
  let index = 0;
  walk: while (index < sorted.length) {
    const term = sorted[index] ?? '';
    let depth = Math.min(validDepth, shared[index] ?? 0);
    const last = Math.min(term.length, maxDepth);
    while (depth < last) {
      depth++;
      const smallest = fillRow(rows, width, depth, term, query, maxDistance);
      validDepth = depth;
      const distance = rows[depth * width + width - 1] ?? maxDistance + 1;
      if (distance <= maxDistance || smallest > maxDistance) {
        const end = skip(index, depth);
        if (distance <= maxDistance) visit(index, end, distance);
        index = end;
        continue walk;
      }
    }
    validDepth = depth;
    index++;
  }
}

/** Fills the band of the row for the term's first `depth` letters and returns its smallest value. */
function fillRow(rows: Int32Array, width: number, depth: number, term: string, query: string, band: number): number {
  const row = depth * width;
  const above = row - width;
  const twoAbove = above - width;
  const letter = term.charCodeAt(depth - 1);
  const letterBefore = depth > 1 ? term.charCodeAt(depth - 2) : -1;
  let smallest = depth;
  rows[row] = depth;
  const to = Math.min(width - 1, depth + band);
  for (let j = Math.max(1, depth - band); j <= to; j++) {
    const queryLetter = query.charCodeAt(j - 1);
    const substitution = (rows[above + j - 1] ?? 0) + (queryLetter === letter ? 0 : 1);
    let value = Math.min((rows[above + j] ?? 0) + 1, (rows[row + j - 1] ?? 0) + 1, substitution);
    if (depth > 1 && j > 1 && letter === query.charCodeAt(j - 2) && letterBefore === queryLetter) {
      value = Math.min(value, (rows[twoAbove + j - 2] ?? 0) + 1);
    }
    rows[row + j] = value;
    if (value < smallest) smallest = value;
  }
  return smallest;
}
