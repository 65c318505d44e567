import { type Format, formatEdit } from '../../lib/markdown-edit';
import { useWorkbench } from '../workbench/context';

const BUTTONS: { format: Format; label: string; text: string; command: string }[] = [
  { format: 'bold', label: 'Bold', text: 'B', command: 'entry.format.bold' },
  { format: 'italic', label: 'Italic', text: 'I', command: 'entry.format.italic' },
  { format: 'heading', label: 'Heading', text: 'H', command: 'entry.format.heading' },
  { format: 'list', label: 'Bulleted list', text: '•', command: 'entry.format.list' },
  { format: 'quote', label: 'Quote', text: '“ ”', command: 'entry.format.quote' },
  { format: 'link', label: 'Link', text: 'Link', command: 'entry.format.link' },
];

/**
 * Applies a markdown format to a text area through the browser's editing commands, so the
 * change joins the text area's own undo history (Ctrl+Z undoes it; autosave does not disturb it).
 */
export function applyFormat(textarea: HTMLTextAreaElement, format: Format): void {
  const edit = formatEdit(format, { text: textarea.value, start: textarea.selectionStart, end: textarea.selectionEnd });
  textarea.focus();
  textarea.setSelectionRange(edit.from, edit.to);
  const inserted = document.execCommand?.('insertText', false, edit.insert);
  if (!inserted) {
    textarea.setRangeText(edit.insert, edit.from, edit.to, 'end');
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  }
  textarea.setSelectionRange(edit.selectStart, edit.selectEnd);
}

/** Formatting buttons; each names the command (and so the shortcut) that does the same. */
export function MarkdownToolbar(props: { disabled: boolean }) {
  const wb = useWorkbench();
  return (
    <div class="md-toolbar" role="toolbar" aria-label="Formatting">
      {BUTTONS.map((button) => {
        const command = wb.registry.get(button.command);
        return (
          <button
            key={button.format}
            type="button"
            class="md-toolbar__button"
            aria-label={button.label}
            title={command ? wb.describeCommand(command.id) : button.label}
            disabled={props.disabled}
            // Keep focus (and the selection) in the text area.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => void wb.run(button.command)}
          >
            {button.text}
          </button>
        );
      })}
    </div>
  );
}
