import { buildSuggestionIndex, type SuggestionIndex, suggestCompetencies } from '../../lib/competencies/suggest';
import { allElements } from '../../lib/frameworks';

const indexes = new Map<string, SuggestionIndex>();

/** Suggestions from the active framework, built once per framework. */
export function suggestFor(text: string, frameworkId: string, linked: readonly string[]) {
  let index = indexes.get(frameworkId);
  if (!index) {
    index = buildSuggestionIndex(allElements(frameworkId));
    indexes.set(frameworkId, index);
  }
  return suggestCompetencies(text, index, { limit: 3, exclude: linked });
}
