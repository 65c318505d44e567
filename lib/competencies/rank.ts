import { featureVector, type Span, textFeatures } from './features';
import { classScores, type LinearModel, supportingFeatures } from './model';
import { type SuggestionIndex, stem, suggestCompetencies } from './suggest';

export interface RankedElement {
  elementId: string;
  score: number;
  /** The passages of the text that most support it, as written, strongest first. */
  matched: string[];
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const stemmed = (passage: string) =>
  passage
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map(stem)
    .join(' ');

/** Keyword matches first (as the keyword list spells them), then passages saying something else, at most four. */
function merge(keywords: readonly string[], passages: readonly string[]): string[] {
  const seen = new Set(keywords.map(stemmed));
  const fresh = passages.filter((passage) => !seen.has(stemmed(passage)));
  return [...keywords, ...fresh].slice(0, 4);
}

/** Up to `most` passages for one class: its strongest features, as written, never two overlapping. */
function why(
  text: string,
  spans: ReadonlyMap<string, Span>,
  supporting: readonly { feature: string }[],
  most: number,
): string[] {
  const chosen: Span[] = [];
  for (const { feature } of supporting) {
    const span = spans.get(feature);
    if (!span || chosen.some((other) => overlaps(span, other))) continue;
    chosen.push(span);
    if (chosen.length === most) break;
  }
  return chosen.map((span) => text.slice(span.start, span.end).toLowerCase());
}

/**
 * Every class of the model, best first: the model's score for the text plus, weighted, the framework's own
 * keyword matches. No minimum score, so a short text still gets a full ranking.
 */
export function rankElements(text: string, model: LinearModel, keywords: SuggestionIndex): RankedElement[] {
  const found = textFeatures(text, model.concepts);
  const vector = featureVector(found.counts);
  const scores = classScores(model, vector);
  const keywordMatches = new Map(
    suggestCompetencies(text, keywords, { limit: model.classes.length, minScore: 0 }).map((s) => [s.elementId, s]),
  );
  return model.classes
    .map((elementId, index) => {
      const keyword = keywordMatches.get(elementId);
      const score = (scores[index] ?? 0) + model.keywordWeight * (keyword?.score ?? 0);
      const fromModel = why(text, found.firstSpan, supportingFeatures(model, vector, index), 4);
      return { elementId, score, matched: merge(keyword?.matched ?? [], fromModel) };
    })
    .sort((a, b) => b.score - a.score || a.elementId.localeCompare(b.elementId));
}
