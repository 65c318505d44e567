import { type ObservabilitySet, RangeSet } from 'dexie';
import type { EntryHead } from '../../lib/entries/head';
import { journalOrder } from '../../lib/entries/repository';

/** Beyond this many changed entries at once (an import, a restore), the journal is read again in full. */
export const MANY_CHANGES = 500;

/** The ids of the entries a write touched; 'all' when it touched a range of them; null when none. */
export function changedEntryIds(parts: ObservabilitySet, dbName: string): Set<string> | 'all' | null {
  const tree = parts[`idb://${dbName}/entries/`];
  if (!tree) return null;
  const ids = new Set<string>();
  // Parts from another window arrive as plain objects; RangeSet walks them.
  for (const range of new RangeSet().add(tree)) {
    if (typeof range.from !== 'string' || range.from !== range.to || ids.size >= MANY_CHANGES) return 'all';
    ids.add(range.from);
  }
  return ids.size ? ids : null;
}

/** Up to this many changes at once, each is found and placed by binary search rather than by a pass over the list. */
const FEW = 16;

/**
 * The journal `list` after the entries `ids` were written: `fresh[i]` is entry `ids[i]` as stored now, or
 * undefined when it was deleted. Entries in Trash leave the list; the rest take their place by date. `before`,
 * when given, finds an entry of the list by id (entriesById): a save then costs a few binary searches, not a
 * pass over a career of entries.
 */
export function mergeChanges<T extends EntryHead>(
  list: readonly T[],
  ids: readonly string[],
  fresh: readonly (T | undefined)[],
  before?: ReadonlyMap<string, T>,
): T[] {
  const added = fresh.filter((entry): entry is T => entry !== undefined && entry.deletedAt === undefined);
  added.sort(journalOrder);
  if (before && ids.length <= FEW) {
    const merged = list.slice();
    for (const id of ids) {
      const old = before.get(id);
      if (!old) continue;
      const at = position(merged, old);
      if (merged[at] === old) merged.splice(at, 1);
    }
    for (const entry of added) merged.splice(position(merged, entry), 0, entry);
    return merged;
  }
  const changed = new Set(ids);
  const kept = list.filter((entry) => !changed.has(entry.id));
  // Two lists in journal order, merged in one pass: a batch of a thousand costs no more than one entry.
  const merged: T[] = new Array(kept.length + added.length);
  let k = 0;
  let a = 0;
  for (let at = 0; at < merged.length; at++) {
    const next =
      a < added.length && (k >= kept.length || journalOrder(added[a] as T, kept[k] as T) < 0) ? added[a++] : kept[k++];
    merged[at] = next as T;
  }
  return merged;
}

/** Where `entry` is, or would go, in a list in journal order. */
export function position(list: readonly EntryHead[], entry: EntryHead): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (journalOrder(list[middle] as EntryHead, entry) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}
