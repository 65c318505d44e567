import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatIsoDate } from '../../lib/dates';
import { ENTRY_KINDS } from '../../lib/entries/kinds';
import { getEntry } from '../../lib/entries/repository';
import { displayTitle, type Entry, MAX_TITLE_LENGTH } from '../../lib/entries/schema';
import { applyTemplate, templateById, templateCaret } from '../../lib/entries/templates';
import { redactInField } from '../../lib/privacy/fields';
import { findingKey } from '../../lib/privacy/keys';
import { promptCaret } from '../../lib/prompts/start';
import { countWords, withoutComments } from '../../lib/text';
import { useLiveQuery } from '../hooks/useLiveQuery';
import { useSettled } from '../hooks/useSettled';
import { CommandButton } from '../shell/CommandButton';
import { useWorkbench, useWorkbenchState } from '../workbench/context';
import { type Draft, draftOf } from './draft';
import { attachFiles, EntryAttachments } from './EntryAttachments';
import { EntryCompetencies } from './EntryCompetencies';
import { EntryDetails, LineListField } from './EntryDetails';
import { MarkdownPreview } from './MarkdownPreview';
import { applyFormat, MarkdownToolbar } from './MarkdownToolbar';
import { PatientDetails } from './PatientDetails';
import { TrashBanner } from './TrashBanner';
import { useEntryAutosave } from './useEntryAutosave';
import { useOtherWindowEdits } from './useOtherWindowEdits';
import { usePatientDetails } from './usePatientDetails';

/** Characters from which an entry counts as long: per-key work on its whole text waits for a pause. */
const LONG_TEXT = 20_000;
const SETTLE_MS = 300;

/** The open entry: title, then the markdown body, then the linked competencies, in tab order. */
export function EntryForm(props: { initial: Entry; focusTitle: boolean }) {
  const wb = useWorkbench();
  const preview = useWorkbenchState((state) => state.preview);
  const [draft, setDraft] = useState<Draft>(() => draftOf(props.initial));
  const latest = useRef(draft);
  const titleInput = useRef<HTMLInputElement>(null);
  const bodyInput = useRef<HTMLTextAreaElement>(null);
  const article = useRef<HTMLElement>(null);
  const saver = useEntryAutosave(wb, props.initial);
  const openPicker = useRef<() => void>(() => undefined);
  const registerPicker = useCallback((open: () => void) => {
    openPicker.current = open;
  }, []);
  /** Attachments hang off a stored entry: write the entry (even an empty new one) first. */
  const ensureSaved = useCallback(async () => {
    saver.current?.change(latest.current);
    await saver.current?.flush();
  }, [saver]);
  // Watch the stored entry for changes made elsewhere: Trash, restore.
  const { value: stored } = useLiveQuery(() => getEntry(props.initial.id), [props.initial.id]);
  const inTrash = stored?.deletedAt !== undefined;
  const showStored = useCallback(
    (entry: Entry) => {
      latest.current = draftOf(entry);
      setDraft(latest.current);
      wb.store.set({ wordCount: countWords(entry.body) });
    },
    [wb],
  );
  useOtherWindowEdits(stored, saver, showStored);

  // Counting a long entry's words takes milliseconds: above LONG_TEXT it waits for a pause in typing.
  const countTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(countTimer.current), []);
  const change = (patch: Partial<Draft>) => {
    const next = { ...latest.current, ...patch };
    latest.current = next;
    setDraft(next);
    if (patch.body !== undefined) {
      clearTimeout(countTimer.current);
      const count = () => wb.store.set({ wordCount: countWords(latest.current.body) });
      if (next.body.length < LONG_TEXT) count();
      else countTimer.current = setTimeout(count, SETTLE_MS);
    }
    saver.current?.change(next);
  };
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
    wb.store.set({ openEntry: props.initial, wordCount: countWords(props.initial.body) });
    wb.setEditorHandle({
      flush: async () => saver.current?.flush(),
      focus: () => (titleInput.current?.value ? bodyInput.current : titleInput.current)?.focus(),
      competencies: () => latest.current.competencies,
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
        change({ body: applyTemplate(latest.current.body, template), template: template.id });
        bodyInput.current?.focus();
      },
    });
    return () => {
      wb.setEditorHandle(null);
      wb.store.set({ openEntry: null, wordCount: null, save: { state: 'idle' } });
    };
    // `change` reads refs only; the handle is set once per entry.
  }, [wb, props.initial, saver]);

  useEffect(() => {
    if (stored) wb.store.set({ openEntry: stored });
  }, [wb, stored]);

  const findings = usePatientDetails(draft, draft.privacyExceptions);
  // Role, tags and the line lists keep their own text while typed in: a redaction there redraws them.
  const [redactions, setRedactions] = useState(0);
  useEffect(() => {
    const warnings = findings.filter((item) => item.finding.severity === 'warning').length;
    wb.store.set({ privacy: { warnings, hints: findings.length - warnings } });
  }, [wb, findings]);
  useEffect(() => () => wb.store.set({ privacy: null }), [wb]);

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
        await ensureSaved();
        await attachFiles(wb, props.initial.id, files);
      }}
    >
      {inTrash ? <TrashBanner entryId={props.initial.id} /> : null}
      <div class="editor__meta">
        <span>{formatIsoDate(draft.occurredOn)}</span>
        <span aria-hidden="true">·</span>
        <span>{ENTRY_KINDS[draft.kind].label}</span>
        <span class="editor__spacer" />
        <button
          type="button"
          class="button button--secondary"
          aria-pressed={preview}
          title={wb.describeCommand('entry.togglePreview')}
          onClick={() => void wb.run('entry.togglePreview')}
        >
          {preview ? 'Write' : 'Preview'}
        </button>
      </div>
      <MarkdownToolbar disabled={inTrash || preview} />
      <input
        ref={titleInput}
        class="editor__title"
        type="text"
        aria-label="Title"
        placeholder="Title"
        maxLength={MAX_TITLE_LENGTH}
        spellcheck
        lang="en-GB"
        value={draft.title}
        readOnly={inTrash}
        onInput={(event) => change({ title: event.currentTarget.value })}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            bodyInput.current?.focus();
          }
        }}
      />
      {preview ? (
        <MarkdownPreview markdown={draft.body} />
      ) : (
        <textarea
          ref={bodyInput}
          class="editor__body"
          aria-label="Reflection (markdown)"
          placeholder="What happened? What did you notice? What will you do next? Markdown works here."
          spellcheck
          lang="en-GB"
          value={draft.body}
          readOnly={inTrash}
          onInput={(event) => change({ body: event.currentTarget.value })}
        />
      )}
      <PatientDetails
        findings={findings}
        entry={draft}
        readOnly={inTrash}
        onRedact={(item) => {
          const { finding } = item;
          if (
            item.field === 'body' &&
            bodyInput.current &&
            bodyInput.current.value.slice(finding.start, finding.end) === finding.text
          ) {
            // Through the browser's editing, so Ctrl+Z brings the text back.
            const textarea = bodyInput.current;
            textarea.focus();
            textarea.setSelectionRange(finding.start, finding.end);
            if (document.execCommand?.('insertText', false, finding.placeholder)) return;
          }
          const patch = redactInField(latest.current, item);
          if (!patch) return;
          change(patch);
          if (item.field !== 'title' && item.field !== 'body') setRedactions((count) => count + 1);
        }}
        onIgnore={(item) =>
          change({ privacyExceptions: [...new Set([...draft.privacyExceptions, findingKey(item.finding)])] })
        }
      />
      <EntryDetails key={`details-${redactions}`} value={draft} readOnly={inTrash} onChange={change} />
      <EntryCompetencies
        text={suggestionText}
        linked={draft.competencies}
        readOnly={inTrash}
        onChange={(competencies) => {
          change({ competencies: [...competencies] });
          void saver.current?.flush();
        }}
      />
      <LineListField
        key={`learning-${redactions}`}
        label="Learning points"
        hint="One per line: what you take from this"
        items={draft.learningPoints}
        readOnly={inTrash}
        onChange={(learningPoints) => change({ learningPoints })}
      />
      <EntryAttachments
        entryId={props.initial.id}
        readOnly={inTrash}
        ensureSaved={ensureSaved}
        registerPicker={registerPicker}
      />
      <LineListField
        key={`actions-${redactions}`}
        label="Actions"
        hint="One per line: what you will do (these can become development goals)"
        items={draft.actions}
        readOnly={inTrash}
        onChange={(actions) => change({ actions })}
      />
      {draft.actions.length && !inTrash ? (
        <p>
          <CommandButton command="entry.makeGoals" class="button button--secondary" label="Make actions into goals" />
        </p>
      ) : null}
    </article>
  );
}
