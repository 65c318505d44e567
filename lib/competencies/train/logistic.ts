import { featureVector } from '../features';
import type { LinearModel } from '../model';

/**
 * Multinomial logistic regression, trained full-batch with Adam: used only by the training script and tests,
 * never shipped. A reflection with several labels spreads its target evenly across them.
 */
export interface Example {
  counts: ReadonlyMap<string, number>;
  labels: readonly string[];
  /** How much the example counts (element descriptions count less than reflections); 1 by default. */
  weight?: number;
}

export interface TrainOptions {
  iterations: number;
  learningRate: number;
  /** L2 penalty on the weights. */
  l2: number;
  /** A feature must occur in this many examples to be learned. */
  minExamples: number;
  /** Weights smaller than this are dropped from the shipped model. */
  prune: number;
  /** One softmax over the elements, or one yes/no model per element (better when reflections have several labels). */
  loss?: 'softmax' | 'one-vs-rest';
}

interface Row {
  features: Int32Array;
  values: Float64Array;
  target: Float64Array;
  weight: number;
}

function vocabulary(examples: readonly Example[], minExamples: number): Map<string, number> {
  const seen = new Map<string, number>();
  for (const example of examples)
    for (const feature of example.counts.keys()) seen.set(feature, (seen.get(feature) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [feature, count] of [...seen].sort((a, b) => a[0].localeCompare(b[0]))) {
    if (count >= minExamples) index.set(feature, index.size);
  }
  return index;
}

function toRows(
  examples: readonly Example[],
  index: Map<string, number>,
  classes: readonly string[],
  spread: boolean,
): Row[] {
  return examples.map((example) => {
    const kept = [...featureVector(example.counts)].filter(([feature]) => index.has(feature));
    const target = new Float64Array(classes.length);
    const labels = example.labels.filter((label) => classes.includes(label));
    for (const label of labels) target[classes.indexOf(label)] = spread ? 1 / labels.length : 1;
    return {
      features: Int32Array.from(kept, ([feature]) => index.get(feature) ?? 0),
      values: Float64Array.from(kept, ([, value]) => value),
      target,
      weight: example.weight ?? 1,
    };
  });
}

/** Turns scores into probabilities in place: a softmax, or a sigmoid for each class. */
function probabilities(z: Float64Array, independent: boolean): void {
  if (independent) {
    for (let c = 0; c < z.length; c += 1) z[c] = 1 / (1 + Math.exp(-(z[c] ?? 0)));
    return;
  }
  const max = Math.max(...z);
  let sum = 0;
  for (let c = 0; c < z.length; c += 1) {
    z[c] = Math.exp((z[c] ?? 0) - max);
    sum += z[c] ?? 0;
  }
  for (let c = 0; c < z.length; c += 1) z[c] = (z[c] ?? 0) / sum;
}

export function trainLinear(
  examples: readonly Example[],
  classes: readonly string[],
  options: TrainOptions,
): LinearModel {
  const index = vocabulary(examples, options.minExamples);
  const ovr = options.loss === 'one-vs-rest';
  const rows = toRows(examples, index, classes, !ovr);
  const C = classes.length;
  const params = new Float64Array((index.size + 1) * C); // the last C are the biases
  const m = new Float64Array(params.length);
  const v = new Float64Array(params.length);
  const grad = new Float64Array(params.length);
  const biasAt = index.size * C;
  const total = rows.reduce((sum, row) => sum + row.weight, 0);
  const z = new Float64Array(C);
  for (let t = 1; t <= options.iterations; t += 1) {
    grad.fill(0);
    for (const row of rows) {
      for (let c = 0; c < C; c += 1) z[c] = params[biasAt + c] ?? 0;
      row.features.forEach((f, k) => {
        for (let c = 0; c < C; c += 1) z[c] = (z[c] ?? 0) + (row.values[k] ?? 0) * (params[f * C + c] ?? 0);
      });
      probabilities(z, ovr);
      const scale = row.weight / total;
      for (let c = 0; c < C; c += 1) z[c] = ((z[c] ?? 0) - (row.target[c] ?? 0)) * scale;
      row.features.forEach((f, k) => {
        for (let c = 0; c < C; c += 1) grad[f * C + c] = (grad[f * C + c] ?? 0) + (row.values[k] ?? 0) * (z[c] ?? 0);
      });
      for (let c = 0; c < C; c += 1) grad[biasAt + c] = (grad[biasAt + c] ?? 0) + (z[c] ?? 0);
    }
    for (let p = 0; p < params.length; p += 1) {
      const g = (grad[p] ?? 0) + (p < biasAt ? options.l2 * (params[p] ?? 0) : 0);
      m[p] = 0.9 * (m[p] ?? 0) + 0.1 * g;
      v[p] = 0.999 * (v[p] ?? 0) + 0.001 * g * g;
      const mHat = (m[p] ?? 0) / (1 - 0.9 ** t);
      const vHat = (v[p] ?? 0) / (1 - 0.999 ** t);
      params[p] = (params[p] ?? 0) - (options.learningRate * mHat) / (Math.sqrt(vHat) + 1e-8);
    }
  }
  return toModel(params, index, classes, options.prune);
}

const round = (value: number) => Math.round(value * 100) / 100;

function toModel(
  params: Float64Array,
  index: Map<string, number>,
  classes: readonly string[],
  prune: number,
): LinearModel {
  const C = classes.length;
  const weights: Record<string, number[]> = {};
  for (const [feature, f] of index) {
    const row: number[] = [];
    for (let c = 0; c < C; c += 1) {
      const weight = round(params[f * C + c] ?? 0);
      if (Math.abs(weight) >= prune) row.push(c, weight);
    }
    if (row.length) weights[feature] = row;
  }
  const bias = Array.from(params.subarray(index.size * C), round);
  return { classes: [...classes], bias, weights, keywordWeight: 0, concepts: true };
}
