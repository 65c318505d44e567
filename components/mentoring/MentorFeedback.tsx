import { countFeedbackOn } from '../../lib/mentoring/feedback-count';
import { useLiveQuery } from '../hooks/useLiveQuery';
import { lazy } from '../shell/lazy';

const FeedbackOnTarget = lazy(() => import('./FeedbackOnTarget').then((module) => module.FeedbackOnTarget), {
  quiet: true,
});

/**
 * A mentor's comments on this entry or goal, when there are any. The list (and mentoring's code)
 * loads only then, so an entry without feedback costs one count.
 */
export function MentorFeedback(props: { kind: 'entry' | 'goal'; id: string }) {
  const { value: count } = useLiveQuery(() => countFeedbackOn(props.id), [props.id]);
  return count ? <FeedbackOnTarget kind={props.kind} id={props.id} /> : null;
}
