// Lantern's own TypeScript, bundled for the bench with the vite already installed (as bench/search.mjs does):
// Node cannot import TypeScript here, and the built extension does not expose its modules.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { ROOT } from './browser.mjs';

async function bundle(lib, read) {
  const outDir = await mkdtemp(join(tmpdir(), 'lantern-bench-lib-'));
  try {
    await build({
      configFile: false,
      logLevel: 'warn',
      root: ROOT,
      build: { outDir, emptyOutDir: true, minify: false, lib },
    });
    return await read(outDir);
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

/**
 * For Node: the summary builder, the frameworks it needs, the patient-detail detector, the competency suggester, and the schemas the generated data is checked
 * against. Modules are imported before the folder is removed.
 */
export async function loadNodeLibs() {
  const entries = {
    summary: 'lib/summary/index.ts',
    frameworks: 'lib/frameworks/index.ts',
    entries: 'lib/entries/schema.ts',
    goals: 'lib/goals/schema.ts',
    privacy: 'lib/privacy/index.ts',
    competencies: 'lib/competencies/index.ts',
  };
  return bundle(
    {
      entry: Object.fromEntries(Object.entries(entries).map(([name, path]) => [name, join(ROOT, path)])),
      formats: ['es'],
      fileName: (_format, name) => `${name}.mjs`,
    },
    async (outDir) => {
      const load = (name) => import(pathToFileURL(join(outDir, `${name}.mjs`)).href);
      const [summary, frameworks, schemas, goals, privacy, competencies] = await Promise.all(
        Object.keys(entries).map(load),
      );
      return {
        buildSummary: summary.buildSummary,
        FRAMEWORKS: frameworks.FRAMEWORKS,
        Entry: schemas.Entry,
        Revision: schemas.Revision,
        Goal: goals.Goal,
        detectInEntry: privacy.detectInEntry,
        rankSuggestions: competencies.rankSuggestions,
      };
    },
  );
}

/**
 * For the page: Lantern's data layer (lib/entries/repository.ts with lib/db.ts and Dexie) as one classic
 * script that defines `__lanternData`, to evaluate in an extension page. The extension's CSP forbids inline
 * scripts, but DevTools evaluation is allowed.
 */
export function dataLayerScript() {
  return bundle(
    {
      entry: join(ROOT, 'lib/entries/repository.ts'),
      formats: ['iife'],
      name: '__lanternData',
      fileName: () => 'data.js',
    },
    (outDir) => readFile(join(outDir, 'data.js'), 'utf8'),
  );
}
