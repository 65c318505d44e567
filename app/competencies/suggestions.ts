import { buildSuggestionIndex, type SuggestionIndex, suggestCompetencies } from '../../lib/competencies/suggest';
import type { Frameworks } from '../../lib/frameworks/load';

const indexes = new Map<string, SuggestionIndex>();

/** Suggestions from the active framework, built once per framework. */
export function suggestFor(frameworks: Frameworks, text: string, frameworkId: string, linked: readonly string[]) {
  let index = indexes.get(frameworkId);
  if (!index) {
    index = buildSuggestionIndex(frameworks.allElements(frameworkId));
    indexes.set(frameworkId, index);
  }
  return suggestCompetencies(text, index, { limit: 3, exclude: linked });
}
