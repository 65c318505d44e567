import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readmeSection, readmeTable } from '../../bench/readme-table.mjs';

const readme = readFileSync('README.md', 'utf8');
const results = JSON.parse(readFileSync('bench/results.json', 'utf8'));

describe('README’s performance figures', () => {
  it('are exactly the table made from bench/results.json', () => {
    expect(readmeSection(readme)).toBe(readmeTable(results));
  });

  it('quote no figure from a run with uncommitted changes', () => {
    const dirty = { ...results, mode: 'full', revision: { commit: 'abc1234', uncommittedChanges: true } };
    expect(readmeTable(dirty)).toMatch(/^No clean full run is recorded/);
    expect(readmeTable(dirty)).not.toMatch(/\| figure \|/);
  });

  it('quote every targeted figure of a clean full run, with its verdict', () => {
    const clean = { ...results, mode: 'full', revision: { commit: 'abc1234', uncommittedChanges: false } };
    const table = readmeTable(clean);
    expect(table).toContain('commit abc1234');
    for (const row of results.figures.filter((each: { target: unknown }) => each.target)) {
      expect(table).toContain(`| ${row.figure} |`);
    }
  });
});
