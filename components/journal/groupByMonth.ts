import { formatMonthKey, monthKey } from '../../lib/dates';
import type { Entry } from '../../lib/entries/schema';

export interface MonthGroup {
  key: string;
  label: string;
  entries: Entry[];
}

/** Entries (already newest first) grouped by the month they happened in. */
export function groupByMonth(entries: readonly Entry[]): MonthGroup[] {
  const groups: MonthGroup[] = [];
  for (const entry of entries) {
    const key = monthKey(entry.occurredOn);
    let group = groups.at(-1);
    if (!group || group.key !== key) {
      group = { key, label: formatMonthKey(key), entries: [] };
      groups.push(group);
    }
    group.entries.push(entry);
  }
  return groups;
}
