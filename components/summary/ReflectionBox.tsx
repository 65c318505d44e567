import { useEffect, useRef, useState } from 'preact/hooks';
import { saveAppraisalNote } from '../../lib/appraisal-notes/repository';

/** How long typing must pause before the reflection is saved. */
export const REFLECTION_SAVE_DELAY_MS = 600;

type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

const STATE_WORDS: Record<SaveState, string> = {
  idle: '',
  saving: 'Saving…',
  saved: 'Saved.',
  failed: '',
};

/**
 * The doctor's reflection on one section, for one appraisal year. It saves itself once typing pauses;
 * if a save fails, the words stay in the box and the doctor is told, and the next keystroke tries again.
 */
export function ReflectionBox(props: { periodEnd: string; sectionId: string; sectionTitle: string; initial: string }) {
  const [text, setText] = useState(props.initial);
  const [state, setState] = useState<SaveState>('idle');
  const [problem, setProblem] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<string | undefined>(undefined);
  const { periodEnd, sectionId } = props;

  const save = async (value: string) => {
    pending.current = undefined;
    setState('saving');
    try {
      await saveAppraisalNote(periodEnd, sectionId, value);
      setState('saved');
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
      setState('failed');
    }
  };

  // Leaving the page (or another year) saves what was typed but not yet saved.
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      if (pending.current !== undefined) void saveAppraisalNote(periodEnd, sectionId, pending.current);
    },
    [periodEnd, sectionId],
  );

  const onInput = (value: string) => {
    setText(value);
    pending.current = value;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(value), REFLECTION_SAVE_DELAY_MS);
  };

  const id = `reflection-${sectionId}`;
  return (
    <div class="summary__reflection-box field no-print">
      <label class="field__label" for={id}>
        Your reflection on {props.sectionTitle}
      </label>
      <textarea id={id} rows={4} value={text} onInput={(event) => onInput(event.currentTarget.value)} />
      {state === 'failed' ? (
        <p class="summary__gap" role="alert">
          Your reflection was not saved: {problem} It is still here; keep typing to try again.
        </p>
      ) : (
        <p class="page__muted" role="status">
          {STATE_WORDS[state]}
        </p>
      )}
    </div>
  );
}
