import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The layers, checked rather than hoped: lib/ is plain TypeScript; app/ (the application: workbench
// state, commands, caches, actions) may use lib/ but no view; components/ render and dispatch;
// entrypoints/ wire it all. Imports read from the source text, as written.
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const LAYERS = ['lib', 'app', 'components', 'entrypoints'] as const;

interface Import {
  from: string;
  /** What was written: a package name, or a path relative to the importing file. */
  specifier: string;
  /** The file imported, from the repository root, without extension, when relative. */
  target: string | null;
  /** Erased when compiled (`import type`, or every name marked `type`): it loads nothing at run time. */
  typeOnly: boolean;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name) && !name.endsWith('.d.ts'))
    .map((name) => join(folder, name));
}

const STATIC = /^\s*(import|export)\s+(type\s+)?([^'"]*?)\s*from\s*['"]([^'"]+)['"]/gm;
const BARE = /^\s*import\s+['"]([^'"]+)['"]/gm;
const DYNAMIC = /(?<!typeof )import\(\s*['"]([^'"]+)['"]\s*\)/g;

function importsOf(file: string): Import[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const toTarget = (specifier: string) =>
    specifier.startsWith('.') ? relative(ROOT, resolve(ROOT, dirname(file), specifier)).replace(/\.tsx?$/, '') : null;
  const found: Import[] = [];
  for (const [, , typeKeyword, names = '', specifier = ''] of text.matchAll(STATIC)) {
    const inline = /^\{([^}]*)\}$/.exec(names.trim())?.[1];
    const allInlineTypes =
      !!inline &&
      inline
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean)
        .every((name) => name.startsWith('type '));
    found.push({ from: file, specifier, target: toTarget(specifier), typeOnly: !!typeKeyword || allInlineTypes });
  }
  for (const [, specifier = ''] of [...text.matchAll(BARE), ...text.matchAll(DYNAMIC)]) {
    found.push({ from: file, specifier, target: toTarget(specifier), typeOnly: false });
  }
  return found;
}

const FILES = new Set(LAYERS.flatMap((layer) => sourceFiles(layer)));
const IMPORTS = [...FILES].flatMap(importsOf);
const layerOf = (path: string) => path.split('/')[0];
const show = (found: Import) => `${found.from} imports ${found.specifier}`;

function offending(layer: string, rule: (found: Import) => boolean): string[] {
  return IMPORTS.filter((found) => layerOf(found.from) === layer && rule(found)).map(show);
}

const isPreact = (found: Import) => /^preact(\/|$)|^@preact\//.test(found.specifier);

describe('the layers', () => {
  it('finds the imports it checks (a guard against a parser that finds nothing)', () => {
    expect(IMPORTS.filter((found) => found.from === 'app/workbench/commands.ts').length).toBeGreaterThan(5);
    expect(IMPORTS.some((found) => found.typeOnly)).toBe(true);
    expect(IMPORTS.some((found) => isPreact(found))).toBe(true);
  });

  it('lib/ imports no application, view or entrypoint, and no Preact', () => {
    expect(
      offending('lib', (found) => ['app', 'components', 'entrypoints'].includes(layerOf(found.target ?? '') ?? '')),
    ).toEqual([]);
    expect(offending('lib', isPreact)).toEqual([]);
  });

  it('app/ imports no view (no .tsx, nothing in components/ or entrypoints/) and no Preact', () => {
    const tsx = (found: Import) => FILES.has(`${found.target}.tsx`);
    expect(
      offending(
        'app',
        (found) => ['components', 'entrypoints'].includes(layerOf(found.target ?? '') ?? '') || tsx(found),
      ),
    ).toEqual([]);
    expect(offending('app', isPreact)).toEqual([]);
  });

  it('components/ import no entrypoint', () => {
    expect(offending('components', (found) => layerOf(found.target ?? '') === 'entrypoints')).toEqual([]);
  });

  it('turns markdown into HTML in one place only: lib/markdown/render, through the sanitiser', () => {
    const makesHtml = IMPORTS.filter((found) => /^(marked|dompurify)$/.test(found.specifier)).map(
      (found) => found.from,
    );
    expect([...new Set(makesHtml)]).toEqual(['lib/markdown/render.ts']);
  });

  it('has no run-time import cycle between the folders of lib/', () => {
    // A folder of lib/ (or a single file at its top) is one node; a type-only import is no edge.
    // Without the extension: an importing file is named with it (`lib/db.ts`), an imported one without (`lib/db`).
    const node = (path: string) =>
      path
        .replace(/\.tsx?$/, '')
        .split('/')
        .slice(0, 2)
        .join('/');
    const edges = new Map<string, Set<string>>();
    for (const found of IMPORTS) {
      if (layerOf(found.from) !== 'lib' || found.typeOnly || !found.target?.startsWith('lib/')) continue;
      const [from, to] = [node(found.from), node(found.target)];
      if (from !== to) edges.set(from, (edges.get(from) ?? new Set()).add(to));
    }
    expect(cycles(edges)).toEqual(KNOWN_CYCLES);
  });
});

const KNOWN_CYCLES: string[] = [];

/** Each cycle once, as the path round it (`a → b → a`). */
function cycles(edges: Map<string, Set<string>>): string[] {
  const found = new Set<string>();
  const walk = (start: string, at: string, path: string[]) => {
    for (const next of edges.get(at) ?? []) {
      if (next === start) found.add([...path, start].join(' → '));
      else if (!path.includes(next) && next > start) walk(start, next, [...path, next]);
    }
  };
  for (const start of edges.keys()) walk(start, start, [start]);
  return [...found];
}
