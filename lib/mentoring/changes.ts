import { canonicalJson } from '../json';
import type { SummaryEntry } from '../summary/model';
import type { EntrySignature } from './records';

/** What a newer bundle from the same mentee changed, entry by entry, for the mentor's highlight. */
export interface BundleChanges {
  newEntryIds: string[];
  changedEntryIds: string[];
  removedEntryIds: string[];
}

const noChanges = (): BundleChanges => ({ newEntryIds: [], changedEntryIds: [], removedEntryIds: [] });

const hex = (bytes: ArrayBuffer) => Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * A SHA-256 of everything the mentor sees of each entry, so the next bundle can be compared without
 * keeping the previous one. Asynchronous (WebCrypto): call it before a transaction, not inside.
 */
export async function signEntries(entries: readonly SummaryEntry[]): Promise<EntrySignature[]> {
  const encoder = new TextEncoder();
  return Promise.all(
    entries.map(async (entry) => ({
      id: entry.id,
      signature: hex(await crypto.subtle.digest('SHA-256', encoder.encode(canonicalJson(entry)))),
    })),
  );
}

/** New, changed and removed entries since the previous bundle; nothing to highlight in the first. */
export function changesBetween(
  previous: readonly EntrySignature[] | undefined,
  current: readonly EntrySignature[],
): BundleChanges {
  if (previous === undefined) return noChanges();
  const before = new Map(previous.map((each) => [each.id, each.signature]));
  const now = new Set(current.map((each) => each.id));
  return {
    newEntryIds: current.filter((each) => !before.has(each.id)).map((each) => each.id),
    changedEntryIds: current
      .filter((each) => before.has(each.id) && before.get(each.id) !== each.signature)
      .map((each) => each.id),
    removedEntryIds: previous.filter((each) => !now.has(each.id)).map((each) => each.id),
  };
}

export function sameSignatures(a: readonly EntrySignature[], b: readonly EntrySignature[]): boolean {
  return canonicalJson(a) === canonicalJson(b);
}
