/** What a key does in a list whose text box keeps focus (the palette, the competency picker). */
export type ListboxKeyAction = { type: 'move'; index: number } | { type: 'choose' } | { type: 'close' };

const PAGE = 10;

/**
 * The keys of a combobox's list (`aria-activedescendant`): Up and Down wrap round, Page Up and Page
 * Down jump ten, Enter chooses, Escape closes. Home and End stay with the text box, for its caret.
 * Null when the key is not the list's.
 */
export function listboxKeyAction(key: string, active: number, count: number): ListboxKeyAction | null {
  const last = Math.max(0, count - 1);
  const move = (index: number): ListboxKeyAction => ({ type: 'move', index });
  switch (key) {
    case 'ArrowDown':
      return move(active >= last ? 0 : active + 1);
    case 'ArrowUp':
      return move(active <= 0 ? last : active - 1);
    case 'PageDown':
      return move(Math.min(last, active + PAGE));
    case 'PageUp':
      return move(Math.max(0, active - PAGE));
    case 'Enter':
      return { type: 'choose' };
    case 'Escape':
      return { type: 'close' };
    default:
      return null;
  }
}

/** Handles a key press for such a list: the list takes the keys it uses, nothing else sees them. */
export function onListboxKey(
  event: KeyboardEvent,
  list: { active: number; count: number; move(index: number): void; choose(): void; close(): void },
): void {
  const action = listboxKeyAction(event.key, list.active, list.count);
  if (!action) return;
  if (action.type === 'move') list.move(action.index);
  else if (action.type === 'choose') list.choose();
  else list.close();
  event.preventDefault();
  event.stopPropagation();
}
