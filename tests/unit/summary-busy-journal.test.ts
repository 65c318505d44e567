import { describe, expect, it } from 'vitest';
import { ENTRY_KIND_IDS } from '../../lib/entries/kinds';
import { Entry } from '../../lib/entries/schema';
import { allElements, FRAMEWORKS } from '../../lib/frameworks';
import { buildSummary, toPlainText } from '../../lib/summary';
import { GOALS, PERIOD, ROLES } from './fixtures/journal-year';

/** A busy journal: 2,000 entries over the appraisal year, every kind, one to three links each. */
function aBusyJournal(count: number): Entry[] {
  const elements = allElements('mlcf').map((element) => element.id);
  return Array.from({ length: count }, (_, i) =>
    Entry.parse({
      id: `bulk-${i}`,
      title: `Entry ${i}`,
      body: `Some reflection text for entry ${i}, long enough to look like a real one.`.repeat(4),
      kind: ENTRY_KIND_IDS[i % ENTRY_KIND_IDS.length],
      occurredOn: new Date(Date.UTC(2025, 10, 23 + (i % 365))).toISOString().slice(0, 10),
      competencies: elements.slice(i % 17, (i % 17) + 1 + (i % 3)),
      learningPoints: [`Point ${i}`],
      cpdHours: i % 5 === 0 ? 1.5 : undefined,
      starred: i % 50 === 0,
      role: ROLES[i % 4],
      createdAt: i,
      updatedAt: i,
    }),
  );
}

describe('buildSummary on a busy journal', () => {
  // How long it takes is a bench figure (`npm run bench`, the summary rows), not a test's.
  it('summarises 2,000 entries of every kind over the year, and writes them out', () => {
    const entries = aBusyJournal(2000);
    const summary = buildSummary(entries, GOALS, FRAMEWORKS, PERIOD, { roles: ROLES, defaultInclusion: 'full' });
    expect(summary.totals.entries).toBe(2000);
    expect(toPlainText(summary)).toContain('Entry 1999');
  });
});
