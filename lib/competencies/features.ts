import { CONCEPTS } from './concepts';
import { stem } from './suggest';

/**
 * Turns a reflection into the word and phrase features the suggestion model reads: stemmed words that carry
 * meaning (common function words dropped) and each pair of neighbouring ones, so "listened to the nurses" gives
 * "listen", "nurs" and "listen nurs". Each feature remembers where it was first written, to show why a
 * suggestion was made.
 */
const STOP_WORDS = new Set(
  (
    'a about above after again all also am an and any are as at be been before being below between both but by can ' +
    'could did do does doing down during each few for from further had has have having he her here hers herself him ' +
    'himself his how i if in into is it its itself just me more most my myself now of off on once only or other our ' +
    'ours ourselves out over own same she should so some such than that the their theirs them themselves then there ' +
    'these they this those through to too under until up very was we were what when where which while who whom why ' +
    'will with would you your yours yourself yourselves one two got get gets getting went go going come came really ' +
    'still much many lot bit back way day week today yesterday thing things something quite rather even ever us let ' +
    'it’s i’m i’d i’ve we’d we’re we’ve don’t didn’t wasn’t weren’t isn’t couldn’t wouldn’t that’s there’s ' +
    "it's i'm i'd i've we'd we're we've that's there's"
  ).split(' '),
);

export interface Span {
  start: number;
  end: number;
}

export interface TextFeatures {
  /** Feature to how many times it occurs. */
  counts: Map<string, number>;
  /** Feature to where it is first written in the text. */
  firstSpan: Map<string, Span>;
}

interface Word {
  lemma: string;
  start: number;
  end: number;
}

function contentWords(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu)) {
    const raw = match[0].toLowerCase().replace(/['’]s$/, '');
    if (STOP_WORDS.has(raw) || raw.length < 2 || /^\d+$/.test(raw)) continue;
    const start = match.index ?? 0;
    words.push({ lemma: stem(raw.replace(/['’]/g, '')), start, end: start + match[0].length });
  }
  return words;
}

function add(found: TextFeatures, feature: string, span: Span): void {
  found.counts.set(feature, (found.counts.get(feature) ?? 0) + 1);
  if (!found.firstSpan.has(feature)) found.firstSpan.set(feature, span);
}

export function textFeatures(text: string, concepts = true): TextFeatures {
  const found: TextFeatures = { counts: new Map(), firstSpan: new Map() };
  const words = contentWords(text);
  words.forEach((word, i) => {
    add(found, word.lemma, word);
    if (concepts) for (const concept of CONCEPTS.get(word.lemma) ?? []) add(found, `~${concept}`, word);
    const next = words[i + 1];
    // A pair across a sentence break or a long gap is not a phrase.
    if (next && !/[.!?;:]/.test(text.slice(word.end, next.start)) && next.start - word.end < 16) {
      add(found, `${word.lemma} ${next.lemma}`, { start: word.start, end: next.end });
    }
  });
  return found;
}

/** Feature values as the model reads them: 1 + log(count), scaled to unit length. */
export function featureVector(counts: ReadonlyMap<string, number>): Map<string, number> {
  const vector = new Map<string, number>();
  let norm = 0;
  for (const [feature, count] of counts) {
    const value = 1 + Math.log(count);
    vector.set(feature, value);
    norm += value * value;
  }
  const scale = norm ? 1 / Math.sqrt(norm) : 0;
  for (const [feature, value] of vector) vector.set(feature, value * scale);
  return vector;
}
