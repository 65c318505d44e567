import { type Format, formatEdit } from '../../lib/markdown/edit';
import { useWorkbench } from '../workbench/context';

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

/** Formatting buttons: the commands on the `editor.format` menu, each naming its shortcut. */
export function MarkdownToolbar(props: { disabled: boolean }) {
  const wb = useWorkbench();
  return (
    <div class="md-toolbar" role="toolbar" aria-label="Formatting">
      {wb.registry.menu('editor.format').map(({ command, item }) => (
        <button
          key={command.id}
          type="button"
          class="md-toolbar__button"
          aria-label={item.label}
          title={wb.describeCommand(command.id)}
          disabled={props.disabled}
          // Keep focus (and the selection) in the text area.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => void wb.run(command.id)}
        >
          {item.text ?? item.label}
        </button>
      ))}
    </div>
  );
}
