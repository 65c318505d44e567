import { useState } from 'preact/hooks';
import { formatInstantDate, formatInstantTime } from '../../lib/dates';
import { entryDifferences } from '../../lib/entries/differences';
import { getEntry } from '../../lib/entries/repository';
import { listRevisions, restoreRevision } from '../../lib/entries/revisions';
import { displayTitle, type Entry, type Revision, type RevisionReason } from '../../lib/entries/schema';
import { countOwnWords } from '../../lib/entries/templates';
import { entryAsRevised } from '../../lib/entries/whole-revision';
import { describeStorageError } from '../../lib/storage-errors';
import { useLiveQuery } from '../hooks/useLiveQuery';
import { useWorkbench } from '../workbench/context';
import { MarkdownPreview } from './MarkdownPreview';

const REASONS: Record<RevisionReason, string> = {
  session: 'End of an editing session',
  interval: 'While writing',
  conflict: 'From another window (kept when both changed it)',
  restore: 'Before a restore',
};

/** `Entry: Show History`: earlier versions of the entry, newest first; restore any of them. */
export function HistoryPage(props: { entryId: string }) {
  const wb = useWorkbench();
  const { value: entry } = useLiveQuery(() => getEntry(props.entryId), [props.entryId]);
  const { value: revisions } = useLiveQuery(() => listRevisions(props.entryId), [props.entryId]);
  const [chosen, setChosen] = useState<string | null>(null);
  const revision = revisions?.find((item) => item.id === chosen) ?? revisions?.[0];

  const restore = async () => {
    if (!revision?.id) return;
    try {
      await restoreRevision(props.entryId, revision.id);
    } catch (error) {
      // restoreRevision's own errors already say what happened; storage errors get a doctor's words.
      const problem = describeStorageError(error);
      const reason = problem.kind === 'unknown' && error instanceof Error ? error.message : problem.message;
      wb.notify(`This version could not be restored, so the entry is unchanged. ${reason}`, { tone: 'error' });
      return;
    }
    wb.notify(
      `Restored the version from ${formatInstantDate(revision.savedAt)}, ${formatInstantTime(revision.savedAt)}. The text it replaced is kept in the history.`,
    );
    await wb.openEntry(props.entryId);
  };

  return (
    <article class="page history" aria-labelledby="history-title">
      <p class="page__eyebrow">History</p>
      <h2 id="history-title">{entry ? displayTitle(entry) : 'Entry'}</h2>
      <p>
        <button type="button" class="button button--secondary" onClick={() => void wb.openEntry(props.entryId)}>
          Back to the entry
        </button>
      </p>
      {revisions === undefined ? null : revisions.length === 0 ? (
        <p class="page__muted">
          No earlier versions yet. Lantern keeps one when you finish an editing session and every five minutes while you
          write (the last 50).
        </p>
      ) : (
        <div class="history__layout">
          <ul class="history__list" aria-label="Earlier versions">
            {revisions.map((item) => (
              <li key={item.id}>
                <button
                  type="button"
                  class="history__item"
                  aria-current={item.id === revision?.id ? 'true' : undefined}
                  onClick={() => setChosen(item.id ?? null)}
                >
                  <span>
                    {formatInstantDate(item.savedAt)}, {formatInstantTime(item.savedAt)}
                  </span>
                  <span class="page__muted">
                    {REASONS[item.reason]} · {countOwnWords(item.body)} words
                  </span>
                </button>
              </li>
            ))}
          </ul>
          {revision ? (
            <section class="history__preview" aria-label="Chosen version">
              <h3>{displayTitle(revision)}</h3>
              <MarkdownPreview markdown={revision.body} />
              {entry ? <Differences revision={revision} entry={entry} /> : null}
              <button type="button" class="button" onClick={() => void restore()}>
                Restore this version
              </button>
            </section>
          ) : null}
        </div>
      )}
    </article>
  );
}

/** Compare: every field in which the chosen version differs from the entry now. */
function Differences(props: { revision: Revision; entry: Entry }) {
  const differences = entryDifferences(entryAsRevised(props.revision, props.entry), props.entry);
  const textOnly = props.revision.fields ? null : <p class="page__muted">This version kept the title and text only.</p>;
  if (differences.length === 0)
    return (
      <>
        {textOnly}
        <p class="page__muted">The same as the entry now.</p>
      </>
    );
  return (
    <>
      {textOnly}
      <table class="history__differences">
        <caption>How this version differs from the entry now</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">This version</th>
            <th scope="col">Now</th>
          </tr>
        </thead>
        <tbody>
          {differences.map((difference) => (
            <tr key={difference.field}>
              <th scope="row">{difference.label}</th>
              <td>{difference.earlier}</td>
              <td>{difference.now}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
