import type { RankedElement } from '../../lib/competencies/rank';
import type { Suggestion } from '../../lib/competencies/suggest';
import type { Frameworks } from '../../lib/frameworks/load';

/**
 * The suggestion models (about 60 kB gzip of weights) load when an editable entry first asks for
 * suggestions, not with the side panel.
 */
export type Suggester = typeof import('../../lib/competencies');

let loaded: Suggester | undefined;
let loading: Promise<Suggester> | undefined;

export function loadSuggester(): Promise<Suggester> {
  loading ??= import('../../lib/competencies').then((module) => {
    loaded = module;
    return module;
  });
  return loading;
}

/** The suggester if it has loaded, else undefined (call loadSuggester to load it). */
export function loadedSuggester(): Suggester | undefined {
  return loaded;
}

const indexes = new Map<string, ReturnType<Suggester['buildSuggestionIndex']>>();
const SHOWN = 3;

/**
 * Up to three suggestions from the active framework, each with the words that prompted it. MLCF and the
 * Healthcare Leadership Model use the trained ranking, showing only elements the text gives some support for;
 * other frameworks match their keywords.
 */
export function suggestFor(
  suggester: Suggester,
  frameworks: Frameworks,
  text: string,
  frameworkId: string,
  linked: readonly string[],
): Suggestion[] {
  if (suggester.hasSuggestionModel(frameworkId))
    return shownSuggestions(suggester.rankSuggestions(text, frameworkId), linked);
  let index = indexes.get(frameworkId);
  if (!index) {
    index = suggester.buildSuggestionIndex(frameworks.allElements(frameworkId));
    indexes.set(frameworkId, index);
  }
  return suggester.suggestCompetencies(text, index, { limit: SHOWN, exclude: linked });
}

/** The ranked elements shown as suggestions: the best three the text gives some support for, none linked already. */
export function shownSuggestions(ranked: readonly RankedElement[], linked: readonly string[]): Suggestion[] {
  const excluded = new Set(linked);
  return ranked.filter((each) => !excluded.has(each.elementId) && each.matched.length > 0).slice(0, SHOWN);
}
