import { isIsoDate } from '../dates';
import { labelCode, type Store } from './store';
import { foldText } from './tokenize';

/**
 * Narrowing a search. Every filter given must hold; an absent or empty one does not narrow.
 * - `kinds`: the entry is any of these kinds.
 * - `tags`: the entry carries every one of these tags (ignoring case and diacritics).
 * - `role`: the entry's role is this one (ignoring case and diacritics).
 * - `from`, `to`: `occurredOn` lies within these ISO dates, both inclusive.
 * - `starred`: the entry is (or is not) starred.
 */
export interface SearchFilters {
  kinds?: readonly string[];
  tags?: readonly string[];
  role?: string;
  from?: string;
  to?: string;
  starred?: boolean;
}

const EXCLUDED = 1;

/** YYYY-MM-DD as the number YYYYMMDD; anything else is compared as text, which ISO dates also allow. */
function dateBound(store: Store, bound: string, after: boolean): (slot: number) => boolean {
  if (isIsoDate(bound)) {
    const key = Number(bound.replaceAll('-', ''));
    return after ? (slot) => (store.dateKeys[slot] ?? 0) >= key : (slot) => (store.dateKeys[slot] ?? 0) <= key;
  }
  return after ? (slot) => (store.occurredOn[slot] ?? '') >= bound : (slot) => (store.occurredOn[slot] ?? '') <= bound;
}

function buildMask(store: Store, filters: SearchFilters): Uint8Array | undefined {
  const tests: ((slot: number) => boolean)[] = [];
  const { kinds, tags, role, from, to, starred } = filters;
  if (kinds && kinds.length > 0) {
    const codes = new Set(kinds.map((kind) => labelCode(store, kind, true)));
    tests.push((slot) => codes.has(store.kinds[slot] ?? 0));
  }
  const wantedTags = (tags ?? []).map((tag) => foldText(tag).trim()).filter((tag) => tag !== '');
  if (wantedTags.length > 0) {
    tests.push((slot) => {
      const own = store.tags[slot] ?? [];
      return wantedTags.every((tag) => own.includes(tag));
    });
  }
  const wantedRole = foldText(role ?? '').trim();
  if (wantedRole) {
    const code = labelCode(store, wantedRole, true);
    tests.push((slot) => store.roles[slot] === code);
  }
  if (from !== undefined) tests.push(dateBound(store, from, true));
  if (to !== undefined) tests.push(dateBound(store, to, false));
  if (starred !== undefined) {
    const wanted = starred ? 1 : 0;
    tests.push((slot) => store.starred[slot] === wanted);
  }
  if (tests.length === 0) return undefined;
  const mask = new Uint8Array(store.ids.length);
  for (const test of tests) {
    for (let slot = 0; slot < mask.length; slot++) if (mask[slot] === 0 && !test(slot)) mask[slot] = EXCLUDED;
  }
  return mask;
}

// Filters rarely change between keystrokes, so the last mask is kept until the filters or the index change.
let cached: { store: Store; version: number; key: string; mask: Uint8Array | undefined } | undefined;

/** For each slot, 1 when the filters exclude it; undefined when they do not narrow at all. */
export function filterMask(store: Store, filters: SearchFilters | undefined): Uint8Array | undefined {
  if (!filters) return undefined;
  const key = JSON.stringify(filters);
  if (cached?.store === store && cached.version === store.version && cached.key === key) return cached.mask;
  const mask = buildMask(store, filters);
  cached = { store, version: store.version, key, mask };
  return mask;
}
