import { formatMonthKey, monthKey } from '../../lib/dates';
import { ENTRY_KINDS } from '../../lib/entries/kinds';
import type { Entry } from '../../lib/entries/schema';

export type Grouping = 'month' | 'kind' | 'tag' | 'competency';

export interface EntryGroup {
  key: string;
  label: string;
  entries: Entry[];
}

/** A competency's name by its id (from the frameworks, once loaded). */
export type CompetencyName = (id: string) => string | undefined;

function keysOf(entry: Entry, grouping: Grouping, nameOf: CompetencyName): { key: string; label: string }[] {
  switch (grouping) {
    case 'month': {
      const key = monthKey(entry.occurredOn);
      return [{ key, label: formatMonthKey(key) }];
    }
    case 'kind':
      return [{ key: entry.kind, label: ENTRY_KINDS[entry.kind].label }];
    case 'tag':
      return entry.tags.length
        ? entry.tags.map((tag) => ({ key: tag.toLowerCase(), label: tag }))
        : [{ key: '', label: 'No tags' }];
    case 'competency':
      return entry.competencies.length
        ? entry.competencies.map((id) => ({ key: id, label: nameOf(id) ?? id }))
        : [{ key: '', label: 'No competencies linked' }];
  }
}

/**
 * Entries (already newest first) in groups: months newest first; other groupings alphabetically,
 * with the "none" group last. An entry with two tags appears under both.
 */
export function groupEntries(
  entries: readonly Entry[],
  grouping: Grouping,
  nameOf: CompetencyName = () => undefined,
): EntryGroup[] {
  const groups = new Map<string, EntryGroup>();
  for (const entry of entries) {
    for (const { key, label } of keysOf(entry, grouping, nameOf)) {
      let group = groups.get(key);
      if (!group) {
        group = { key, label, entries: [] };
        groups.set(key, group);
      }
      group.entries.push(entry);
    }
  }
  const list = [...groups.values()];
  if (grouping === 'month') return list;
  return list.sort((a, b) => (a.key === '' ? 1 : b.key === '' ? -1 : a.label.localeCompare(b.label)));
}
