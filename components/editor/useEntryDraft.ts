import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Workbench } from '../../app/workbench/workbench';
import { getEntry } from '../../lib/entries/repository';
import type { Entry } from '../../lib/entries/schema';
import { countOwnWords } from '../../lib/entries/templates';
import { useLiveQuery } from '../hooks/useLiveQuery';
import { type Draft, draftOf } from './draft';
import { type EntrySaver, useEntryAutosave } from './useEntryAutosave';
import { useOtherWindowEdits } from './useOtherWindowEdits';

/** Characters from which an entry counts as long: per-key work on its whole text waits for a pause. */
const LONG_TEXT = 20_000;
export const SETTLE_MS = 300;

export interface EntryDraft {
  draft: Draft;
  /** The draft as of the last change, for handlers that run between renders. */
  latest: { readonly current: Draft };
  change(patch: Partial<Draft>): void;
  saver: EntrySaver;
  /** The stored entry is in the Trash: the form is read-only. */
  inTrash: boolean;
  /** Attachments hang off a stored entry: writes the entry (even an empty new one) first. */
  ensureSaved(): Promise<void>;
}

/**
 * The open entry's draft: what the form shows, saved as it is typed, kept in step with the stored
 * entry (Trash, restore, another window), with the word count and the open entry in the workbench store.
 */
export function useEntryDraft(wb: Workbench, initial: Entry): EntryDraft {
  const [draft, setDraft] = useState<Draft>(() => draftOf(initial));
  const latest = useRef(draft);
  const saver = useEntryAutosave(wb, initial);
  const { value: stored } = useLiveQuery(() => getEntry(initial.id), [initial.id]);

  const showStored = useCallback(
    (entry: Entry) => {
      latest.current = draftOf(entry);
      setDraft(latest.current);
      wb.store.set({ wordCount: countOwnWords(entry.body) });
    },
    [wb],
  );
  useOtherWindowEdits(stored, saver, showStored);

  // Counting a long entry's words takes milliseconds: above LONG_TEXT it waits for a pause in typing.
  const countTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(countTimer.current), []);
  const change = useCallback(
    (patch: Partial<Draft>) => {
      const next = { ...latest.current, ...patch };
      latest.current = next;
      setDraft(next);
      if (patch.body !== undefined) {
        clearTimeout(countTimer.current);
        const count = () => wb.store.set({ wordCount: countOwnWords(latest.current.body) });
        if (next.body.length < LONG_TEXT) count();
        else countTimer.current = setTimeout(count, SETTLE_MS);
      }
      saver.current?.change(next);
    },
    [wb, saver],
  );

  const ensureSaved = useCallback(async () => {
    saver.current?.change(latest.current);
    await saver.current?.flush();
  }, [saver]);

  useEffect(() => {
    wb.store.set({ openEntry: initial, wordCount: countOwnWords(initial.body) });
    return () => wb.store.set({ openEntry: null, wordCount: null, save: { state: 'idle' } });
  }, [wb, initial]);
  useEffect(() => {
    if (stored) wb.store.set({ openEntry: stored });
  }, [wb, stored]);

  return { draft, latest, change, saver, inTrash: stored?.deletedAt !== undefined, ensureSaved };
}
