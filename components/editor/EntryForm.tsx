import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import type { Entry } from '../../lib/entries/schema';
import { displayTitle } from '../../lib/entries/schema';
import { applyTemplate, templateById, templateCaret } from '../../lib/entries/templates';
import { promptCaret } from '../../lib/prompts/start';
import { withoutComments } from '../../lib/text';
import { useSettled } from '../hooks/useSettled';
import { MentorFeedback } from '../mentoring/MentorFeedback';
import { useWorkbench, useWorkbenchState } from '../workbench/context';
import { attachFiles } from './EntryAttachments';
import { EntryFields } from './EntryFields';
import { EntryMetaBar, EntryText } from './EntryText';
import { applyFormat } from './MarkdownToolbar';
import { TrashBanner } from './TrashBanner';
import { SETTLE_MS, useEntryDraft } from './useEntryDraft';

/** The open entry: title, then the markdown body, then the linked competencies, in tab order. */
export function EntryForm(props: { initial: Entry; focusTitle: boolean }) {
  const wb = useWorkbench();
  const preview = useWorkbenchState((state) => state.preview);
  const entry = useEntryDraft(wb, props.initial);
  const { draft, change, saver, inTrash } = entry;
  const titleInput = useRef<HTMLTextAreaElement>(null);
  const bodyInput = useRef<HTMLTextAreaElement>(null);
  const article = useRef<HTMLElement>(null);
  const openPicker = useRef<() => void>(() => undefined);
  const registerPicker = useCallback((open: () => void) => {
    openPicker.current = open;
  }, []);

  // Suggestions from the words written, worked out when typing pauses.
  const suggestFrom = useSettled(`${draft.title}\n${draft.body}`, SETTLE_MS);
  const suggestionText = useMemo(() => withoutComments(suggestFrom), [suggestFrom]);

  // Focus the title before the next key press arrives: a new entry is typed into at once.
  useLayoutEffect(() => {
    if (props.focusTitle) titleInput.current?.focus();
  }, [props.focusTitle]);
  // A body as its template or prompt wrote it: the caret waits under the first section, not after the last.
  useLayoutEffect(() => {
    const caret = templateCaret(props.initial.template, props.initial.body) ?? promptCaret(props.initial.body);
    if (caret !== undefined) bodyInput.current?.setSelectionRange(caret, caret);
  }, [props.initial]);

  useEffect(() => {
    wb.setEditorHandle({
      flush: async () => saver.current?.flush(),
      focus: () => (titleInput.current?.value ? bodyInput.current : titleInput.current)?.focus(),
      competencies: () => entry.latest.current.competencies,
      setCompetencies: (competencies) => {
        change({ competencies: [...competencies] });
        void saver.current?.flush();
      },
      format: (format) => {
        if (bodyInput.current) applyFormat(bodyInput.current, format);
      },
      addAttachment: () => openPicker.current(),
      changeTemplate: (templateId) => {
        const template = templateById(templateId);
        if (!template) return;
        change({ body: applyTemplate(entry.latest.current.body, template), template: template.id });
        bodyInput.current?.focus();
      },
    });
    return () => wb.setEditorHandle(null);
    // `entry.latest` is a ref; the handle is set once per entry.
  }, [wb, props.initial, saver, change]);

  // Keep focus in the editor when the preview replaces the text area, and back again.
  const previewShown = useRef(preview);
  useEffect(() => {
    if (previewShown.current === preview) return;
    previewShown.current = preview;
    if (preview) article.current?.querySelector<HTMLElement>('.editor__preview')?.focus();
    else bodyInput.current?.focus();
  }, [preview]);

  return (
    <article
      ref={article}
      class="editor"
      aria-label={`Entry: ${displayTitle(draft)}`}
      onDragOver={(event) => {
        if (!inTrash && event.dataTransfer?.types.includes('Files')) event.preventDefault();
      }}
      onDrop={async (event) => {
        const files = [...(event.dataTransfer?.files ?? [])];
        if (inTrash || !files.length) return;
        event.preventDefault();
        await entry.ensureSaved();
        await attachFiles(wb, props.initial.id, files);
      }}
    >
      {inTrash ? <TrashBanner entryId={props.initial.id} /> : null}
      <EntryMetaBar draft={draft} preview={preview} />
      <EntryText
        draft={draft}
        preview={preview}
        readOnly={inTrash}
        titleInput={titleInput}
        bodyInput={bodyInput}
        onChange={change}
      />
      <MentorFeedback kind="entry" id={props.initial.id} />
      <EntryFields
        entryId={props.initial.id}
        entry={entry}
        bodyInput={bodyInput}
        suggestionText={suggestionText}
        registerPicker={registerPicker}
      />
    </article>
  );
}
