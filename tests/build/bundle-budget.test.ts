import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureBundle } from '../../bench/figures/bundle.mjs';

const EXTENSION_DIR = resolve('.output/chrome-mv3');

/** The side panel must open quickly on a hospital PC: what it loads before it can run stays under this. */
const INITIAL_JS_BUDGET_GZIP = 120_000;

describe('the side panel’s initial JavaScript', () => {
  it('stays within its 120 kB (gzip) budget, everything else loading when first wanted', () => {
    if (!existsSync(resolve(EXTENSION_DIR, 'manifest.json'))) {
      throw new Error('No Chrome build at .output/chrome-mv3: run "npm run build" first.');
    }
    const { initial, initialGzip, lazy } = measureBundle(EXTENSION_DIR);
    const biggest = [...initial].sort((a, b) => b.gzip - a.gzip).slice(0, 5);
    const listing = biggest.map((file) => `${file.file} ${(file.gzip / 1000).toFixed(1)} kB`).join(', ');
    expect(initialGzip, `initial JS ${(initialGzip / 1000).toFixed(1)} kB gzip; largest: ${listing}`).toBeLessThan(
      INITIAL_JS_BUDGET_GZIP,
    );
    // Lazy chunks exist: the measure follows static imports only, so a build with none would be suspicious.
    expect(lazy.length).toBeGreaterThan(5);
  });
});
