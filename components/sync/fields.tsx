import type { Ref } from 'preact';

/** A labelled text box with its hint and, when there is one, the problem with what was typed. */
export function Field(props: {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  type?: 'text' | 'password' | 'url';
  autoComplete?: string;
  hint?: string;
  error?: string;
  fieldRef?: Ref<HTMLInputElement>;
}) {
  const hintId = `${props.id}-hint`;
  const errorId = `${props.id}-error`;
  const describedBy = [props.hint ? hintId : '', props.error ? errorId : ''].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label class="field__label" for={props.id}>
        {props.label}
      </label>
      <input
        ref={props.fieldRef}
        id={props.id}
        // Preact types each input type apart; one box here serves text, url and password alike.
        type={(props.type ?? 'text') as 'text'}
        autoComplete={props.autoComplete}
        spellcheck={false}
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy || undefined}
        onInput={(event) => props.onValue(event.currentTarget.value)}
      />
      {props.hint ? (
        <span id={hintId} class="field__hint">
          {props.hint}
        </span>
      ) : null}
      {props.error ? (
        <span id={errorId} class="field__error">
          {props.error}
        </span>
      ) : null}
    </div>
  );
}

/** Focuses the first field (by id, in order) that has a problem; returns whether there was one. */
export function focusFirstProblem(order: readonly string[], problems: Record<string, string | undefined>): boolean {
  const first = order.find((id) => problems[id]);
  if (!first) return false;
  document.getElementById(first)?.focus();
  return true;
}
