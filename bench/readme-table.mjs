// The README's performance table, made from bench/results.json so that README never quotes figures by
// hand. `npm run bench` rewrites the part of README.md between the two markers below; a unit test
// (tests/unit/bench-readme.test.ts) fails when README and results.json disagree.
import { format } from './format.mjs';

export const START = '<!-- bench-table: start (written by npm run bench from bench/results.json) -->';
export const END = '<!-- bench-table: end -->';

const dateOf = (iso) =>
  new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** The rows README shows: every figure with a target, and the untargeted ones a reader asks about. */
const shown = (row) => row.target !== null || !row.id.startsWith('bundle-lazy');

function result(row) {
  if (!row.target) return '';
  return row.pass ? 'met' : `missed (+${(row.over * 100).toFixed(0)}%)`;
}

/** The Markdown between the markers, for these results. */
export function readmeTable(results) {
  const stamp = `commit ${results.revision?.commit ?? 'unknown'}, ${dateOf(results.date)}, ${results.machine.cpu}, Node ${results.machine.node.replace(/^v/, '')}, ${results.machine.chromium.split(' built')[0]}`;
  if (results.mode !== 'full' || results.revision?.uncommittedChanges !== false) {
    return `No clean full run is recorded: the latest bench/results.json (${stamp}) was ${
      results.mode !== 'full' ? `a ${results.mode} run` : 'made from a tree with uncommitted changes'
    }, so its figures are not quoted here. Run \`npm run bench\` on a clean checkout.`;
  }
  const lines = [
    `Latest full run: ${stamp}; ${results.runs} runs of each figure (median, min–max).`,
    '',
    '| figure | measured | target | |',
    '|---|---|---|---|',
  ];
  for (const row of results.figures.filter(shown)) {
    const spread = row.runs > 1 ? ` (${format(row.min, row.unit)}–${format(row.max, row.unit)})` : '';
    lines.push(
      `| ${row.figure} | ${format(row.median, row.unit)}${spread} | ${row.target?.text ?? '—'} | ${result(row)} |`,
    );
  }
  return lines.join('\n');
}

/** README's text with the section between the markers replaced by the table for these results. */
export function withReadmeTable(readme, results) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no "${START}" … "${END}" section`);
  return `${readme.slice(0, start + START.length)}\n${readmeTable(results)}\n${readme.slice(end)}`;
}

/** The section as README has it now. */
export function readmeSection(readme) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  return start < 0 || end < start ? undefined : readme.slice(start + START.length, end).trim();
}
