import { getDb } from '../db';
import { updateEntryPrivacyExceptions } from '../entries/repository';
import { displayTitle, type Entry } from '../entries/schema';
import { WORDING } from './messages';
import type { FindingKind } from './types';

/** One "not a patient detail" the user marked, with the entry it belongs to. */
export interface PrivacyException {
  readonly entryId: string;
  readonly entryTitle: string;
  /** Exactly as stored in the entry's `privacyExceptions` (see `findingKey`). */
  readonly key: string;
  /** The finding's kind and its text as stored: normalised, so lower case. */
  readonly kind: string;
  readonly text: string;
  /** What the kind is called in plain words ("NHS number"), or the kind itself if unknown. */
  readonly kindLabel: string;
}

/** Splits a stored key (`kind:text`) back into its kind and text; the text may hold colons. */
export function parseExceptionKey(key: string): { kind: string; text: string } {
  const colon = key.indexOf(':');
  return colon < 0 ? { kind: '', text: key } : { kind: key.slice(0, colon), text: key.slice(colon + 1) };
}

function kindLabel(kind: string): string {
  const wording = Object.hasOwn(WORDING, kind) ? WORDING[kind as FindingKind] : undefined;
  // The placeholder already names the kind in plain words: "[NHS number]".
  return wording ? wording.placeholder.replace(/^\[|\]$/g, '') : kind || 'detail';
}

/** Every exception in these entries, entry by entry in the order given, skipping entries in Trash. */
export function exceptionsOf(entries: readonly Entry[]): PrivacyException[] {
  return entries
    .filter((entry) => entry.deletedAt === undefined)
    .flatMap((entry) =>
      [...new Set(entry.privacyExceptions ?? [])].map((key) => {
        const { kind, text } = parseExceptionKey(key);
        return { entryId: entry.id, entryTitle: displayTitle(entry), key, kind, text, kindLabel: kindLabel(kind) };
      }),
    );
}

/** Entries in the journal (not Trash) that hold at least one exception, newest first. */
async function entriesWithExceptions(): Promise<Entry[]> {
  const entries = await getDb()
    .entries.filter((entry) => entry.deletedAt === undefined && !!entry.privacyExceptions?.length)
    .toArray();
  return entries.sort(
    (a, b) => b.occurredOn.localeCompare(a.occurredOn) || b.createdAt - a.createdAt || a.id.localeCompare(b.id),
  );
}

/** Every "not a patient detail" exception in the journal, newest entry first. Trash is left out. */
export async function listPrivacyExceptions(): Promise<PrivacyException[]> {
  return exceptionsOf(await entriesWithExceptions());
}

/**
 * Removes one exception from its entry, so the detector warns about that text again. Goes through
 * the repository's update, which bumps `updatedAt` as any edit does. False when there was nothing
 * to remove (the entry or the exception had gone meanwhile).
 */
export async function removePrivacyException(entryId: string, key: string, now = Date.now()): Promise<boolean> {
  const db = getDb();
  return db.transaction('rw', db.entries, async () => {
    const entry = await db.entries.get(entryId);
    const keys = entry?.privacyExceptions ?? [];
    if (!keys.includes(key)) return false;
    await updateEntryPrivacyExceptions(
      entryId,
      keys.filter((kept) => kept !== key),
      now,
    );
    return true;
  });
}

/** Removes every exception from every entry in the journal (Trash is left alone). Returns how many went. */
export async function clearPrivacyExceptions(now = Date.now()): Promise<number> {
  const db = getDb();
  return db.transaction('rw', db.entries, async () => {
    const entries = await entriesWithExceptions();
    for (const entry of entries) await updateEntryPrivacyExceptions(entry.id, [], now);
    return exceptionsOf(entries).length;
  });
}
