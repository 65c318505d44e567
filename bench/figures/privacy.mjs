// Patient-detail detection while typing: detectInEntry (lib/privacy, bundled for Node by bench/libs.mjs) over a
// 3,000-word entry, once per keystroke, timed in Node. The entry is generated bodies with, every tenth sentence,
// one that gives a detector work (titled and first names, names on no list, public figures, dates, numbers, an
// address), since the generated text alone holds few. A sentence is typed letter by letter in the middle of the
// entry, and each key is one full scan of every field, as the editor runs it once typing pauses (it may run on
// every key).
import { performance } from 'node:perf_hooks';
import { figure } from '../report.mjs';
import { acrossRuns, median, quantile } from '../stats.mjs';

const BUSY = [
  'Mrs Stevens was frightened on the ward and asked for her daughter.',
  'Mr Hunt, as health secretary, spoke about seven-day services in 2015.',
  'I sat with Sarah after the scan, and she lives at 14 Acacia Avenue.',
  'NHS number 485 736 5729 was on the list seen on 3 March, DOB 03/07/1948.',
  'Dr Patel, my supervisor, presented the audit of 120 notes (62% complete) at 08:30.',
  'A 41-year-old woman from Kirkby Lonsdale with acromegaly came to clinic on 12 June.',
  'Handover: Oluwaseun in bed 9 still confused; I sat with Tadeusz after his scan, and Kwame from IT came by.',
];
const TYPED = ' Mr Francis in bed 4 told me he was frightened about the operation tomorrow.';
const WORDS = 3000;

/** A 3,000-word body from the generated entries' sentences, with a busy sentence every tenth. */
function entryOf(entries) {
  const out = [];
  let words = 0;
  let index = 0;
  for (const entry of entries) {
    for (const sentence of entry.body.split(/(?<=\.)\s+/)) {
      const next = index % 10 === 9 ? BUSY[((index / 10) % BUSY.length) | 0] : sentence;
      out.push(next);
      words += next.split(/\s+/).length;
      index += 1;
      if (words >= WORDS) return out.join(index % 40 === 0 ? '\n\n' : ' ');
    }
  }
  return out.join(' ');
}

export function measurePrivacy(libs, entries, runs) {
  const body = entryOf(entries);
  const middle = body.indexOf(' ', body.length >> 1);
  const entry = { title: 'A long reflection', body, tags: ['teaching'], learningPoints: [], actions: [] };
  const scan = (text) => libs.detectInEntry({ ...entry, body: text });
  for (let warm = 0; warm < 5; warm++) scan(body);
  const perRun = [];
  let findings = 0;
  for (let run = 0; run < runs; run++) {
    const times = [];
    for (let key = 1; key <= TYPED.length; key++) {
      const text = body.slice(0, middle) + TYPED.slice(0, key) + body.slice(middle);
      const started = performance.now();
      findings = scan(text).length;
      times.push(performance.now() - started);
    }
    perRun.push(times);
  }
  return { perRun, keys: TYPED.length, words: body.split(/\s+/).length, characters: body.length, findings };
}

/** The table's rows: each run's median and 95th percentile keystroke. */
export function privacyRows({ perRun, keys, words, findings }) {
  const what = `detectInEntry (lib/privacy) in Node, once per key while a ${keys}-key sentence is typed into the middle of a ${words.toLocaleString('en-GB')}-word entry (${findings} findings); each run's`;
  return [
    figure({
      id: 'privacy-keystroke',
      name: 'patient details: median keystroke, 3,000-word entry',
      what: `${what} median`,
      unit: 'ms',
      stats: acrossRuns(perRun.map((times) => median(times))),
    }),
    figure({
      id: 'privacy-keystroke-p95',
      name: 'patient details: p95 keystroke, 3,000-word entry',
      what: `${what} 95th percentile`,
      unit: 'ms',
      stats: acrossRuns(perRun.map((times) => quantile(times, 0.95))),
      target: { below: 16 },
    }),
  ];
}
