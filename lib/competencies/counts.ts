import { inPeriod, type Period } from '../dates';
import type { EntryHead } from '../entries/head';
import { findElement } from '../frameworks';

/** The current id for an element id, resolving an older edition's id through the framework's aliases. */
function currentId(id: string): string {
  return findElement(id)?.element.id ?? id;
}

function linkedIds(entry: EntryHead): Set<string> {
  return new Set(entry.competencies.map(currentId));
}

function isCounted(entry: EntryHead, period: Period): boolean {
  return entry.deletedAt === undefined && inPeriod(entry.occurredOn, period);
}

/** How many live entries in the period link each element (an entry counts once per element). */
export function countByElement(entries: readonly EntryHead[], period: Period): Map<string, number> {
  const result = new Map<string, number>();
  for (const entry of entries) {
    if (!isCounted(entry, period)) continue;
    for (const id of linkedIds(entry)) result.set(id, (result.get(id) ?? 0) + 1);
  }
  return result;
}

/** Live entries in the period that link the element, newest first. */
export function entriesForElement<E extends EntryHead>(entries: readonly E[], elementId: string, period: Period): E[] {
  const wanted = currentId(elementId);
  return entries
    .filter((entry) => isCounted(entry, period) && linkedIds(entry).has(wanted))
    .sort((a, b) => b.occurredOn.localeCompare(a.occurredOn) || b.createdAt - a.createdAt);
}
