/** A visible row as the tree's keyboard sees it. */
export interface KeyedRow {
  id: string;
  parentId: string | null;
  label: string;
  /** Only for rows with children: whether they show. */
  expanded?: boolean;
}

/** What a key press does: move focus, open or close a row, activate the row, or nothing (but handled). */
export type TreeKeyAction =
  | { type: 'focus'; id: string | undefined }
  | { type: 'toggle'; id: string; open: boolean }
  | { type: 'activate' }
  | { type: 'none' };

type KeyLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>;

/**
 * The ARIA tree pattern's keys, for both trees (the plain one and the Journal's virtualised one):
 * Up/Down, Home/End, Right opens or moves into a row, Left closes or moves to the parent, Enter and
 * Space activate, a printable character jumps to the next row starting with it. Null when the key is
 * not the tree's (it is then left to the page).
 */
export function treeKeyAction(event: KeyLike, rows: readonly KeyedRow[], index: number): TreeKeyAction | null {
  const row = rows[index];
  if (!row || event.ctrlKey || event.metaKey || event.altKey) return null;
  const focus = (target: KeyedRow | undefined): TreeKeyAction => ({ type: 'focus', id: target?.id });
  switch (event.key) {
    case 'ArrowDown':
      return focus(rows[index + 1]);
    case 'ArrowUp':
      return focus(rows[index - 1]);
    case 'Home':
      return focus(rows[0]);
    case 'End':
      return focus(rows.at(-1));
    case 'ArrowRight':
      if (row.expanded === false) return { type: 'toggle', id: row.id, open: true };
      return row.expanded ? focus(rows[index + 1]) : { type: 'none' };
    case 'ArrowLeft':
      if (row.expanded) return { type: 'toggle', id: row.id, open: false };
      return { type: 'focus', id: row.parentId ?? undefined };
    case 'Enter':
    case ' ':
      return { type: 'activate' };
    default: {
      if (event.key.length !== 1 || !/\S/.test(event.key)) return null;
      const letter = event.key.toLowerCase();
      const after = [...rows.slice(index + 1), ...rows.slice(0, index + 1)];
      return focus(after.find((candidate) => candidate.label.toLowerCase().startsWith(letter)));
    }
  }
}
