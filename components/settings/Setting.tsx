import type { ComponentChildren } from 'preact';
import { DEFAULT_PREFERENCES, type Preferences } from '../../lib/settings/schema';
import { useWorkbench, useWorkbenchState } from '../workbench/context';

const errorId = (id: string) => `${id}-error`;

/** What a free-entry control says about its message: announced with it, and marked invalid. */
export function invalidProps(id: string, error: string | null) {
  return error ? { 'aria-invalid': true, 'aria-describedby': errorId(id) } : {};
}

export const unreadable = (input: HTMLInputElement) => input.validity.badInput;

/** One setting with its label, hint and a reset to the default. */
export function Setting(props: {
  id: string;
  label: string;
  hint?: string;
  field: keyof Preferences;
  /** What is wrong with what the user typed; the control names it with `aria-describedby={errorId(id)}`. */
  error?: string | null;
  children: ComponentChildren;
}) {
  const wb = useWorkbench();
  const value = useWorkbenchState((state) => state.preferences[props.field]);
  const isDefault = JSON.stringify(value) === JSON.stringify(DEFAULT_PREFERENCES[props.field]);
  return (
    <div class="setting">
      <label class="field__label" for={props.id}>
        {props.label}
      </label>
      {props.children}
      {props.hint ? <span class="field__hint">{props.hint}</span> : null}
      {props.error ? (
        <span id={errorId(props.id)} class="field__error" role="alert">
          {props.error}
        </span>
      ) : null}
      {isDefault ? null : (
        <button
          type="button"
          class="link-button setting__reset"
          onClick={() => void wb.setPreferences({ [props.field]: DEFAULT_PREFERENCES[props.field] })}
        >
          Reset to default<span class="visually-hidden"> {props.label}</span>
        </button>
      )}
    </div>
  );
}
