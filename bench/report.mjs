// The bench's one table (Markdown, so it can go into the README as printed) and bench/results.json.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { arch, cpus, release, totalmem, type } from 'node:os';
import { chromiumVersion, ROOT } from './browser.mjs';
import { format } from './format.mjs';
import { round } from './stats.mjs';

export { format };

/**
 * A figure: one row of the table. `stats` is acrossRuns() of the per-run values; `target` is
 * `{ below: number }` (strictly less) or `{ atMost: number }`, checked against the median.
 */
export function figure({ id, name, what, unit, stats, target, note, detail }) {
  const limit = target?.below ?? target?.atMost;
  const pass =
    target === undefined ? null : target.below !== undefined ? stats.median < target.below : stats.median <= limit;
  return {
    id,
    figure: name,
    what,
    unit,
    runs: stats.runs,
    median: stats.median,
    min: stats.min,
    max: stats.max,
    target: target ? { ...target, text: `${target.below !== undefined ? '<' : '≤'} ${format(limit, unit)}` } : null,
    pass,
    // How far over the target the median is, as a share of the target.
    over: pass === false ? stats.median / limit - 1 : null,
    note,
    detail,
    values: stats.values,
  };
}

function verdict(row, checkTargets) {
  if (!row.target) return '';
  if (!checkTargets) return 'not checked (smoke)';
  if (!Number.isFinite(row.median)) return 'FAIL (no value)';
  return row.pass ? 'PASS' : `FAIL (+${(row.over * 100).toFixed(0)}% over)`;
}

const cell = (text) => String(text).replaceAll('|', '\\|');

export function table(rows, { checkTargets }) {
  const header = ['figure', 'exactly what is timed', 'runs', 'median', 'min', 'max', 'target', 'result'];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  for (const row of rows) {
    const runs = row.note ? `${row.runs} (${row.note})` : row.runs;
    const values = [row.median, row.min, row.max].map((value) => format(value, row.unit));
    const target = row.target?.text ?? '—';
    lines.push(
      `| ${[row.figure, row.what, runs, ...values, target, verdict(row, checkTargets)].map(cell).join(' | ')} |`,
    );
  }
  return lines.join('\n');
}

function git(args) {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

export function machine() {
  const cpu = cpus();
  return {
    os: `${type()} ${release()} ${arch()}`,
    cpu: `${cpu[0]?.model ?? 'unknown'} × ${cpu.length}`,
    memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    node: process.version,
    chromium: chromiumVersion(),
  };
}

export function revision() {
  const commit = git(['rev-parse', '--short', 'HEAD']);
  const dirty = git(['status', '--porcelain', '--untracked-files=no']);
  return commit ? { commit, uncommittedChanges: Boolean(dirty) } : undefined;
}

export function writeResults(path, results) {
  const roundDeep = (value) =>
    typeof value === 'number'
      ? round(value, 3)
      : Array.isArray(value)
        ? value.map(roundDeep)
        : value && typeof value === 'object'
          ? Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, roundDeep(inner)]))
          : value;
  writeFileSync(path, `${JSON.stringify(roundDeep(results), null, 2)}\n`);
}
