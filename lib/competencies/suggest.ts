/**
 * Suggests competencies for an entry from its own text, on this device. Each element carries
 * keywords (words and short phrases); an entry scores an element by the keywords it contains,
 * weighting phrases above single words and words that few elements share above common ones.
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

/** A light stemmer: enough for "listening"/"listened"/"listens" to meet "listen". */
export function stem(word: string): string {
  const w = word.toLowerCase();
  if (w.length <= 4) return w;
  for (const suffix of ['ations', 'ation', 'ments', 'ment', 'ings', 'ing', 'ies', 'ied', 'ed', 'es', 's', 'ly']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) {
      const base = w.slice(0, -suffix.length);
      return suffix === 'ies' || suffix === 'ied' ? `${base}y` : base;
    }
  }
  return w;
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
  return { keywords: [...byKeyword.values()] };
}

function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

export function suggestCompetencies(
  text: string,
  index: SuggestionIndex,
  options: { limit?: number; exclude?: readonly string[]; minScore?: number } = {},
): Suggestion[] {
  const words = stems(text);
  if (!words.length) return [];
  const wordSet = new Set(words);
  const scores = new Map<string, Suggestion>();
  for (const keyword of index.keywords) {
    const found = keyword.stems.length === 1 ? wordSet.has(keyword.stems[0] ?? '') : containsRun(words, keyword.stems);
    if (!found) continue;
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
    .slice(0, options.limit ?? 5);
}
