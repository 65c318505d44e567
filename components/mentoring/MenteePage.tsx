import { useState } from 'preact/hooks';
import { downloadText } from '../../app/shell/download';
import { exportsFor } from '../../app/summary/exports';
import { formatInstantDate } from '../../lib/dates';
import {
  addMentorComment,
  createFeedbackFile,
  deleteMentorComment,
  getMentee,
  removeMentee,
  SELF_DECLARED_NOTE,
  suggestGoal,
  type Target,
} from '../../lib/mentoring';
import { useFocusTarget } from '../hooks/useFocusTarget';
import { useLiveQuery } from '../hooks/useLiveQuery';
import { SummarySections } from '../summary/SummarySections';
import { useWorkbench } from '../workbench/context';
import { CommentText } from './CommentText';

/** The id of the comment box for one shared entry, so the entry's title in the summary can lead to it. */
const commentBoxId = (entryId: string) => `mentor-comment-${entryId}`;

/** In a mentor's view the entry is not in this journal: its title leads to its comment box instead. */
function showSharedEntry(entryId: string): void {
  // Focus brings it into view.
  document.getElementById(commentBoxId(entryId))?.focus();
}

function CommentBox(props: { menteeId: string; target: Target; label: string; id?: string }) {
  const [text, setText] = useState('');
  return (
    <form
      class="comment-box"
      onSubmit={async (event) => {
        event.preventDefault();
        if (!text.trim()) return;
        await addMentorComment(props.menteeId, props.target, text);
        setText('');
      }}
    >
      <label class="field">
        <span class="field__label">{props.label}</span>
        <textarea id={props.id} rows={2} value={text} onInput={(event) => setText(event.currentTarget.value)} />
      </label>
      <button type="submit" class="button button--secondary" disabled={!text.trim()}>
        Add comment
      </button>
    </form>
  );
}

/** A mentee's shared summary, read-only, with the mentor's comments, suggested goals and feedback file. */
export function MenteePage(props: { menteeId: string }) {
  const wb = useWorkbench();
  const { value: detail } = useLiveQuery(() => getMentee(props.menteeId), [props.menteeId]);
  const [mentorName, setMentorName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [goal, setGoal] = useState('');
  const feedbackRef = useFocusTarget<HTMLInputElement>('mentee.feedback');
  if (detail === undefined) return <p class="editor__message">Opening the shared summary…</p>;
  const { mentee, changes, comments, suggestedGoals } = detail;
  const bundle = mentee.bundle;
  const fresh = new Set([...changes.newEntryIds, ...changes.changedEntryIds]);

  return (
    <article class="page" aria-labelledby="mentee-title">
      <p class="page__eyebrow">Shared with you · {bundle.period.label}</p>
      <h2 id="mentee-title">{bundle.displayName}</h2>
      <p class="summary__gap">{SELF_DECLARED_NOTE}</p>
      <p class="page__muted">Shared {formatInstantDate(bundle.createdAt)}; read-only.</p>
      {fresh.size ? (
        <p role="status">
          New or changed since the last summary: {changes.newEntryIds.length} new, {changes.changedEntryIds.length}{' '}
          changed.
        </p>
      ) : null}
      <CommentBox menteeId={props.menteeId} target={{ kind: 'summary' }} label="Comment on the whole summary" />
      <SummarySections
        sections={bundle.summary.sections}
        onCopySection={(section) => void exportsFor(wb, bundle.summary).copySection(section)}
        onOpenEntry={showSharedEntry}
      />
      <h3>Comment on an entry or goal</h3>
      <ul class="plan__goals">
        {bundle.entries.map((entry) => (
          <li key={entry.id} class="plan__goal" data-new={fresh.has(entry.id) || undefined}>
            <strong>{entry.title}</strong> <span class="page__muted">{entry.dateLabel}</span>
            {fresh.has(entry.id) ? <span class="patient-details__badge">New or changed</span> : null}
            <CommentBox
              menteeId={props.menteeId}
              target={{ kind: 'entry', id: entry.id }}
              label={`Comment on “${entry.title}”`}
              id={commentBoxId(entry.id)}
            />
          </li>
        ))}
        {bundle.goals.map((item) => (
          <li key={item.id} class="plan__goal">
            <strong>Goal: {item.title}</strong>
            <CommentBox
              menteeId={props.menteeId}
              target={{ kind: 'goal', id: item.id }}
              label={`Comment on the goal “${item.title}”`}
            />
          </li>
        ))}
      </ul>
      <h3>Your comments ({comments.length})</h3>
      <ul>
        {comments.map((comment) => (
          <li key={comment.id}>
            <CommentText markdown={comment.text} />
            <button type="button" class="link-button" onClick={() => void deleteMentorComment(comment.id)}>
              Delete<span class="visually-hidden"> comment</span>
            </button>
          </li>
        ))}
      </ul>
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          if (!goal.trim()) return;
          await suggestGoal(props.menteeId, { title: goal });
          setGoal('');
        }}
      >
        <label class="field">
          <span class="field__label">Suggest a development goal</span>
          <input type="text" maxLength={300} value={goal} onInput={(event) => setGoal(event.currentTarget.value)} />
        </label>
        <button type="submit" class="button button--secondary" disabled={!goal.trim()}>
          Suggest goal
        </button>
      </form>
      {suggestedGoals.length ? (
        <ul>
          {suggestedGoals.map((item) => (
            <li key={item.id}>Suggested goal: {item.title}</li>
          ))}
        </ul>
      ) : null}
      <h3>Send your feedback</h3>
      <label class="field">
        <span class="field__label">Your name, as your mentee will see it</span>
        <input
          ref={feedbackRef}
          type="text"
          maxLength={100}
          value={mentorName}
          onInput={(event) => setMentorName(event.currentTarget.value)}
        />
      </label>
      <label class="field">
        <span class="field__label">Passphrase (optional)</span>
        <input type="password" value={passphrase} onInput={(event) => setPassphrase(event.currentTarget.value)} />
      </label>
      <p>
        <button
          type="button"
          class="button"
          disabled={!mentorName.trim()}
          onClick={async () => {
            const file = await createFeedbackFile(props.menteeId, mentorName.trim(), passphrase || undefined);
            downloadText(file.filename, file.text);
            wb.notify(`Saved ${file.filename}. Send it back to ${bundle.displayName}.`);
          }}
        >
          Export feedback file
        </button>{' '}
        <button
          type="button"
          class="button button--danger"
          onClick={async () => {
            if (await wb.confirm(`Remove ${bundle.displayName} and everything of theirs from Lantern?`, 'Remove')) {
              await removeMentee(props.menteeId);
              wb.store.set({ editor: { type: 'empty' }, narrowPart: 'sideBar' });
            }
          }}
        >
          Remove mentee
        </button>
      </p>
    </article>
  );
}
