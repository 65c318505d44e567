import { useState } from 'preact/hooks';
import { formatIsoDate } from '../../lib/dates';
import { displayTitle } from '../../lib/entries/schema';
import { findElement } from '../../lib/frameworks';
import { createGoal, deleteGoal, listGoals, updateGoal } from '../../lib/goals/repository';
import { GOAL_STATUS_LABELS, GOAL_STATUSES, type Goal, type GoalStatus } from '../../lib/goals/schema';
import { detectPatientDetails } from '../../lib/privacy';
import { useJournal } from '../hooks/useJournal';
import { useLiveQuery } from '../hooks/useLiveQuery';
import { MentorFeedback } from '../mentoring/MentorFeedback';
import { useWorkbench } from '../workbench/context';

/** The personal development plan: goals, their status and evidence; `Summary: Review Development Plan`. */
export function PlanPage() {
  const { value: goals } = useLiveQuery(listGoals, []);
  const [title, setTitle] = useState('');
  const [targetDate, setTargetDate] = useState('');

  const add = async (event: Event) => {
    event.preventDefault();
    if (!title.trim()) return;
    await createGoal({ title, targetDate: targetDate || undefined });
    setTitle('');
    setTargetDate('');
  };

  return (
    <article class="page" aria-labelledby="plan-title">
      <h2 id="plan-title">Personal development plan</h2>
      <p class="page__muted">
        Goals for the year ahead, with the entries that show progress. An entry's actions become goals with “Make
        actions into goals” in the entry.
      </p>
      <form class="plan__add" onSubmit={(event) => void add(event)}>
        <label class="field">
          <span class="field__label">New goal</span>
          <input
            type="text"
            maxLength={300}
            value={title}
            placeholder="e.g. Chair the departmental governance meeting"
            onInput={(event) => setTitle(event.currentTarget.value)}
          />
        </label>
        <label class="field">
          <span class="field__label">Target date</span>
          <input type="date" value={targetDate} onInput={(event) => setTargetDate(event.currentTarget.value)} />
        </label>
        <button type="submit" class="button" disabled={!title.trim()}>
          Add goal
        </button>
      </form>
      {goals === undefined ? null : goals.length === 0 ? (
        <p>No goals yet.</p>
      ) : (
        <ul class="plan__goals" aria-label="Goals">
          {goals.map((goal) => (
            <GoalItem key={goal.id} goal={goal} />
          ))}
        </ul>
      )}
    </article>
  );
}

function GoalItem(props: { goal: Goal }) {
  const wb = useWorkbench();
  const { goal } = props;
  const { entries } = useJournal();
  const evidence = (entries ?? []).filter((entry) => goal.entryIds.includes(entry.id));
  const [notes, setNotes] = useState(goal.reviewNotes);
  const [title, setTitle] = useState(goal.title);
  // The summary's export gate scans goals with the same detector: show here what it waits on.
  const details = [
    ...detectPatientDetails(goal.title).map((finding) => ({ where: 'the title', finding })),
    ...detectPatientDetails(goal.reviewNotes).map((finding) => ({ where: 'the review notes', finding })),
  ].filter((item) => item.finding.severity === 'warning');

  return (
    <li class="plan__goal">
      <h3>{goal.title}</h3>
      <MentorFeedback kind="goal" id={goal.id} />
      {details.length ? (
        <ul class="patient-details__list" aria-label={`Possible patient details in “${goal.title}”`}>
          {details.map(({ where, finding }) => (
            <li key={`${where}:${finding.id}`} data-severity="warning">
              In {where}: “{finding.text}” — {finding.message}
            </li>
          ))}
        </ul>
      ) : null}
      <label class="field">
        <span class="field__label">Goal</span>
        <input
          type="text"
          maxLength={300}
          value={title}
          onInput={(event) => setTitle(event.currentTarget.value)}
          onBlur={() => {
            // A goal needs a title: an emptied field goes back to the one saved.
            if (!title.trim()) setTitle(goal.title);
            else if (title !== goal.title) void updateGoal(goal.id, { title });
          }}
        />
      </label>
      <div class="plan__row">
        <label class="field">
          <span class="field__label">Status</span>
          <select
            value={goal.status}
            onChange={(event) => void updateGoal(goal.id, { status: event.currentTarget.value as GoalStatus })}
          >
            {GOAL_STATUSES.map((status) => (
              <option key={status} value={status}>
                {GOAL_STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span class="field__label">Target date</span>
          <input
            type="date"
            value={goal.targetDate ?? ''}
            onChange={(event) => void updateGoal(goal.id, { targetDate: event.currentTarget.value || undefined })}
          />
        </label>
      </div>
      {goal.competencies.length ? (
        <p class="page__muted">
          Builds: {goal.competencies.map((id) => findElement(id)?.element.name ?? id).join(', ')}
        </p>
      ) : null}
      <p class="page__muted">
        Evidence:{' '}
        {evidence.length
          ? evidence.map((entry, index) => (
              <span key={entry.id}>
                {index ? ', ' : ''}
                <button type="button" class="link-button" onClick={() => void wb.openEntry(entry.id)}>
                  {displayTitle(entry)}
                </button>{' '}
                ({formatIsoDate(entry.occurredOn)})
              </span>
            ))
          : 'none linked yet'}
      </p>
      <label class="field">
        <span class="field__label">Review notes</span>
        <textarea
          rows={2}
          value={notes}
          onInput={(event) => setNotes(event.currentTarget.value)}
          onBlur={() => notes !== goal.reviewNotes && void updateGoal(goal.id, { reviewNotes: notes })}
        />
      </label>
      <button
        type="button"
        class="link-button"
        onClick={async () => {
          if (await wb.confirm(`Delete the goal “${goal.title}”?`, 'Delete goal')) await deleteGoal(goal.id);
        }}
      >
        Delete goal<span class="visually-hidden"> {goal.title}</span>
      </button>
    </li>
  );
}
