// Suggestions: what the editor does each time an entry's text changes with MLCF or the Healthcare Leadership
// Model active — rank every element for the whole text (lib/competencies, bundled for Node by bench/libs.mjs) —
// over a 300-word entry made of generated entry bodies, timed in Node after two warm-up calls.
import { performance } from 'node:perf_hooks';

export const SUGGESTION_WORDS = 300;

/** The first 300 words of the generated bodies, run together as one entry. */
export function suggestionEntry(entries) {
  const words = [];
  for (const entry of entries) {
    words.push(...entry.body.split(/\s+/).filter(Boolean));
    if (words.length >= SUGGESTION_WORDS) break;
  }
  return words.slice(0, SUGGESTION_WORDS).join(' ');
}

export function measureSuggestions(libs, text, runs) {
  const rank = () => {
    libs.rankSuggestions(text, 'mlcf');
    libs.rankSuggestions(text, 'hlm');
  };
  rank();
  rank();
  const times = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    rank();
    times.push(performance.now() - started);
  }
  return times;
}
