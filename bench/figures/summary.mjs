// Summary: buildSummary (lib/summary, bundled for Node by bench/libs.mjs) over generated entries and goals,
// for a one-year appraisal period, timed in Node after two warm-up calls. Every entry in the period is shown at
// the default inclusion (title and learning points), as the Summaries view does until the user chooses.
import { performance } from 'node:perf_hooks';

export const PERIOD = { label: 'Appraisal year (1 Jan 2025 – 31 Dec 2025)', start: '2025-01-01', end: '2025-12-31' };

/** The same entries, all moved into the period (keeping month and day): a busy year, the heavy case. */
export function intoPeriod(entries) {
  return entries.map((entry) => {
    const occurredOn = `2025${entry.occurredOn.slice(4)}`;
    const createdAt = Date.parse(`${occurredOn}T09:00:00Z`);
    return { ...entry, occurredOn, createdAt, updatedAt: createdAt + (entry.updatedAt - entry.createdAt) };
  });
}

export function measureSummary(libs, entries, goals, runs) {
  const options = {
    roles: ['ST6', 'Consultant'],
    today: PERIOD.end,
    revalidationCycle: { label: 'Revalidation cycle', start: '2021-01-01', end: '2025-12-31' },
  };
  const build = () => libs.buildSummary(entries, goals, libs.FRAMEWORKS, PERIOD, options);
  build();
  build();
  const times = [];
  let summary;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    summary = build();
    times.push(performance.now() - started);
  }
  return { times, inPeriod: summary.totals.entries, sections: summary.sections.length };
}
