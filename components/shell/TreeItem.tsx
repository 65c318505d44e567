import { treeKeyAction } from './treeKeys';

/** One row of a flattened tree: a group (with `expanded`) or an item in an expanded group. */
export interface TreeRow {
  id: string;
  level: number;
  parentId: string | null;
  setSize: number;
  position: number;
  /** Set only on rows that have children: whether they show. */
  expanded?: boolean;
  label: string;
  description?: string;
}

export interface TreeActions {
  onOpen(id: string): void;
  onToggle(id: string, expanded: boolean): void;
}

/** The row that holds the tree's one tab stop: the focused row, else the selected one, else the first. */
export function activeRowId(
  has: (id: string) => boolean,
  focusedId: string | null,
  selectedId: string | null,
  firstId: string | null,
): string | null {
  if (focusedId !== null && has(focusedId)) return focusedId;
  if (selectedId !== null && has(selectedId)) return selectedId;
  return firstId;
}

/** A group opens or closes; an item opens. */
export function activateRow(row: TreeRow, actions: TreeActions): void {
  if (row.expanded !== undefined) actions.onToggle(row.id, !row.expanded);
  else actions.onOpen(row.id);
}

/** The tree's key handler (the ARIA tree pattern, through `treeKeyAction`), for either tree. */
export function treeKeyHandler(
  rows: readonly TreeRow[],
  activeIndex: number,
  actions: TreeActions & { focusRow(id: string | undefined): void },
) {
  return (event: KeyboardEvent) => {
    const row = rows[activeIndex];
    const action = treeKeyAction(event, rows, activeIndex);
    if (!row || !action) return;
    event.preventDefault();
    if (action.type === 'focus') actions.focusRow(action.id);
    else if (action.type === 'toggle') actions.onToggle(action.id, action.open);
    else if (action.type === 'activate') activateRow(row, actions);
  };
}

/** One tree row as the page shows it: twisty for a group, label, and a quieter description. */
export function TreeItem(props: {
  row: TreeRow;
  selected: boolean;
  /** Holds the tree's tab stop. */
  active: boolean;
  style?: Record<string, string | number>;
  onActivate(): void;
  onFocus(): void;
}) {
  const { row } = props;
  return (
    <li
      data-id={row.id}
      role="treeitem"
      class="tree__row"
      style={{ '--tree-level': row.level, ...props.style }}
      aria-level={row.level}
      aria-setsize={row.setSize}
      aria-posinset={row.position}
      aria-expanded={row.expanded}
      aria-selected={props.selected}
      tabIndex={props.active ? 0 : -1}
      onClick={() => {
        props.onFocus();
        props.onActivate();
      }}
      onFocus={props.onFocus}
    >
      {row.expanded !== undefined ? (
        <span class="tree__twisty" aria-hidden="true">
          {row.expanded ? '▾' : '▸'}
        </span>
      ) : null}
      <span class="tree__label">{row.label}</span>
      {row.description ? <span class="tree__description">{row.description}</span> : null}
    </li>
  );
}
