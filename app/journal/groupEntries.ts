import { formatMonthKey, monthKey } from '../../lib/dates';
import type { EntryHead } from '../../lib/entries/head';
import { ENTRY_KINDS } from '../../lib/entries/kinds';
import { position } from './changes';

export type Grouping = 'month' | 'kind' | 'tag' | 'competency';

export interface EntryGroup {
  key: string;
  label: string;
  entries: EntryHead[];
}

/** A competency's name by its id (from the frameworks, once loaded). */
export type CompetencyName = (id: string) => string | undefined;

/** The group keys of an entry; each group's label is worked out once, from its first entry (`labelOf`). */
function keysOf(entry: EntryHead, grouping: Exclude<Grouping, 'month'>): readonly string[] {
  switch (grouping) {
    case 'kind':
      return [entry.kind];
    case 'tag':
      return entry.tags.length ? entry.tags.map((tag) => tag.toLowerCase()) : NONE;
    case 'competency':
      return entry.competencies.length ? entry.competencies : NONE;
  }
}

const NONE = [''] as const;

function labelOf(entry: EntryHead, key: string, grouping: Exclude<Grouping, 'month'>, nameOf: CompetencyName): string {
  if (grouping === 'kind') return ENTRY_KINDS[entry.kind].label;
  if (grouping === 'tag') return key === '' ? 'No tags' : (entry.tags.find((tag) => tag.toLowerCase() === key) ?? key);
  return key === '' ? 'No competencies linked' : (nameOf(key) ?? key);
}

/**
 * Entries (already newest first) in groups: months newest first; other groupings alphabetically,
 * with the "none" group last. An entry with two tags appears under both. Runs on every save, over the whole
 * journal: one look at each entry, labels worked out once per group.
 */
export function groupEntries(
  entries: readonly EntryHead[],
  grouping: Grouping,
  nameOf: CompetencyName = () => undefined,
): EntryGroup[] {
  if (grouping === 'month') return byMonth(entries);
  const groups = new Map<string, EntryGroup>();
  for (const entry of entries) {
    for (const key of keysOf(entry, grouping)) {
      let group = groups.get(key);
      if (!group) {
        group = { key, label: labelOf(entry, key, grouping, nameOf), entries: [] };
        groups.set(key, group);
      }
      group.entries.push(entry);
    }
  }
  return [...groups.values()].sort(byLabel);
}

/** Alphabetically by label, the "none" group last. */
const byLabel = (a: EntryGroup, b: EntryGroup) =>
  a.key === '' ? 1 : b.key === '' ? -1 : a.label.localeCompare(b.label) || (a.key < b.key ? -1 : 1);

/**
 * `groups` (made by groupEntries) once the entries `removed` have left the journal and `added` have joined it (a
 * save is both): what groupEntries would give for the new list, at the cost of the groups those entries are in,
 * not of the journal. Groups nothing touched are the same objects as before.
 */
export function regroup(
  groups: readonly EntryGroup[],
  grouping: Grouping,
  removed: readonly EntryHead[],
  added: readonly EntryHead[],
  nameOf: CompetencyName = () => undefined,
): EntryGroup[] {
  const keys = (entry: EntryHead) => (grouping === 'month' ? [monthKey(entry.occurredOn)] : keysOf(entry, grouping));
  const byKey = new Map(groups.map((group) => [group.key, group]));
  const gone = new Map<string, Set<string>>();
  for (const entry of removed) {
    for (const key of keys(entry)) gone.set(key, (gone.get(key) ?? new Set()).add(entry.id));
  }
  const touched = new Map<string, EntryHead[]>();
  for (const [key, ids] of gone) {
    touched.set(
      key,
      (byKey.get(key)?.entries ?? []).filter((entry) => !ids.has(entry.id)),
    );
  }
  for (const entry of added) {
    for (const key of keys(entry)) {
      let list = touched.get(key);
      if (!list) {
        list = [...(byKey.get(key)?.entries ?? [])];
        touched.set(key, list);
      }
      list.splice(position(list, entry), 0, entry);
    }
  }
  const next = groups.filter((group) => !touched.has(group.key));
  for (const [key, entries] of touched) {
    const first = entries[0];
    if (!first) continue;
    const label =
      grouping === 'month' ? formatMonthKey(key) : labelOf(first, key, grouping as Exclude<Grouping, 'month'>, nameOf);
    next.push({ key, label, entries });
  }
  // Months newest first, as the journal's order gives them; the rest by label.
  return grouping === 'month' ? next.sort((a, b) => (a.key < b.key ? 1 : a.key > b.key ? -1 : 0)) : next.sort(byLabel);
}

/** Newest first, so each month's entries come together: a new group whenever the month changes. */
function byMonth(entries: readonly EntryHead[]): EntryGroup[] {
  const groups = new Map<string, EntryGroup>();
  let current: EntryGroup | undefined;
  for (const entry of entries) {
    const key = monthKey(entry.occurredOn);
    if (current?.key !== key) {
      current = groups.get(key);
      if (!current) {
        current = { key, label: formatMonthKey(key), entries: [] };
        groups.set(key, current);
      }
    }
    current.entries.push(entry);
  }
  return [...groups.values()];
}
