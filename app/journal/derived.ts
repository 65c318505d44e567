import type { EntryHead } from '../../lib/entries/head';

/**
 * What views derive from the whole journal — entries by id, the roles and tags in use — worked out once per
 * list and then carried from each list to the next by the entries a write changed, so a save costs the views
 * nothing in proportion to the journal.
 */
interface Derived {
  byId: Map<string, EntryHead>;
  roles: Map<string, number>;
  tags: Map<string, number>;
}

const derivedOf = new WeakMap<readonly EntryHead[], Derived>();

function count(counts: Map<string, number>, key: string, by: number): void {
  const next = (counts.get(key) ?? 0) + by;
  if (next > 0) counts.set(key, next);
  else counts.delete(key);
}

function tally(derived: Derived, entry: EntryHead, by: 1 | -1): void {
  if (entry.role) count(derived.roles, entry.role, by);
  for (const tag of entry.tags) count(derived.tags, tag, by);
}

function derive(list: readonly EntryHead[]): Derived {
  let derived = derivedOf.get(list);
  if (!derived) {
    derived = { byId: new Map(), roles: new Map(), tags: new Map() };
    for (const entry of list) {
      derived.byId.set(entry.id, entry);
      tally(derived, entry, 1);
    }
    derivedOf.set(list, derived);
  }
  return derived;
}

/**
 * Hands what was derived from `before` on to `after`, the list once the entries `ids` were written (`fresh[i]`
 * is entry `ids[i]` as stored now, or undefined once deleted). `before` must not be asked again.
 */
export function carryDerived(
  before: readonly EntryHead[],
  after: readonly EntryHead[],
  ids: readonly string[],
  fresh: readonly (EntryHead | undefined)[],
): void {
  const derived = derivedOf.get(before);
  if (!derived) return;
  derivedOf.delete(before);
  for (const id of ids) {
    const old = derived.byId.get(id);
    if (!old) continue;
    derived.byId.delete(id);
    tally(derived, old, -1);
  }
  for (const entry of fresh) {
    if (!entry || entry.deletedAt !== undefined) continue;
    derived.byId.set(entry.id, entry);
    tally(derived, entry, 1);
  }
  derivedOf.set(after, derived);
}

export const entriesById = (list: readonly EntryHead[]): ReadonlyMap<string, EntryHead> => derive(list).byId;

/** Every role written on an entry. */
export const rolesInUse = (list: readonly EntryHead[]): string[] => [...derive(list).roles.keys()];

/** Every tag in use, as written, in alphabetical order. */
export const tagsInUse = (list: readonly EntryHead[]): string[] =>
  [...derive(list).tags.keys()].sort((a, b) => a.localeCompare(b));
