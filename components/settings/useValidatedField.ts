import { useEffect, useState } from 'preact/hooks';
import type { FieldResult } from '../../lib/settings/validate';

/**
 * A free-entry setting's text as the user typed it, saved only when valid. A valid change saves as it is
 * typed; an invalid one keeps the text on screen and, once the user leaves the field, says what to enter.
 * When the saved value changes elsewhere (Reset to default), the field shows it.
 */
export function useValidatedField<T>(options: {
  saved: T;
  format: (value: T) => string;
  parse: (text: string, unreadable: boolean) => FieldResult<T>;
  save: (value: T) => void;
}) {
  const { saved, format, parse, save } = options;
  const [text, setText] = useState(() => format(saved));
  const [error, setError] = useState<string | null>(null);
  const savedText = JSON.stringify(saved);

  useEffect(() => {
    setText((current) => {
      const result = parse(current, false);
      return result.ok && JSON.stringify(result.value) === savedText ? current : format(saved);
    });
    setError(null);
    // Only a change to what is saved resets the field; `parse` and `format` are fixed per field.
  }, [savedText]);

  const take = (next: string, unreadable: boolean, commit: boolean) => {
    setText(next);
    const result = parse(next, unreadable);
    if (result.ok) {
      setError(null);
      if (JSON.stringify(result.value) !== savedText) save(result.value);
    } else if (commit || error) {
      setError(result.message);
    }
  };

  return {
    text,
    error,
    /** While typing: saves when valid, and updates a message already showing. */
    onInput: (next: string, unreadable = false) => take(next, unreadable, false),
    /** On leaving the field (or the browser's change event): says what is wrong, if anything. */
    onCommit: (next: string, unreadable = false) => take(next, unreadable, true),
  };
}
