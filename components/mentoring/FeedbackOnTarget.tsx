import { formatInstantDate } from '../../lib/dates';
import { feedbackOn } from '../../lib/mentoring';
import { feedbackAnchorId } from '../../lib/mentoring/feedback-count';
import { useLiveQuery } from '../hooks/useLiveQuery';
import { CommentText } from './CommentText';
import { DoneWith } from './DoneWith';

/** What a mentor wrote about one entry or goal, shown with it (the Feedback page links here). */
export function FeedbackOnTarget(props: { kind: 'entry' | 'goal'; id: string }) {
  const { value: feedback } = useLiveQuery(
    () => feedbackOn({ kind: props.kind, id: props.id }),
    [props.kind, props.id],
  );
  if (!feedback?.length) return null;
  const headingId = `${feedbackAnchorId(props.id)}-title`;
  return (
    <section id={feedbackAnchorId(props.id)} class="mentor-feedback" aria-labelledby={headingId} tabIndex={-1}>
      <h3 id={headingId} class="mentor-feedback__title">
        From your mentor
      </h3>
      <ul class="mentor-feedback__list">
        {feedback.map((item) => (
          <li key={item.id} class={item.resolvedAt === undefined ? undefined : 'mentor-feedback__done'}>
            <p class="page__muted">
              {item.fromName}, {formatInstantDate(item.writtenAt)}
            </p>
            {item.text ? <CommentText markdown={item.text} /> : null}
            <DoneWith item={item} />
          </li>
        ))}
      </ul>
    </section>
  );
}
