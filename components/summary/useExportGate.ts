import { useMemo } from 'preact/hooks';
import type { Entry } from '../../lib/entries/schema';
import { inPeriod, type Period } from '../../lib/periods';
import { detectInEntry, FIELDS_SHOWN, type FieldFinding } from '../../lib/privacy';
import type { Inclusion } from '../../lib/summary';
import { inclusionOf } from '../../lib/summary/inclusion';

export interface GateFinding extends FieldFinding {
  entry: Entry;
}

/**
 * Patient-detail warnings in what would leave: whatever the summary shows of each entry it includes
 * (`FIELDS_SHOWN`), scanned as the editor scans it, so "Open entry" always leads to the same warning.
 * Exports wait until each is resolved or marked "not a patient detail"; hints never block.
 */
export function useExportGate(
  entries: readonly Entry[],
  period: Period,
  inclusion: Record<string, Inclusion>,
): GateFinding[] {
  return useMemo(() => {
    const found: GateFinding[] = [];
    for (const entry of entries) {
      if (entry.deletedAt !== undefined || !inPeriod(entry.occurredOn, period)) continue;
      // Read the choice as the summary reads it, so the gate never scans less than leaves.
      const level = inclusionOf(entry.id, { inclusion });
      if (level === 'none') continue;
      const ignored = entry.privacyExceptions ?? [];
      for (const item of detectInEntry(entry, { fields: FIELDS_SHOWN[level], ignored })) {
        if (item.finding.severity === 'warning') found.push({ entry, ...item });
      }
    }
    return found;
  }, [entries, period, inclusion]);
}
