import type { Workbench } from '../../app/workbench/workbench';
import { formatInstantDate } from '../../lib/dates';
import {
  feedbackToEntry,
  feedbackToGoal,
  importFeedback,
  listFeedback,
  openBundle,
  readFeedbackFile,
  readShareFile,
} from '../../lib/mentoring';
import { feedbackAnchorId } from '../../lib/mentoring/feedback-count';
import type { Target } from '../../lib/mentoring/schema';
import { useLiveQuery } from '../hooks/useLiveQuery';
import { useWorkbench } from '../workbench/context';
import { CommentText } from './CommentText';
import { DoneWith } from './DoneWith';
import { ProtectedFilePicker } from './FilePicker';

/** `Mentoring: Open Shared Bundle…`: read a mentee's share file and show it. */
export function OpenBundlePage() {
  const wb = useWorkbench();
  return (
    <article class="page" aria-labelledby="open-bundle-title">
      <h2 id="open-bundle-title">Open a shared summary</h2>
      <p>Open the file a mentee sent you. A newer file from the same mentee replaces the older one.</p>
      <ProtectedFilePicker
        label="Shared summary file"
        read={async (text, passphrase) => {
          const result = await readShareFile(text, passphrase);
          return result.ok ? { ok: true, value: result.bundle } : result;
        }}
        onRead={async (bundle) => {
          try {
            const opened = await openBundle(bundle);
            wb.notify(
              opened.replaced
                ? `Updated ${bundle.displayName}'s summary: ${opened.changes.newEntryIds.length} new, ${opened.changes.changedEntryIds.length} changed.`
                : `Opened ${bundle.displayName}'s summary.`,
            );
            await wb.showPage({ type: 'mentee', menteeId: bundle.menteeId });
          } catch (error) {
            wb.notify(error instanceof Error ? error.message : String(error), { tone: 'error' });
          }
        }}
      />
    </article>
  );
}

/** Opens the entry (or the development plan at the goal) a comment is about, with focus on the comment there. */
async function showTarget(wb: Workbench, target: Target): Promise<void> {
  if (target.kind === 'summary') return;
  if (target.kind === 'entry') await wb.openEntry(target.id);
  else await wb.showPage({ type: 'plan' });
  // The entry or plan renders, then loads its feedback: look for it for a moment.
  const started = performance.now();
  const reveal = () => {
    const shown = document.getElementById(feedbackAnchorId(target.id));
    // Focus scrolls it into view.
    if (shown) shown.focus();
    else if (performance.now() - started < 3000) requestAnimationFrame(reveal);
  };
  requestAnimationFrame(reveal);
}

/** `Mentoring: Import Feedback…` and the feedback received, each turnable into a goal or an entry. */
export function FeedbackPage() {
  const wb = useWorkbench();
  const { value: feedback } = useLiveQuery(listFeedback, []);
  return (
    <article class="page" aria-labelledby="feedback-title">
      <h2 id="feedback-title">Feedback from your mentor</h2>
      <ProtectedFilePicker
        label="Feedback file"
        read={async (text, passphrase) => {
          const result = await readFeedbackFile(text, passphrase);
          return result.ok ? { ok: true, value: result.file } : result;
        }}
        onRead={async (file) => {
          const done = await importFeedback(file);
          wb.notify(`Feedback imported: ${done.added} new ${done.added === 1 ? 'item' : 'items'}.`);
        }}
      />
      {feedback?.length ? (
        <ul class="plan__goals" aria-label="Feedback received">
          {feedback.map((item) => (
            <li key={item.id} class="plan__goal">
              <p class="page__muted">
                From {item.fromName}, {formatInstantDate(item.receivedAt)}
                {item.target.kind === 'summary' ? (
                  ' · on your summary'
                ) : (
                  <>
                    {' · on '}
                    <button type="button" class="link-button" onClick={() => void showTarget(wb, item.target)}>
                      {item.targetTitle
                        ? `“${item.targetTitle}”`
                        : item.target.kind === 'entry'
                          ? 'an entry'
                          : 'a goal'}
                    </button>
                  </>
                )}
              </p>
              {item.suggestion ? <p>Suggested goal: {item.suggestion.title}</p> : null}
              {item.text ? <CommentText markdown={item.text} /> : null}
              <p>
                {item.suggestion && !item.goalId ? (
                  <button type="button" class="button button--secondary" onClick={() => void feedbackToGoal(item.id)}>
                    Add to my development plan
                  </button>
                ) : null}{' '}
                {!item.entryId ? (
                  <button type="button" class="button button--secondary" onClick={() => void feedbackToEntry(item.id)}>
                    Save as a feedback entry
                  </button>
                ) : null}{' '}
                <DoneWith item={item} />
              </p>
            </li>
          ))}
        </ul>
      ) : feedback ? (
        <p class="page__muted">No feedback yet.</p>
      ) : null}
    </article>
  );
}
