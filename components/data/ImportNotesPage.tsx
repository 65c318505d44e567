import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { formatIsoDate } from '../../lib/dates';
import { importNotes, NOTE_FILE_ACCEPT, type NoteImportPlan, planNoteImport } from '../../lib/import';
import { useWorkbench } from '../workbench/context';

/** `Journal: Import Notes…`: Markdown, text or Word files become entries, after a preview. */
export function ImportNotesPage() {
  const wb = useWorkbench();
  const [plan, setPlan] = useState<NoteImportPlan | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => input.current?.focus(), []);

  const run = async () => {
    if (!plan?.drafts.length) return;
    setBusy(true);
    try {
      const created = await importNotes(plan.drafts);
      wb.notify(`${created.length} ${created.length === 1 ? 'entry' : 'entries'} created from your notes.`);
      setPlan(null);
      const first = created[0];
      if (first) await wb.openEntry(first.id);
    } catch (error) {
      wb.notify(
        `Nothing was imported: ${error instanceof Error ? error.message : String(error)}. Your journal is unchanged.`,
        { tone: 'error' },
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <article class="page" aria-labelledby="import-notes-title">
      <h2 id="import-notes-title">Import notes</h2>
      <p>
        Bring in reflections written elsewhere: Markdown, plain-text or Word (.docx) files, one entry per file. The
        entry's date is the one the note names near its start, or else the file's date. Nothing is created until you say
        so.
      </p>
      <label class="field">
        <span class="field__label">Files to import</span>
        <input
          ref={input}
          type="file"
          multiple
          accept={NOTE_FILE_ACCEPT}
          onChange={async (event) => {
            const files = [...(event.currentTarget.files ?? [])];
            if (!files.length) return;
            setPlan(await planNoteImport(files));
          }}
        />
      </label>
      {plan ? (
        <>
          {plan.problems.length ? (
            <div class="patient-details" role="alert">
              <h3>
                {plan.problems.length === 1
                  ? 'One file cannot be imported'
                  : `${plan.problems.length} files cannot be imported`}
              </h3>
              <ul>
                {plan.problems.map((problem) => (
                  <li key={problem.fileName}>{problem.message}</li>
                ))}
              </ul>
            </div>
          ) : null}
          {plan.drafts.length ? (
            <>
              <table class="compare">
                <caption>
                  {plan.drafts.length === 1
                    ? 'This entry will be created'
                    : `These ${plan.drafts.length} entries will be created`}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Title</th>
                    <th scope="col">Date</th>
                    <th scope="col">From</th>
                  </tr>
                </thead>
                <tbody>
                  {plan.drafts.map((draft) => (
                    <tr key={draft.fileName}>
                      <th scope="row">{draft.title}</th>
                      <td>
                        {formatIsoDate(draft.occurredOn)}{' '}
                        <span class="page__muted">
                          ({draft.dateSource === 'text' ? 'named in the note' : "the file's date"})
                        </span>
                      </td>
                      <td>
                        {draft.fileName}
                        {draft.warnings.length ? <span class="page__muted"> · {draft.warnings.join(' ')}</span> : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p>
                <button type="button" class="button" disabled={busy} onClick={() => void run()}>
                  {busy
                    ? 'Importing…'
                    : `Create ${plan.drafts.length} ${plan.drafts.length === 1 ? 'entry' : 'entries'}`}
                </button>
              </p>
            </>
          ) : null}
        </>
      ) : null}
    </article>
  );
}
