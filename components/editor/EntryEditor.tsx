import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { formatIsoDate } from '../../lib/dates';
import { ENTRY_KINDS } from '../../lib/entries/kinds';
import { deleteForever, getEntry } from '../../lib/entries/repository';
import { displayTitle, type Entry, MAX_TITLE_LENGTH } from '../../lib/entries/schema';
import { countWords } from '../../lib/text';
import { useLiveQuery } from '../hooks/useLiveQuery';
import { useWorkbench, useWorkbenchState } from '../workbench/context';
import { MarkdownPreview } from './MarkdownPreview';
import { useEntryAutosave } from './useEntryAutosave';

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

function EntryForm(props: { initial: Entry; focusTitle: boolean }) {
  const wb = useWorkbench();
  const preview = useWorkbenchState((state) => state.preview);
  const [title, setTitle] = useState(props.initial.title);
  const [body, setBody] = useState(props.initial.body);
  const titleInput = useRef<HTMLInputElement>(null);
  const bodyInput = useRef<HTMLTextAreaElement>(null);
  const article = useRef<HTMLElement>(null);
  const saver = useEntryAutosave(wb, props.initial);
  // Watch the stored entry for changes made elsewhere: Trash, restore.
  const { value: stored } = useLiveQuery(() => getEntry(props.initial.id), [props.initial.id]);
  const inTrash = stored?.deletedAt !== undefined;

  // Focus the title before the next key press arrives: a new entry is typed into at once.
  useLayoutEffect(() => {
    if (props.focusTitle) titleInput.current?.focus();
  }, [props.focusTitle]);

  useEffect(() => {
    wb.store.set({ openEntry: props.initial, wordCount: countWords(props.initial.body) });
    wb.setEditorHandle({
      flush: async () => saver.current?.flush(),
      focus: () => (titleInput.current?.value ? bodyInput.current : titleInput.current)?.focus(),
    });
    return () => {
      wb.setEditorHandle(null);
      wb.store.set({ openEntry: null, wordCount: null, save: { state: 'idle' } });
    };
  }, [wb, props.initial, props.focusTitle, saver]);

  useEffect(() => {
    if (stored) wb.store.set({ openEntry: stored });
  }, [wb, stored]);

  // Keep focus in the editor when the preview replaces the text area, and back again.
  const previewShown = useRef(preview);
  useEffect(() => {
    if (previewShown.current === preview) return;
    previewShown.current = preview;
    if (preview) article.current?.querySelector<HTMLElement>('.editor__preview')?.focus();
    else bodyInput.current?.focus();
  }, [preview]);

  const change = (next: { title: string; body: string }) => {
    setTitle(next.title);
    setBody(next.body);
    wb.store.set({ wordCount: countWords(next.body) });
    saver.current?.change(next);
  };

  const kind = ENTRY_KINDS[props.initial.kind].label;

  return (
    <article ref={article} class="editor" aria-label={`Entry: ${displayTitle({ title })}`}>
      {inTrash ? (
        <div class="editor__banner" role="status">
          <span>This entry is in Trash. Restore it to keep editing.</span>
          <button type="button" class="button" onClick={() => void wb.restore(props.initial.id)}>
            Restore
          </button>
          <button
            type="button"
            class="button button--secondary"
            onClick={async () => {
              if (await wb.confirm('Delete this entry for good? This cannot be undone.', 'Delete for good')) {
                await deleteForever(props.initial.id);
                wb.store.set({ editor: { type: 'trash' } });
              }
            }}
          >
            Delete for good
          </button>
        </div>
      ) : null}
      <div class="editor__meta">
        <span>{formatIsoDate(props.initial.occurredOn)}</span>
        <span aria-hidden="true">·</span>
        <span>{kind}</span>
        <span class="editor__spacer" />
        <button
          type="button"
          class="button button--secondary"
          aria-pressed={preview}
          title="Entry: Toggle Preview (Alt+P)"
          onClick={() => void wb.run('entry.togglePreview')}
        >
          {preview ? 'Write' : 'Preview'}
        </button>
      </div>
      <input
        ref={titleInput}
        class="editor__title"
        type="text"
        aria-label="Title"
        placeholder="Title"
        maxLength={MAX_TITLE_LENGTH}
        spellcheck
        lang="en-GB"
        value={title}
        readOnly={inTrash}
        onInput={(event) => change({ title: event.currentTarget.value, body })}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            bodyInput.current?.focus();
          }
        }}
      />
      {preview ? (
        <MarkdownPreview markdown={body} />
      ) : (
        <textarea
          ref={bodyInput}
          class="editor__body"
          aria-label="Reflection (markdown)"
          placeholder="What happened? What did you notice? What will you do next? Markdown works here."
          spellcheck
          lang="en-GB"
          value={body}
          readOnly={inTrash}
          onInput={(event) => change({ title, body: event.currentTarget.value })}
        />
      )}
    </article>
  );
}
