import { useMemo } from 'preact/hooks';
import type { Entry } from '../../lib/entries/schema';
import { inPeriod, type Period } from '../../lib/periods';
import { detectPatientDetails, type Finding } from '../../lib/privacy';
import type { Inclusion } from '../../lib/summary';

export interface GateFinding {
  entry: Entry;
  finding: Finding;
}

/**
 * Patient-detail warnings in what would leave: the title and learning points of every entry
 * included, and the text and actions of those included in full. Exports wait until each is
 * resolved or marked "not a patient detail"; hints never block.
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
      const level = inclusion[entry.id] ?? 'title';
      if (level === 'none') continue;
      const parts = [entry.title, ...entry.learningPoints];
      if (level === 'full') parts.push(entry.body, ...entry.actions);
      const ignored = entry.privacyExceptions ?? [];
      for (const part of parts) {
        for (const finding of detectPatientDetails(part, { ignored })) {
          if (finding.severity === 'warning') found.push({ entry, finding });
        }
      }
    }
    return found;
  }, [entries, period, inclusion]);
}
