import { hlm } from '../frameworks/hlm';
import { mlcf } from '../frameworks/mlcf';
import type { Framework } from '../frameworks/schema';
import type { LinearModel } from './model';
import hlmModel from './model-hlm.json';
import mlcfModel from './model-mlcf.json';
import { type RankedElement, rankElements } from './rank';
import { buildSuggestionIndex, type SuggestionIndex } from './suggest';

export { countByElement, entriesForElement } from './counts';
export type { RankedElement } from './rank';
export { buildSuggestionIndex, type SuggestableElement, type Suggestion, stem, suggestCompetencies } from './suggest';

/**
 * Competency suggestions for the frameworks Lantern has a trained model for (see
 * scripts/train-suggestions.mjs): the model's reading of the text plus the framework's own keywords.
 * For the Healthcare Leadership Model each dimension has one element, so its element id stands for the dimension.
 */
export type ModelFrameworkId = 'mlcf' | 'hlm';

const FRAMEWORKS: Record<ModelFrameworkId, { framework: Framework; model: LinearModel }> = {
  mlcf: { framework: mlcf, model: mlcfModel },
  hlm: { framework: hlm, model: hlmModel },
};
const keywordIndexes = new Map<ModelFrameworkId, SuggestionIndex>();

export function hasSuggestionModel(frameworkId: string): frameworkId is ModelFrameworkId {
  return Object.hasOwn(FRAMEWORKS, frameworkId);
}

/** Every element of the framework, best first, each with the passages that support it. */
export function rankSuggestions(text: string, frameworkId: ModelFrameworkId): RankedElement[] {
  if (!hasSuggestionModel(frameworkId)) {
    throw new Error(`Suggestions need MLCF (mlcf) or the Healthcare Leadership Model (hlm), not “${frameworkId}”.`);
  }
  const { framework, model } = FRAMEWORKS[frameworkId];
  let keywords = keywordIndexes.get(frameworkId);
  if (!keywords) {
    keywords = buildSuggestionIndex(framework.domains.flatMap((domain) => domain.elements));
    keywordIndexes.set(frameworkId, keywords);
  }
  return rankElements(text, model, keywords);
}

/** The `limit` element ids that best fit the text, best first, with no minimum score. */
export function suggest(text: string, frameworkId: ModelFrameworkId, limit: number): string[] {
  return rankSuggestions(text, frameworkId)
    .slice(0, Math.max(0, Math.floor(limit)))
    .map((ranked) => ranked.elementId);
}
