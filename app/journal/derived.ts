import type { EntryHead } from '../../lib/entries/head';
import { journalOrder } from '../../lib/entries/repository';
import { onThisDay, weeksInARowOn } from '../../lib/habit';
import { type CompetencyName, type EntryGroup, type Grouping, groupEntries, regroup } from './groupEntries';
import { SLICE_MS } from './indexInSlices';
import { yieldToPage } from './turns';

/**
 * What views derive from the whole journal — entries by id, the roles and tags in use, the entries of each
 * calendar day, the tree's groups — worked out once per list and then carried from each list to the next by the
 * entries a write changed, so a save costs the views nothing in proportion to the journal.
 */
interface Derived {
  byId: Map<string, EntryHead>;
  roles: Map<string, number>;
  tags: Map<string, number>;
  /** Entries by the month and day they happened ("11-22"), for On this day. */
  byDay: Map<string, Set<EntryHead>>;
  /** How many entries happened on each date, for the weeks in a row. */
  dates: Map<string, number>;
  /** The tree's groups, for each grouping asked for so far (with the competency names they were labelled by). */
  groups: Map<Grouping, { groups: EntryGroup[]; nameOf: CompetencyName }>;
}

const derivedOf = new WeakMap<readonly EntryHead[], Derived>();

function count(counts: Map<string, number>, key: string, by: number): void {
  const next = (counts.get(key) ?? 0) + by;
  if (next > 0) counts.set(key, next);
  else counts.delete(key);
}

const dayOf = (entry: EntryHead) => entry.occurredOn.slice(5);

function tally(derived: Derived, entry: EntryHead, by: 1 | -1): void {
  if (entry.role) count(derived.roles, entry.role, by);
  for (const tag of entry.tags) count(derived.tags, tag, by);
  count(derived.dates, entry.occurredOn, by);
  const day = dayOf(entry);
  const sameDay = derived.byDay.get(day) ?? new Set();
  if (by > 0) derived.byDay.set(day, sameDay.add(entry));
  else if (sameDay.delete(entry) && sameDay.size === 0) derived.byDay.delete(day);
}

const nothingDerived = (): Derived => ({
  byId: new Map(),
  roles: new Map(),
  tags: new Map(),
  byDay: new Map(),
  dates: new Map(),
  groups: new Map(),
});

function derive(list: readonly EntryHead[]): Derived {
  let derived = derivedOf.get(list);
  if (!derived) {
    derived = nothingDerived();
    for (const entry of list) {
      derived.byId.set(entry.id, entry);
      tally(derived, entry, 1);
    }
    derivedOf.set(list, derived);
  }
  return derived;
}

/**
 * Works out what the views derive from a freshly read `list` (the tree's month groups included), a slice of
 * about SLICE_MS at a time with the page getting turns between, so that the views find it done when the list is
 * shown: with a career of entries, working it out as they render would hold the page for a long task.
 */
export async function deriveInSlices(list: readonly EntryHead[], stopped: () => boolean): Promise<void> {
  if (derivedOf.has(list)) return;
  const derived = nothingDerived();
  let at = 0;
  while (at < list.length) {
    const until = performance.now() + SLICE_MS;
    do {
      const entry = list[at++] as EntryHead;
      derived.byId.set(entry.id, entry);
      tally(derived, entry, 1);
    } while (at < list.length && performance.now() < until);
    await yieldToPage();
    if (stopped()) return;
  }
  derived.groups.set('month', { groups: groupEntries(list, 'month'), nameOf: () => undefined });
  derivedOf.set(list, derived);
  // The list is shown next, and the views render it: in a task of their own, not after the grouping's.
  await yieldToPage();
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
  const removed: EntryHead[] = [];
  for (const id of ids) {
    const old = derived.byId.get(id);
    if (!old) continue;
    removed.push(old);
    derived.byId.delete(id);
    tally(derived, old, -1);
  }
  const added: EntryHead[] = [];
  for (const entry of fresh) {
    if (!entry || entry.deletedAt !== undefined) continue;
    added.push(entry);
    derived.byId.set(entry.id, entry);
    tally(derived, entry, 1);
  }
  for (const [grouping, made] of derived.groups) {
    made.groups = regroup(made.groups, grouping, removed, added, made.nameOf);
  }
  derivedOf.set(after, derived);
}

export const entriesById = (list: readonly EntryHead[]): ReadonlyMap<string, EntryHead> => derive(list).byId;

/** Every role written on an entry. */
export const rolesInUse = (list: readonly EntryHead[]): string[] => [...derive(list).roles.keys()];

/** Every tag in use, as written, in alphabetical order. */
export const tagsInUse = (list: readonly EntryHead[]): string[] =>
  [...derive(list).tags.keys()].sort((a, b) => a.localeCompare(b));

/** lib/habit's weeksInARow over the list, from the dates its entries happened on. */
export const weeksInARowIn = (list: readonly EntryHead[], today: string): number =>
  weeksInARowOn(derive(list).dates.keys(), today);

/** lib/habit's onThisDay over the list, looking only at the entries of the same month and day. */
export function onThisDayIn(list: readonly EntryHead[], today: string): EntryHead[] {
  return onThisDay([...(derive(list).byDay.get(today.slice(5)) ?? [])].sort(journalOrder), today);
}

/**
 * The list in the tree's groups (groupEntries), kept from save to save. `nameOf` should be the same function
 * for as long as the competency names it gives stay the same: a new one labels the competency groups afresh.
 */
export function groupsIn(list: readonly EntryHead[], grouping: Grouping, nameOf: CompetencyName): EntryGroup[] {
  const { groups } = derive(list);
  const made = groups.get(grouping);
  if (made && (grouping !== 'competency' || made.nameOf === nameOf)) return made.groups;
  const fresh = { groups: groupEntries(list, grouping, nameOf), nameOf };
  groups.set(grouping, fresh);
  return fresh.groups;
}
