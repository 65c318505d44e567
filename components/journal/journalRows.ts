import type { EntryGroup, Grouping } from '../../app/journal/groupEntries';
import { formatIsoDate } from '../../lib/dates';
import { displayTitle } from '../../lib/entries/schema';
import type { TreeRow } from '../shell/TreeItem';

/** How many groups start expanded: the recent months a doctor is working on. */
const OPEN_GROUPS = 3;

/** The key under which a group's collapsed state is kept, per grouping. */
export function collapseKey(grouping: Grouping, groupId: string): string {
  return `${grouping}:${groupId.slice('group:'.length)}`;
}

/** Whether the group at `position` is expanded: as the user left it, else open if among the first few. */
export function groupExpanded(
  collapsed: Readonly<Record<string, boolean>>,
  grouping: Grouping,
  group: EntryGroup,
  position: number,
): boolean {
  return !(collapsed[collapseKey(grouping, `group:${group.key}`)] ?? position >= OPEN_GROUPS);
}

/**
 * The journal tree as the rows it shows: each group, and the entries of the expanded ones. Only those rows
 * are built, and only the ones in view are rendered. Counts are left off while `counted` is false (the
 * first page, before the whole journal has loaded).
 */
export function journalRows(
  groups: readonly EntryGroup[],
  grouping: Grouping,
  collapsed: Readonly<Record<string, boolean>>,
  counted: boolean,
): TreeRow[] {
  const rows: TreeRow[] = [];
  groups.forEach((group, position) => {
    const id = `group:${group.key}`;
    const expanded = groupExpanded(collapsed, grouping, group, position);
    rows.push({
      id,
      level: 1,
      parentId: null,
      setSize: groups.length,
      position: position + 1,
      expanded,
      label: group.label,
      description: counted ? String(group.entries.length) : undefined,
    });
    if (!expanded) return;
    // An entry with two tags appears under both, so its row id names the group too.
    const ownIds = grouping === 'month' || grouping === 'kind';
    group.entries.forEach((entry, at) => {
      rows.push({
        id: ownIds ? entry.id : `${group.key}::${entry.id}`,
        level: 2,
        parentId: id,
        setSize: group.entries.length,
        position: at + 1,
        label: `${entry.starred ? '★ ' : ''}${displayTitle(entry)}`,
        description: formatIsoDate(entry.occurredOn),
      });
    });
  });
  return rows;
}
