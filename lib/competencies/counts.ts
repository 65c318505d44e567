import type { Entry } from '../entries/schema';
import { inPeriod, type Period } from '../periods';

/** How many live entries in the period link each element. */
export function countByElement(entries: readonly Entry[], period: Period): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    if (entry.deletedAt !== undefined || !inPeriod(entry.occurredOn, period)) continue;
    for (const id of new Set(entry.competencies)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** Live entries in the period that link the element, newest first. */
export function entriesForElement(entries: readonly Entry[], elementId: string, period: Period): Entry[] {
  return entries.filter(
    (entry) =>
      entry.deletedAt === undefined && inPeriod(entry.occurredOn, period) && entry.competencies.includes(elementId),
  );
}
