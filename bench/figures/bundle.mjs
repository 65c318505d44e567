// Bundle: gzip size of the JavaScript the built sidepanel.html loads before it can run — its module scripts,
// modulepreloads, the chunks its entry script imports (at once, by import(), to evaluate them in tasks of their
// own: entrypoints/sidepanel/main.tsx) and everything those import statically — apart from chunks loaded later by
// import().
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const STATIC_IMPORT = /(?:\bimport|\bexport)\s*(?:[\w*${}\s,]+from\s*)?["'`]([^"'`]+\.js)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;

const strip = (path) => path.replace(/^\/+/, '');

function sizes(dir, file) {
  const bytes = readFileSync(join(dir, file));
  // gzip at zlib's default level (6), as `gzip` and most servers use.
  return { file, raw: bytes.length, gzip: gzipSync(bytes).length };
}

export function measureBundle(extensionDir) {
  const html = readFileSync(join(extensionDir, 'sidepanel.html'), 'utf8');
  const entry = [
    ...[...html.matchAll(/<script\b[^>]*\bsrc=["']([^"']+)["'][^>]*>/g)].map((match) => match[1]),
    ...[...html.matchAll(/<link\b[^>]*rel=["']modulepreload["'][^>]*>/g)].flatMap(
      (match) => /href=["']([^"']+)["']/.exec(match[0])?.[1] ?? [],
    ),
  ].map(strip);
  const css = [...html.matchAll(/<link\b[^>]*rel=["']stylesheet["'][^>]*>/g)]
    .flatMap((match) => /href=["']([^"']+)["']/.exec(match[0])?.[1] ?? [])
    .map(strip);

  // Follow static imports from the entry scripts; note the dynamic ones as lazy.
  const initial = new Set();
  const lazy = new Set();
  const queue = [...entry];
  while (queue.length) {
    const file = queue.shift();
    if (initial.has(file)) continue;
    initial.add(file);
    const code = readFileSync(join(extensionDir, file), 'utf8');
    const resolveFrom = (specifier) => strip(posix.normalize(posix.join(posix.dirname(file), specifier)));
    // The entry script itself imports what it loads at open, in steps: those imports are initial too.
    for (const match of code.matchAll(DYNAMIC_IMPORT))
      if (entry.includes(file)) queue.push(resolveFrom(match[1]));
      else lazy.add(resolveFrom(match[1]));
    for (const match of code.replace(DYNAMIC_IMPORT, '').matchAll(STATIC_IMPORT)) queue.push(resolveFrom(match[1]));
  }
  // Every other script in the build that is not the background service worker loads lazily (if at all).
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  const worker = strip(manifest.background?.service_worker ?? 'background.js');
  const scripts = readdirSync(extensionDir, { recursive: true })
    .map((file) => String(file).split('\\').join('/'))
    .filter((file) => file.endsWith('.js'));
  // Workers the page starts (Vite names them `<source>.worker-<hash>.js`) run off the page's thread: counted apart.
  const workers = scripts.filter((file) => /\.worker-[\w-]+\.js$/.test(file));
  for (const file of scripts) if (!initial.has(file) && file !== worker && !workers.includes(file)) lazy.add(file);

  const initialFiles = [...initial].map((file) => sizes(extensionDir, file));
  return {
    initial: initialFiles,
    initialGzip: initialFiles.reduce((sum, file) => sum + file.gzip, 0),
    initialRaw: initialFiles.reduce((sum, file) => sum + file.raw, 0),
    lazy: [...lazy].filter((file) => !initial.has(file)).map((file) => sizes(extensionDir, file)),
    css: css.map((file) => sizes(extensionDir, file)),
    pageWorkers: workers.map((file) => sizes(extensionDir, file)),
    worker: scripts.includes(worker) ? [sizes(extensionDir, worker)] : [],
  };
}
