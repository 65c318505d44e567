import type { RefObject } from 'preact';
import { formatIsoDate } from '../../lib/dates';
import { ENTRY_KINDS } from '../../lib/entries/kinds';
import { MAX_TITLE_LENGTH } from '../../lib/entries/schema';
import { useWorkbench } from '../workbench/context';
import type { Draft } from './draft';
import { MarkdownPreview } from './MarkdownPreview';
import { MarkdownToolbar } from './MarkdownToolbar';

/** The line above the text: when, what kind, and the Preview/Write switch. */
export function EntryMetaBar(props: { draft: Draft; preview: boolean }) {
  const wb = useWorkbench();
  return (
    <div class="editor__meta">
      <span>{formatIsoDate(props.draft.occurredOn)}</span>
      <span aria-hidden="true">·</span>
      <span>{ENTRY_KINDS[props.draft.kind].label}</span>
      <span class="editor__spacer" />
      <button
        type="button"
        class="button button--secondary"
        aria-pressed={props.preview}
        title={wb.describeCommand('entry.togglePreview')}
        onClick={() => void wb.run('entry.togglePreview')}
      >
        {props.preview ? 'Write' : 'Preview'}
      </button>
    </div>
  );
}

/** The toolbar, the title and the markdown body (or its preview). */
export function EntryText(props: {
  draft: Draft;
  preview: boolean;
  readOnly: boolean;
  titleInput: RefObject<HTMLInputElement | null>;
  bodyInput: RefObject<HTMLTextAreaElement | null>;
  onChange(patch: Partial<Draft>): void;
}) {
  const { draft, preview, readOnly, onChange } = props;
  return (
    <>
      <MarkdownToolbar disabled={readOnly || preview} />
      <input
        ref={props.titleInput}
        class="editor__title"
        type="text"
        aria-label="Title"
        placeholder="Title"
        maxLength={MAX_TITLE_LENGTH}
        spellcheck
        lang="en-GB"
        value={draft.title}
        readOnly={readOnly}
        onInput={(event) => onChange({ title: event.currentTarget.value })}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            props.bodyInput.current?.focus();
          }
        }}
      />
      {preview ? (
        <MarkdownPreview markdown={draft.body} />
      ) : (
        <textarea
          ref={props.bodyInput}
          class="editor__body"
          aria-label="Reflection (markdown)"
          placeholder="What happened? What did you notice? What will you do next? Markdown works here."
          spellcheck
          lang="en-GB"
          value={draft.body}
          readOnly={readOnly}
          onInput={(event) => onChange({ body: event.currentTarget.value })}
        />
      )}
    </>
  );
}
