import { formatInstantDate } from '../../lib/dates';
import { listMentees } from '../../lib/mentoring';
import { useLiveQuery } from '../hooks/useLiveQuery';
import { CommandButton } from '../shell/CommandButton';
import { ViewHeader } from '../shell/ViewHeader';
import { useWorkbench } from '../workbench/context';

/** Mentoring: share with a mentor, and (as a mentor) the mentees whose summaries you hold. */
export function MentoringView() {
  const wb = useWorkbench();
  const { value: mentees } = useLiveQuery(listMentees, []);
  return (
    <section class="view" aria-labelledby="mentoring-view-title">
      <ViewHeader titleId="mentoring-view-title" title="Mentoring" />
      <div class="view__body">
        <h3 class="field__label">As a mentee</h3>
        <ul class="summaries__list">
          <li>
            <CommandButton command="mentoring.share" class="link-button" label="Share with your mentor…" />
          </li>
          <li>
            <CommandButton command="mentoring.importFeedback" class="link-button" label="Import feedback…" />
          </li>
        </ul>
        <h3 class="field__label">As a mentor</h3>
        <ul class="summaries__list">
          <li>
            <CommandButton command="mentoring.openBundle" class="link-button" label="Open a shared summary…" />
          </li>
          {(mentees ?? []).map((mentee) => (
            <li key={mentee.menteeId}>
              <button
                type="button"
                class="link-button"
                onClick={() => void wb.showPage({ type: 'mentee', menteeId: mentee.menteeId })}
              >
                {mentee.displayName}
              </button>{' '}
              <span class="page__muted">
                {mentee.period.label}, received {formatInstantDate(mentee.receivedAt)}
                {mentee.changes.newEntryIds.length + mentee.changes.changedEntryIds.length
                  ? ` · ${mentee.changes.newEntryIds.length + mentee.changes.changedEntryIds.length} new or changed`
                  : ''}
              </span>
            </li>
          ))}
        </ul>
        <p class="field__hint">
          Files travel by whatever channel you and your mentor already trust; there is no server.
        </p>
      </div>
    </section>
  );
}
