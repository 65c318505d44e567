import { useEffect, useState } from 'preact/hooks';
import { redactInField } from '../../lib/privacy/fields';
import { findingKey } from '../../lib/privacy/keys';
import { CommandButton } from '../shell/CommandButton';
import { useWorkbench } from '../workbench/context';
import { EntryAttachments } from './EntryAttachments';
import { EntryCompetencies } from './EntryCompetencies';
import { EntryDetails, LineListField } from './EntryDetails';
import { PatientDetails } from './PatientDetails';
import type { EntryDraft } from './useEntryDraft';
import { usePatientDetails } from './usePatientDetails';

/** Everything under the text: patient-detail warnings, details, competencies, learning, attachments, actions. */
export function EntryFields(props: {
  entryId: string;
  entry: EntryDraft;
  bodyInput: { readonly current: HTMLTextAreaElement | null };
  suggestionText: string;
  registerPicker(open: () => void): void;
}) {
  const wb = useWorkbench();
  const { draft, latest, change, saver, inTrash, ensureSaved } = props.entry;
  const findings = usePatientDetails(draft, draft.privacyExceptions);
  // Role, tags and the line lists keep their own text while typed in: a redaction there redraws them.
  const [redactions, setRedactions] = useState(0);
  useEffect(() => {
    const warnings = findings.filter((item) => item.finding.severity === 'warning').length;
    wb.store.set({ privacy: { warnings, hints: findings.length - warnings } });
  }, [wb, findings]);
  useEffect(() => () => wb.store.set({ privacy: null }), [wb]);

  const lineList = (field: 'learningPoints' | 'actions', label: string, hint: string) => (
    <LineListField
      key={`${field}-${redactions}`}
      label={label}
      hint={hint}
      items={draft[field]}
      readOnly={inTrash}
      onChange={(items) => change({ [field]: items })}
    />
  );

  return (
    <>
      <PatientDetails
        findings={findings}
        entry={draft}
        readOnly={inTrash}
        onRedact={(item) => {
          const { finding } = item;
          const textarea = props.bodyInput.current;
          if (item.field === 'body' && textarea && textarea.value.slice(finding.start, finding.end) === finding.text) {
            // Through the browser's editing, so Ctrl+Z brings the text back.
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
        text={props.suggestionText}
        linked={draft.competencies}
        readOnly={inTrash}
        onChange={(competencies) => {
          change({ competencies: [...competencies] });
          void saver.current?.flush();
        }}
      />
      {lineList('learningPoints', 'Learning points', 'One per line: what you take from this')}
      <EntryAttachments
        entryId={props.entryId}
        readOnly={inTrash}
        ensureSaved={ensureSaved}
        registerPicker={props.registerPicker}
      />
      {lineList('actions', 'Actions', 'One per line: what you will do (these can become development goals)')}
      {draft.actions.length && !inTrash ? (
        <p>
          <CommandButton command="entry.makeGoals" class="button button--secondary" label="Make actions into goals" />
        </p>
      ) : null}
    </>
  );
}
