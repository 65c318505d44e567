import type { Feedback } from '../../lib/mentoring';
import { setFeedbackResolved } from '../../lib/mentoring';

/** The doctor's mark that they have dealt with a piece of feedback, wherever it shows. */
export function DoneWith(props: { item: Feedback }) {
  return (
    <label class="field--inline">
      <input
        type="checkbox"
        checked={props.item.resolvedAt !== undefined}
        onChange={(event) => void setFeedbackResolved(props.item.id, event.currentTarget.checked)}
      />
      <span>Done with</span>
    </label>
  );
}
