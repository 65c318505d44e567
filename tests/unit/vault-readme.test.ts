import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLEAR_FIELDS } from '../../lib/vault';

/** The README's table of what stays readable with a passphrase, as table → fields. */
function readmeClearFields(): Record<string, string[]> {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.split('<!-- clear-fields: start -->')[1]?.split('<!-- clear-fields: end -->')[0] ?? '';
  const rows = section
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| table') && !line.startsWith('|---'));
  return Object.fromEntries(
    rows.map((row) => {
      const [table = '', fields = ''] = row
        .split('|')
        .slice(1, 3)
        .map((cell) => cell.trim());
      return [table, fields.split(',').map((field) => field.trim())];
    }),
  );
}

describe('the README on the lockable journal', () => {
  it('lists exactly the fields that stay readable, table by table', () => {
    expect(readmeClearFields()).toEqual(Object.fromEntries(Object.entries(CLEAR_FIELDS).map(([t, f]) => [t, [...f]])));
  });
});
