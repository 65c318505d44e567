import { useMemo, useRef, useState } from 'preact/hooks';
import { activateRow, activeRowId, type TreeActions, TreeItem, type TreeRow, treeKeyHandler } from './TreeItem';

export interface TreeNode {
  id: string;
  label: string;
  description?: string;
  expanded?: boolean;
  children?: TreeNode[];
}

function visibleRows(nodes: readonly TreeNode[], level = 1, parentId: string | null = null): TreeRow[] {
  return nodes.flatMap((node, index) => [
    {
      id: node.id,
      level,
      parentId,
      setSize: nodes.length,
      position: index + 1,
      expanded: node.children ? Boolean(node.expanded) : undefined,
      label: node.label,
      description: node.description,
    },
    ...(node.children && node.expanded ? visibleRows(node.children, level + 1, node.id) : []),
  ]);
}

/**
 * A tree following the ARIA tree pattern: one tab stop; arrows move, Right/Left expand and
 * collapse, Home/End jump, Enter or Space opens, typing a letter jumps to the next match. For a
 * short tree, all in the page; the Journal's long one is `VirtualTree`, with the same rows and keys.
 */
export function Tree(props: TreeActions & { label: string; nodes: readonly TreeNode[]; selectedId: string | null }) {
  const rows = useMemo(() => visibleRows(props.nodes), [props.nodes]);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const has = (id: string) => rows.some((row) => row.id === id);
  const activeId = activeRowId(has, focusedId, props.selectedId, rows[0]?.id ?? null);

  const focusRow = (id: string | undefined) => {
    if (!id) return;
    setFocusedId(id);
    const rowElements = list.current?.querySelectorAll<HTMLElement>('[role="treeitem"]') ?? [];
    for (const element of rowElements) if (element.dataset.id === id) element.focus();
  };
  const activeIndex = rows.findIndex((row) => row.id === activeId);
  const onKeyDown = treeKeyHandler(rows, activeIndex, { onOpen: props.onOpen, onToggle: props.onToggle, focusRow });

  return (
    <ul ref={list} class="tree" role="tree" aria-label={props.label} onKeyDown={onKeyDown}>
      {rows.map((row) => (
        <TreeItem
          key={row.id}
          row={row}
          selected={row.id === props.selectedId}
          active={row.id === activeId}
          onActivate={() => activateRow(row, props)}
          onFocus={() => setFocusedId(row.id)}
        />
      ))}
    </ul>
  );
}
