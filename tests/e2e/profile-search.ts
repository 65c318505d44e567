import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

function* filesUnder(dir: string): Generator<string> {
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, item.name);
    if (item.isDirectory()) yield* filesUnder(path);
    else if (item.isFile()) yield path;
  }
}

/**
 * Every place a word appears in the files under `dir`, as Chromium may write it: UTF-8 (IndexedDB,
 * most files) or UTF-16LE (session restore). Each hit reads "path: word (encoding)".
 */
export function findWords(dir: string, words: readonly string[]): string[] {
  const hits: string[] = [];
  for (const path of filesUnder(dir)) {
    const bytes = readFileSync(path);
    for (const word of words) {
      for (const encoding of ['utf8', 'utf16le'] as const) {
        if (bytes.includes(Buffer.from(word, encoding))) hits.push(`${relative(dir, path)}: ${word} (${encoding})`);
      }
    }
  }
  return hits;
}
