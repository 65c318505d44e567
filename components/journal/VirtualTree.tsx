import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { activateRow, activeRowId, type TreeActions, TreeItem, type TreeRow, treeKeyHandler } from '../shell/TreeItem';

/** Until the tree has been laid out: the height of a row and of the visible part of the tree, in CSS pixels. */
const DEFAULT_ROW_HEIGHT = 22;
const DEFAULT_HEIGHT = 720;
/** Rows kept in the page beyond each edge of the visible part, so a quick scroll shows no gap. */
const OVERSCAN = 10;

interface Viewport {
  top: number;
  height: number;
  rowHeight: number;
}

/**
 * The ARIA tree pattern (one tab stop; arrows move, Right/Left expand and collapse, Home/End jump, Enter or Space
 * opens, a letter jumps to the next row starting with it) over any number of rows, of which only those in view
 * (plus an overscan, and the row holding focus wherever it is) are in the page. Rows sit at `index × row height`
 * in a list as tall as all of them, so the scroll bar and aria-setsize/aria-posinset describe the whole tree.
 */
export function VirtualTree(
  props: TreeActions & { label: string; rows: readonly TreeRow[]; selectedId: string | null },
) {
  const { rows } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const toFocus = useRef<string | null>(null);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [viewport, setViewport] = useState<Viewport>({
    top: 0,
    height: DEFAULT_HEIGHT,
    rowHeight: DEFAULT_ROW_HEIGHT,
  });
  const indexOf = useMemo(() => new Map(rows.map((row, index) => [row.id, index])), [rows]);
  const activeId = activeRowId((id) => indexOf.has(id), focusedId, props.selectedId, rows[0]?.id ?? null);
  const activeIndex = activeId === null ? -1 : (indexOf.get(activeId) ?? -1);

  const { rowHeight } = viewport;
  const first = Math.min(rows.length, Math.max(0, Math.floor(viewport.top / rowHeight) - OVERSCAN));
  const last = Math.min(rows.length, Math.ceil((viewport.top + viewport.height) / rowHeight) + OVERSCAN);
  // The row holding focus stays in the page when it scrolls out of view, so focus is never lost.
  const shown: number[] = [];
  if (activeIndex >= 0 && activeIndex < first) shown.push(activeIndex);
  for (let index = first; index < last; index++) shown.push(index);
  if (activeIndex >= last) shown.push(activeIndex);

  const measure = (withSize: boolean) => {
    const element = scroller.current;
    if (!element) return;
    const row = withSize ? element.querySelector<HTMLElement>('[role="treeitem"]') : null;
    setViewport((previous) => {
      const next = {
        top: element.scrollTop,
        // Zero before layout (and in a page without layout): keep the defaults.
        height: withSize ? element.clientHeight || previous.height : previous.height,
        rowHeight: row?.offsetHeight || previous.rowHeight,
      };
      // Scrolling within a row changes nothing rendered: skip the render.
      const sameRow = Math.floor(next.top / next.rowHeight) === Math.floor(previous.top / previous.rowHeight);
      return sameRow && next.height === previous.height && next.rowHeight === previous.rowHeight ? previous : next;
    });
  };

  useEffect(() => {
    const element = scroller.current;
    if (!element || typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(() => measure(true));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(() => {
    const id = toFocus.current;
    if (id === null) return;
    toFocus.current = null;
    for (const element of scroller.current?.querySelectorAll<HTMLElement>('[role="treeitem"]') ?? []) {
      if (element.dataset.id === id) element.focus({ preventScroll: true });
    }
  });

  /** Scrolls the row at `index` just into view; false when there is nothing to scroll. */
  const scrollToRow = (index: number | undefined): boolean => {
    const element = scroller.current;
    if (index === undefined || !element) return false;
    const top = index * rowHeight;
    const height = element.clientHeight;
    if (top < element.scrollTop) element.scrollTop = top;
    else if (top + rowHeight > element.scrollTop + height) element.scrollTop = top + rowHeight - height;
    measure(false);
    return true;
  };

  /** Moves focus to a row, scrolling it just into view. */
  const focusRow = (id: string | undefined) => {
    if (id === undefined || !scrollToRow(indexOf.get(id))) return;
    toFocus.current = id;
    setFocusedId(id);
  };

  // The selected row (the open entry) is brought into view when it changes or first appears.
  const selectedIndex = props.selectedId === null ? undefined : indexOf.get(props.selectedId);
  const shownSelection = useRef<string | null>(null);
  useLayoutEffect(() => {
    if (props.selectedId === shownSelection.current || selectedIndex === undefined) return;
    shownSelection.current = props.selectedId;
    scrollToRow(selectedIndex);
  });

  const onKeyDown = treeKeyHandler(rows, activeIndex, { onOpen: props.onOpen, onToggle: props.onToggle, focusRow });

  return (
    <div ref={scroller} class="tree-scroller" style={SCROLLER_STYLE} onScroll={() => measure(false)}>
      <ul
        class="tree"
        role="tree"
        aria-label={props.label}
        style={{ position: 'relative', height: `${rows.length * rowHeight}px` }}
        onKeyDown={onKeyDown}
      >
        {shown.map((index) => {
          const row = rows[index] as TreeRow;
          return (
            <TreeItem
              key={row.id}
              row={row}
              selected={row.id === props.selectedId}
              active={row.id === activeId}
              style={{ ...ROW_STYLE, top: `${index * rowHeight}px` }}
              onActivate={() => activateRow(row, props)}
              onFocus={() => setFocusedId(row.id)}
            />
          );
        })}
      </ul>
    </div>
  );
}

// Layout only (no colours), kept beside the component it positions. The tree scrolls on its own, below the
// view's search box and controls, and keeps a usable height when those take most of a short panel.
const SCROLLER_STYLE = { flex: '1 1 auto', minHeight: '8em', overflow: 'auto', contain: 'content' };
const ROW_STYLE = { position: 'absolute', left: 0, right: 0, boxSizing: 'border-box' } as const;
