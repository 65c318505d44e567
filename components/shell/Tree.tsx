import { useMemo, useRef, useState } from 'preact/hooks';
import { treeKeyAction } from './treeKeys';

export interface TreeNode {
  id: string;
  label: string;
  description?: string;
  expanded?: boolean;
  children?: TreeNode[];
}

interface VisibleRow {
  node: TreeNode;
  level: number;
  parentId: string | null;
  setSize: number;
  position: number;
}

function visibleRows(nodes: readonly TreeNode[], level = 1, parentId: string | null = null): VisibleRow[] {
  return nodes.flatMap((node, index) => [
    { node, level, parentId, setSize: nodes.length, position: index + 1 },
    ...(node.children && node.expanded ? visibleRows(node.children, level + 1, node.id) : []),
  ]);
}

/**
 * A tree following the ARIA tree pattern: one tab stop; arrows move, Right/Left expand and
 * collapse, Home/End jump, Enter or Space opens, typing a letter jumps to the next match.
 */
export function Tree(props: {
  label: string;
  nodes: readonly TreeNode[];
  selectedId: string | null;
  onOpen(id: string): void;
  onToggle(id: string, expanded: boolean): void;
}) {
  const rows = useMemo(() => visibleRows(props.nodes), [props.nodes]);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const activeId = rows.some((row) => row.node.id === focusedId)
    ? focusedId
    : rows.some((row) => row.node.id === props.selectedId)
      ? props.selectedId
      : (rows[0]?.node.id ?? null);

  const focusRow = (id: string | undefined) => {
    if (!id) return;
    setFocusedId(id);
    const rowElements = list.current?.querySelectorAll<HTMLElement>('[role="treeitem"]') ?? [];
    for (const element of rowElements) if (element.dataset.id === id) element.focus();
  };

  const activate = (row: VisibleRow) => {
    if (row.node.children) props.onToggle(row.node.id, !row.node.expanded);
    else props.onOpen(row.node.id);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const index = rows.findIndex((row) => row.node.id === activeId);
    const row = rows[index];
    const keyed = rows.map(({ node, parentId }) => ({
      id: node.id,
      parentId,
      label: node.label,
      expanded: node.children ? Boolean(node.expanded) : undefined,
    }));
    const action = treeKeyAction(event, keyed, index);
    if (!row || !action) return;
    event.preventDefault();
    if (action.type === 'focus') focusRow(action.id);
    else if (action.type === 'toggle') props.onToggle(action.id, action.open);
    else if (action.type === 'activate') activate(row);
  };

  return (
    <ul ref={list} class="tree" role="tree" aria-label={props.label} onKeyDown={onKeyDown}>
      {rows.map((row) => (
        <li
          key={row.node.id}
          data-id={row.node.id}
          role="treeitem"
          class="tree__row"
          style={{ '--tree-level': row.level }}
          aria-level={row.level}
          aria-setsize={row.setSize}
          aria-posinset={row.position}
          aria-expanded={row.node.children ? !!row.node.expanded : undefined}
          aria-selected={row.node.id === props.selectedId}
          tabIndex={row.node.id === activeId ? 0 : -1}
          onClick={() => {
            setFocusedId(row.node.id);
            activate(row);
          }}
          onFocus={() => setFocusedId(row.node.id)}
        >
          {row.node.children ? (
            <span class="tree__twisty" aria-hidden="true">
              {row.node.expanded ? '▾' : '▸'}
            </span>
          ) : null}
          <span class="tree__label">{row.node.label}</span>
          {row.node.description ? <span class="tree__description">{row.node.description}</span> : null}
        </li>
      ))}
    </ul>
  );
}
