import { z } from 'zod';
import type { Keyring } from '../vault/keyring';
import { Entry, EntryPatch } from './schema';

/**
 * An entry's change that was not yet known to be written when its page went away (reloaded, closed, hidden).
 * IndexedDB cannot finish a save that starts as a page unloads (each save reads, then writes), so the editor
 * also keeps the change synchronously in the page's local storage; the next start writes it if it never landed.
 */
export const UnsavedEdit = z.object({
  entryId: z.string().min(1),
  /** The entry as the editor last loaded or saved it (for a new entry, its unsaved draft). */
  base: Entry,
  patch: EntryPatch,
  keptAt: z.number(),
});
export type UnsavedEdit = z.infer<typeof UnsavedEdit>;

/** Local-storage keys: one per entry, so two windows never overwrite each other's. */
export const UNSAVED_PREFIX = 'lantern-unsaved:';

const Stored = z.union([
  z.object({ clear: z.unknown() }),
  z.object({ key: z.string().min(1), sealed: z.string().min(1) }),
]);

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (let at = 0; at < bytes.length; at += 0x8000) {
    text += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  }
  return btoa(text);
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (character) => character.charCodeAt(0));
}

/**
 * The text to keep for `edit`: sealed with the journal's key when it has a passphrase, so the words are never
 * at rest in the clear; null when they cannot be sealed (the journal is locked).
 */
export function encodeUnsavedEdit(edit: UnsavedEdit, keyring: Keyring): string | null {
  const writesInClear = !keyring.enabled || (keyring.writeKeyId === null && keyring.unlocked);
  if (writesInClear) return JSON.stringify({ clear: edit });
  if (!keyring.unlocked || keyring.writeKeyId === null) return null;
  const sealed = keyring.seal(encoder.encode(JSON.stringify(edit)));
  return JSON.stringify({ key: keyring.writeKeyId, sealed: toBase64(sealed) });
}

/** The kept edit, or null for text that is not one (damaged, foreign) or sealed with a key no longer held. */
export function decodeUnsavedEdit(text: string | null, keyring: Keyring): UnsavedEdit | null {
  if (!text) return null;
  try {
    const stored = Stored.parse(JSON.parse(text));
    const value =
      'clear' in stored
        ? stored.clear
        : JSON.parse(decoder.decode(keyring.open(stored.key, fromBase64(stored.sealed), 'unsaved edit')));
    const parsed = UnsavedEdit.safeParse(value);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Whether `stored` already holds every field of the patch (the save landed after all). */
export function patchLanded(stored: Entry | undefined, patch: EntryPatch): boolean {
  if (!stored) return false;
  return Object.entries(patch).every(
    ([field, value]) => JSON.stringify(stored[field as keyof Entry]) === JSON.stringify(value),
  );
}
