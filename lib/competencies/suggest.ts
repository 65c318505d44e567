/**
 * Suggests competencies for an entry from its own text, on this device. Each element carries
 * keywords (words and short phrases); an entry scores an element by the keywords it contains,
 * weighting phrases above single words and words that few elements share above common ones. A keyword
 * found only inside a longer one that matched ("conflict" in "conflict of interest") does not count.
 */
export interface SuggestableElement {
  id: string;
  name: string;
  keywords: readonly string[];
}

export interface Suggestion {
  elementId: string;
  score: number;
  /** The words in the entry that triggered it, as written in the keyword list. */
  matched: string[];
}

const SUFFIXES = [
  'ations',
  'ation',
  'ating',
  'ated',
  'ates',
  'ate',
  'ments',
  'ment',
  'ings',
  'ing',
  'ies',
  'ied',
  'ed',
  'es',
  's',
  'ly',
];

/**
 * A light stemmer: enough for "listening"/"listened"/"listens" to meet "listen", "nurses" to meet "nurse" and
 * "escalated" to meet "escalation". Keywords and entries go through the same function, so a stem only has to be
 * consistent, not a real word.
 */
export function stem(word: string): string {
  const w = word.toLowerCase();
  if (w.length <= 4) return w;
  let base = w;
  for (const suffix of SUFFIXES) {
    if (!w.endsWith(suffix) || w.length - suffix.length < (suffix === 'ly' ? 5 : 4)) continue;
    // "process", "focus" and "analysis" are not plurals; the longer base for -ly keeps "family" and "supply" whole.
    if (suffix === 's' && /(?:ss|us|is)$/.test(w)) break;
    base = w.slice(0, -suffix.length);
    if (suffix === 'ies' || suffix === 'ied') base += 'y';
    break;
  }
  // A silent final e goes too, so "nurse" meets "nurses" and "prioritise" meets "prioritising".
  return base.length > 4 && base.endsWith('e') ? base.slice(0, -1) : base;
}

function stems(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map(stem);
}

interface IndexedKeyword {
  keyword: string;
  stems: string[];
  elementIds: string[];
}

export interface SuggestionIndex {
  keywords: IndexedKeyword[];
  /** Keywords by their first stem, so matching reads the entry once. */
  byFirstStem: Map<string, IndexedKeyword[]>;
}

/** Builds the keyword index once per set of elements (frameworks are static data). */
export function buildSuggestionIndex(elements: readonly SuggestableElement[]): SuggestionIndex {
  const byKeyword = new Map<string, IndexedKeyword>();
  for (const element of elements) {
    for (const keyword of element.keywords) {
      const key = stems(keyword).join(' ');
      if (!key) continue;
      const entry = byKeyword.get(key) ?? { keyword, stems: key.split(' '), elementIds: [] };
      if (!entry.elementIds.includes(element.id)) entry.elementIds.push(element.id);
      byKeyword.set(key, entry);
    }
  }
  const keywords = [...byKeyword.values()];
  const byFirstStem = new Map<string, IndexedKeyword[]>();
  for (const keyword of keywords) {
    const first = keyword.stems[0] ?? '';
    const sharing = byFirstStem.get(first);
    if (sharing) sharing.push(keyword);
    else byFirstStem.set(first, [keyword]);
  }
  return { keywords, byFirstStem };
}

interface Match {
  keyword: IndexedKeyword;
  start: number;
  end: number;
}

function findMatches(words: readonly string[], index: SuggestionIndex): Match[] {
  const matches: Match[] = [];
  words.forEach((word, start) => {
    for (const keyword of index.byFirstStem.get(word) ?? []) {
      if (keyword.stems.every((s, j) => words[start + j] === s)) {
        matches.push({ keyword, start, end: start + keyword.stems.length });
      }
    }
  });
  return matches;
}

/**
 * Drops each match that lies inside a longer one, so "options appraisal" does not also count as "appraisal"
 * and "conflict of interest" not also as "conflict".
 */
function longestMatches(matches: readonly Match[]): Match[] {
  const furthestFrom = new Map<number, number>();
  for (const m of matches) furthestFrom.set(m.start, Math.max(furthestFrom.get(m.start) ?? 0, m.end));
  const starts = [...furthestFrom.keys()].sort((a, b) => a - b);
  // The furthest end reached by any match that starts before each start.
  const reachBefore = new Map<number, number>();
  let reach = -1;
  for (const start of starts) {
    reachBefore.set(start, reach);
    reach = Math.max(reach, furthestFrom.get(start) ?? 0);
  }
  return matches.filter((m) => (reachBefore.get(m.start) ?? -1) < m.end && (furthestFrom.get(m.start) ?? 0) <= m.end);
}

export function suggestCompetencies(
  text: string,
  index: SuggestionIndex,
  options: { limit?: number; exclude?: readonly string[]; minScore?: number } = {},
): Suggestion[] {
  const found = new Set(longestMatches(findMatches(stems(text), index)).map((m) => m.keyword));
  const scores = new Map<string, Suggestion>();
  for (const keyword of found) {
    // Phrases say more than single words; a keyword shared by many elements says less.
    const weight = (keyword.stems.length > 1 ? 2 : 1) / Math.sqrt(keyword.elementIds.length);
    for (const elementId of keyword.elementIds) {
      const suggestion = scores.get(elementId) ?? { elementId, score: 0, matched: [] };
      suggestion.score += weight;
      suggestion.matched.push(keyword.keyword);
      scores.set(elementId, suggestion);
    }
  }
  const exclude = new Set(options.exclude ?? []);
  return [...scores.values()]
    .filter((suggestion) => !exclude.has(suggestion.elementId) && suggestion.score >= (options.minScore ?? 1))
    .sort((a, b) => b.score - a.score || a.elementId.localeCompare(b.elementId))
    .slice(0, Math.max(0, options.limit ?? 5));
}
