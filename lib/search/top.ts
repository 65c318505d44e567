/**
 * The best `limit` of `candidates` in order, where `before(a, b)` says whether a ranks above b. Keeps a small
 * sorted array instead of sorting everything: typing one letter can match most of the journal, and only the
 * first page is shown.
 */
export function topRanked(candidates: readonly number[], limit: number, before: (a: number, b: number) => boolean) {
  const best: number[] = [];
  if (limit <= 0) return best;
  for (const candidate of candidates) {
    const worst = best[best.length - 1];
    if (best.length === limit && worst !== undefined && !before(candidate, worst)) continue;
    let at = best.length;
    while (at > 0 && before(candidate, best[at - 1] ?? candidate)) at--;
    best.splice(at, 0, candidate);
    if (best.length > limit) best.pop();
  }
  return best;
}
