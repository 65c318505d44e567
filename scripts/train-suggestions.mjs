// Trains the competency suggestion models (MLCF elements, Healthcare Leadership Model dimensions) on the
// development part of the labelled reflections, plus each element's own description, behaviours and keywords,
// and writes them to lib/competencies/model-<framework>.json. The held-out part is never read here.
//
//   node scripts/train-suggestions.mjs          cross-validate the settings below on the development part, then train
//   node scripts/train-suggestions.mjs --grid   also try the other settings in GRID, to choose between them
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SETTINGS = { iterations: 250, learningRate: 0.05, l2: 0.0005, minExamples: 2, prune: 0.2 };
const ELEMENT_WEIGHT = 0.5;
const KEYWORD_WEIGHT = { mlcf: 0.3, hlm: 0.3 };
const GRID = {
  l2: [0.0002, 0.001, 0.004],
  elementWeight: [0.5, 1],
  keywordWeight: [0, 0.5],
};
const FOLDS = 5;
/** Per label: how often it was among the top suggestions, and how often it was labelled. */
const perLabel = new Map();
const TOP = { mlcf: 3, hlm: 2 };

const server = await createServer({
  configFile: false,
  root: ROOT,
  logLevel: 'warn',
  server: { middlewareMode: true },
});
const load = (path) => server.ssrLoadModule(join(ROOT, path));
const [
  { textFeatures },
  { trainLinear },
  { rankElements },
  { buildSuggestionIndex },
  frameworks,
  corpus,
  short,
  situations,
] = await Promise.all([
  load('lib/competencies/features.ts'),
  load('lib/competencies/train/logistic.ts'),
  load('lib/competencies/rank.ts'),
  load('lib/competencies/suggest.ts'),
  load('lib/frameworks/index.ts'),
  load('tests/unit/fixtures/journal-reflections.ts'),
  load('tests/unit/fixtures/reflections.ts'),
  load('lib/competencies/train/situations.ts'),
]);
await server.close();

const development = corpus.developmentPart();
const cache = new Map();
function features(text, concepts) {
  const key = `${concepts}|${text}`;
  if (!cache.has(key)) cache.set(key, textFeatures(text, concepts).counts);
  return cache.get(key);
}

function elementExamples(frameworkId, options) {
  const weight = options.elementWeight;
  return frameworks
    .allElements(frameworkId)
    .flatMap((element) =>
      [
        `${element.name}. ${element.description}`,
        ...element.behaviours,
        element.keywords.join('. '),
        ...(options.situations === false ? [] : (situations.SITUATIONS[element.id] ?? [])),
      ].map((text) => ({ counts: features(text, options.concepts), labels: [element.id], weight })),
    );
}

function reflectionExamples(reflections, frameworkId, options) {
  return reflections.map((r) => ({ counts: features(r.text, options.concepts), labels: r[frameworkId] }));
}

/** The older short reflections carry MLCF labels only. */
function shortExamples(frameworkId, options) {
  if (frameworkId !== 'mlcf') return [];
  return [...short.REFLECTIONS, ...short.UNSEEN_REFLECTIONS].map((r) => ({
    counts: features(r.text, options.concepts),
    labels: r.elements,
  }));
}

function train(frameworkId, reflections, options) {
  const elements = frameworks.allElements(frameworkId);
  const examples = [
    ...reflectionExamples(reflections, frameworkId, options),
    ...shortExamples(frameworkId, options),
    ...elementExamples(frameworkId, options),
  ];
  const model = trainLinear(
    examples,
    elements.map((element) => element.id),
    { ...SETTINGS, ...options },
  );
  return { ...model, keywordWeight: options.keywordWeight, concepts: options.concepts };
}

function score(frameworkId, model, reflections) {
  const keywords = buildSuggestionIndex(frameworks.allElements(frameworkId));
  let hits = 0;
  let recall = 0;
  for (const r of reflections) {
    const top = rankElements(r.text, model, keywords)
      .slice(0, TOP[frameworkId])
      .map((s) => s.elementId);
    const found = r[frameworkId].filter((id) => top.includes(id)).length;
    for (const id of r[frameworkId]) {
      const seen = perLabel.get(id) ?? [0, 0];
      perLabel.set(id, [seen[0] + (top.includes(id) ? 1 : 0), seen[1] + 1]);
    }
    if (found) hits += 1;
    recall += found / Math.min(r[frameworkId].length, TOP[frameworkId]);
  }
  return { hit: hits / reflections.length, recall: recall / reflections.length };
}

function crossValidate(frameworkId, options) {
  const totals = { hit: 0, recall: 0 };
  for (let fold = 0; fold < FOLDS; fold += 1) {
    const trainOn = development.filter((_, i) => i % FOLDS !== fold);
    const testOn = development.filter((_, i) => i % FOLDS === fold);
    const result = score(frameworkId, train(frameworkId, trainOn, options), testOn);
    totals.hit += (result.hit * testOn.length) / development.length;
    totals.recall += (result.recall * testOn.length) / development.length;
  }
  return totals;
}

const show = (frameworkId, options, r) =>
  `${frameworkId} ${JSON.stringify(options)}: top-${TOP[frameworkId]} hit ${r.hit.toFixed(3)}, recall ${r.recall.toFixed(3)}`;

for (const frameworkId of ['mlcf', 'hlm']) {
  const chosen = {
    l2: SETTINGS.l2,
    elementWeight: ELEMENT_WEIGHT,
    keywordWeight: KEYWORD_WEIGHT[frameworkId],
    concepts: true,
  };
  const experiments = process.argv.indexOf('--try');
  if (experiments > 0) {
    for (const options of JSON.parse(process.argv[experiments + 1]))
      console.log(show(frameworkId, options, crossValidate(frameworkId, options)));
    if (process.argv.includes('--detail'))
      console.log(
        [...perLabel]
          .sort()
          .map(([id, [found, all]]) => `${id} ${found}/${all}`)
          .join(', '),
      );
    perLabel.clear();
    continue;
  }
  if (process.argv.includes('--grid')) {
    for (const l2 of GRID.l2)
      for (const elementWeight of GRID.elementWeight)
        for (const keywordWeight of GRID.keywordWeight) {
          const options = { l2, elementWeight, keywordWeight };
          console.log(show(frameworkId, options, crossValidate(frameworkId, options)));
        }
  }
  console.log(
    `cross-validated on ${development.length} reflections:`,
    show(frameworkId, chosen, crossValidate(frameworkId, chosen)),
  );
  const model = train(frameworkId, development, chosen);
  const json = JSON.stringify(model);
  await writeFile(join(ROOT, `lib/competencies/model-${frameworkId}.json`), `${json}\n`);
  console.log(`${frameworkId}: ${Object.keys(model.weights).length} features, ${(json.length / 1024).toFixed(1)} kB`);
}
