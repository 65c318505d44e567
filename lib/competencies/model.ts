/**
 * A linear model over word and phrase features, trained on labelled reflections by
 * `scripts/train-suggestions.mjs` and shipped as JSON. Scoring is a sparse dot product per element.
 */
export interface LinearModel {
  /** Element ids, one per class. */
  classes: string[];
  bias: number[];
  /** Feature to its non-zero weights, flattened as class index, weight, class index, weight… */
  weights: Record<string, number[]>;
  /** How much the framework's own keyword matches add to a class's score. */
  keywordWeight: number;
  /** Whether it reads the word groups of ./concepts as features too. */
  concepts: boolean;
}

export function classScores(model: LinearModel, vector: ReadonlyMap<string, number>): number[] {
  const scores = [...model.bias];
  for (const [feature, value] of vector) {
    const row = model.weights[feature];
    if (!row) continue;
    for (let i = 0; i < row.length; i += 2) {
      const index = row[i] ?? 0;
      scores[index] = (scores[index] ?? 0) + value * (row[i + 1] ?? 0);
    }
  }
  return scores;
}

/** The features present that push one class up, strongest first. */
export function supportingFeatures(
  model: LinearModel,
  vector: ReadonlyMap<string, number>,
  classIndex: number,
): { feature: string; weight: number }[] {
  const found: { feature: string; weight: number }[] = [];
  for (const [feature, value] of vector) {
    const row = model.weights[feature];
    if (!row) continue;
    for (let i = 0; i < row.length; i += 2) {
      const weight = (row[i + 1] ?? 0) * value;
      if (row[i] === classIndex && weight > 0) found.push({ feature, weight });
    }
  }
  return found.sort((a, b) => b.weight - a.weight);
}
