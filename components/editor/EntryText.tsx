import type { RefObject } from 'preact';
import { useState } from 'preact/hooks';
import { formatIsoDate } from '../../lib/dates';
import { ENTRY_KINDS } from '../../lib/entries/kinds';
import { MAX_TITLE_LENGTH } from '../../lib/entries/schema';
import { sectionAt, templateById } from '../../lib/entries/templates';
import { useWorkbench } from '../workbench/context';
import type { Draft } from './draft';
import { MarkdownPreview } from './MarkdownPreview';
import { MarkdownToolbar } from './MarkdownToolbar';
import { useGrowingField } from './useGrowingField';

const GUIDE_ID = 'entry-template-guide';

/**
 * The template's guidance for the section the caret is in, shown beside the text rather than in it:
 * never typed over, counted or exported. Above the first section it describes the template.
 */
function TemplateGuide(props: { templateId: string; body: string; caret: number }) {
  const template = templateById(props.templateId);
  if (!template?.sections.length) return null;
  const section = sectionAt(props.body, props.caret);
  return (
    <p id={GUIDE_ID} class="editor__guide">
      {section ? (
        <>
          <strong>{section.heading}</strong> {section.hint}
        </>
      ) : (
        <>
          <strong>{template.name}</strong> {template.description}
        </>
      )}
    </p>
  );
}

/** The line above the text: when, what kind, and the Preview/Write switch. */
export function EntryMetaBar(props: { draft: Draft; preview: boolean }) {
  const wb = useWorkbench();
  return (
    <div class="editor__meta">
      {/* Beside Preview at any width: in a narrow panel the date and kind wrap within their own box. */}
      <span class="editor__when">
        {formatIsoDate(props.draft.occurredOn)}
        <span aria-hidden="true"> · </span>
        {ENTRY_KINDS[props.draft.kind].label}
      </span>
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
  titleInput: RefObject<HTMLTextAreaElement | null>;
  bodyInput: RefObject<HTMLTextAreaElement | null>;
  onChange(patch: Partial<Draft>): void;
}) {
  const { draft, preview, readOnly, onChange } = props;
  const [caret, setCaret] = useState(0);
  const trackCaret = (event: { currentTarget: HTMLTextAreaElement }) => setCaret(event.currentTarget.selectionStart);
  const hasGuide = !preview && !!templateById(draft.template)?.sections.length;
  useGrowingField(props.titleInput, draft.title);
  return (
    <>
      <MarkdownToolbar disabled={readOnly || preview} />
      {/* A text area of one row that grows, so a long title wraps rather than being cut off in a narrow panel. */}
      <textarea
        ref={props.titleInput}
        class="editor__title"
        rows={1}
        aria-label="Title"
        placeholder="Title"
        maxLength={MAX_TITLE_LENGTH}
        spellcheck
        lang="en-GB"
        value={draft.title}
        readOnly={readOnly}
        // A title is one line: a pasted line break becomes a space.
        onInput={(event) => {
          const field = event.currentTarget;
          if (/[\r\n]/.test(field.value)) {
            const at = field.selectionStart;
            field.value = field.value.replace(/\r\n?|\n/g, ' ');
            field.setSelectionRange(at, at);
          }
          onChange({ title: field.value });
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            props.bodyInput.current?.focus();
          }
        }}
      />
      {hasGuide ? <TemplateGuide templateId={draft.template} body={draft.body} caret={caret} /> : null}
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
          aria-describedby={hasGuide ? GUIDE_ID : undefined}
          onInput={(event) => {
            trackCaret(event);
            onChange({ body: event.currentTarget.value });
          }}
          onKeyUp={trackCaret}
          onClick={trackCaret}
          onFocus={trackCaret}
        />
      )}
    </>
  );
}
