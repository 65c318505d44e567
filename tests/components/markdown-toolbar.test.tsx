// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { applyFormat } from '../../components/editor/MarkdownToolbar';

function textareaWith(value: string): HTMLTextAreaElement {
  const textarea = document.createElement('textarea');
  document.body.append(textarea);
  textarea.value = value;
  textarea.setSelectionRange(value.length, value.length);
  return textarea;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('applyFormat', () => {
  it.each(['quote', 'list', 'heading'] as const)(
    'leaves the caret at the end of the line after %s, so typing carries on',
    (format) => {
      const textarea = textareaWith('My important point');
      applyFormat(textarea, format);
      expect(textarea.selectionStart).toBe(textarea.value.length);
      expect(textarea.selectionEnd).toBe(textarea.value.length);
      textarea.setRangeText(' and more', textarea.selectionStart, textarea.selectionEnd, 'end');
      expect(textarea.value).toMatch(/^(> |- |## )My important point and more$/);
    },
  );
});
