import { useEffect, useRef, useState } from 'preact/hooks';
import type { EntryHead } from '../../lib/entries/head';
import { getEntries } from '../../lib/entries/repository';
import type { Entry } from '../../lib/entries/schema';

export interface EntryTexts {
  /** The whole entries read so far, by id; an entry is missing until read (and once deleted). */
  byId: ReadonlyMap<string, Entry>;
  error: unknown;
}

/** What was read for each head: heads are replaced, never changed, when their entry is written. */
type Read = ReadonlyMap<string, { head: EntryHead; entry: Entry | undefined }>;

/**
 * The whole entries (text and all) of the few `heads` a view shows with their text, such as the search results
 * on screen: the journal in memory holds heads only. Each is read from storage when first shown and again when
 * its head changes (a save), and kept only while shown.
 */
export function useEntryTexts(heads: readonly EntryHead[]): EntryTexts {
  const [read, setRead] = useState<{ read: Read; error: unknown }>({ read: new Map(), error: undefined });
  const shown = useRef(heads);
  shown.current = heads;
  const reading = useRef(new Set<EntryHead>());
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );
  useEffect(() => {
    const stale = heads.filter((head) => read.read.get(head.id)?.head !== head && !reading.current.has(head));
    if (!stale.length) return;
    for (const head of stale) reading.current.add(head);
    // Recorded as read even when the read failed (the error is shown), so a failing read is not tried on a loop.
    const settle = (entries: readonly (Entry | undefined)[], error: unknown) => {
      for (const head of stale) reading.current.delete(head);
      if (!mounted.current) return;
      setRead((previous) => {
        // Kept while shown: what was read before, and what has just been.
        const ids = new Set(shown.current.map((head) => head.id));
        const next = new Map<string, { head: EntryHead; entry: Entry | undefined }>();
        for (const [id, kept] of previous.read) if (ids.has(id)) next.set(id, kept);
        stale.forEach((head, at) => {
          if (ids.has(head.id)) next.set(head.id, { head, entry: entries[at] });
        });
        return { read: next, error };
      });
    };
    getEntries(stale.map((head) => head.id)).then(
      (entries) => settle(entries, undefined),
      (error: unknown) => settle([], error),
    );
  }, [heads, read]);
  return { byId: textsOf(read.read), error: read.error };
}

const texts = new WeakMap<Read, Map<string, Entry>>();

function textsOf(read: Read): ReadonlyMap<string, Entry> {
  let byId = texts.get(read);
  if (!byId) {
    byId = new Map();
    for (const [id, { entry }] of read) if (entry) byId.set(id, entry);
    texts.set(read, byId);
  }
  return byId;
}
