import { useEffect, useState } from 'preact/hooks';
import { getEntry } from '../../lib/entries/repository';
import type { Entry } from '../../lib/entries/schema';
import { EntryForm } from './EntryForm';

/** Loads the entry (or takes the new draft), then hands it to the form. */
export function EntryEditor(props: { entryId: string; draft?: Entry; focusTitle: boolean }) {
  const [loaded, setLoaded] = useState<Entry | null | undefined>(props.draft);
  useEffect(() => {
    if (props.draft) return;
    let current = true;
    getEntry(props.entryId).then(
      (entry) => current && setLoaded(entry ?? null),
      () => current && setLoaded(null),
    );
    return () => {
      current = false;
    };
  }, [props.entryId, props.draft]);

  if (loaded === undefined) return <p class="editor__message">Opening the entry…</p>;
  if (loaded === null) {
    return (
      <p class="editor__message" role="alert">
        This entry could not be found. It may have been deleted for good in another window.
      </p>
    );
  }
  return <EntryForm key={loaded.id} initial={loaded} focusTitle={props.focusTitle} />;
}
