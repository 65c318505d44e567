import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatIsoDate } from '../../lib/dates';
import type { EntryHead } from '../../lib/entries/head';
import { ENTRY_KINDS } from '../../lib/entries/kinds';
import { displayTitle } from '../../lib/entries/schema';
import { highlight, snippet } from '../../lib/search/highlight';
import type { SearchResult } from '../../lib/search/query';
import { useEntryTexts } from '../hooks/useEntryTexts';
import { type KeyedRow, treeKeyAction } from '../shell/treeKeys';
import { useWorkbench } from '../workbench/context';

/** Results rendered at first, and added each time the list is scrolled (or arrowed) near its end: a screenful. */
const SCREENFUL = 10;
/** How close to the end of the list, in pixels, more results are added. */
const NEAR_END = 200;

/** What the search box asks of the results below it. */
export interface SearchResultsHandle {
  /** Moves focus to the first result; false when there is none. */
  focusFirst(): boolean;
}

function Highlighted(props: { text: string; terms: readonly string[] }) {
  return (
    <>
      {highlight(props.text, props.terms).map((segment, index) =>
        segment.match ? <mark key={index}>{segment.text}</mark> : segment.text,
      )}
    </>
  );
}

/**
 * Search results: title and a snippet around the first match, matches highlighted. A keystroke renders only the
 * first screenful (snippets and highlights are worked out for those rows alone); the rest follow on scrolling, or
 * as the arrow keys reach them. The list is one tab stop: Up/Down, Home/End and a letter move between results
 * (a roving tab index), Enter or Space opens one, and Escape (or Up from the first) goes back to the search box.
 */
export function SearchResults(props: {
  results: readonly SearchResult[];
  byId: ReadonlyMap<string, EntryHead>;
  /** Set while the list is shown, for the search box's Down arrow. */
  handle?: { current: SearchResultsHandle | null };
  /** Focus leaves the list for the search box. */
  onLeave?(): void;
  /** While the index is still being built: how many entries it holds so far, of how many. */
  partial?: { indexed: number; total: number | undefined } | null;
}) {
  const wb = useWorkbench();
  // Results whose entry is gone (deleted since the index was read) are left out, and never reached by the keys.
  const fresh = useMemo(() => props.results.filter((result) => props.byId.has(result.id)), [props.results, props.byId]);
  // The same results answered again (the index grew, a save elsewhere) keep the place in the list and its focus.
  const last = useRef(fresh);
  if (last.current !== fresh && !sameResults(last.current, fresh)) last.current = fresh;
  const found = last.current;
  // Reset to one screenful, and to the first result, whenever the results change.
  const [more, setMore] = useState({ results: found, count: SCREENFUL });
  const count = more.results === found ? more.count : SCREENFUL;
  const [focused, setFocused] = useState({ results: found, index: 0 });
  const active = focused.results === found ? Math.min(focused.index, Math.max(0, found.length - 1)) : 0;
  const showMore = (atLeast = count + 1) => {
    if (count < found.length && atLeast > count) {
      setMore({ results: found, count: Math.ceil(atLeast / SCREENFUL) * SCREENFUL });
    }
  };
  const items = useMemo(() => found.slice(0, count), [found, count]);
  // Snippets need the entries' text, which the journal in memory leaves out: read for the results rendered.
  const texts = useEntryTexts(
    useMemo(() => items.map((result) => props.byId.get(result.id) as EntryHead), [items, props.byId]),
  );
  const rows = useMemo<KeyedRow[]>(
    () =>
      found.map((result) => {
        const entry = props.byId.get(result.id) as EntryHead;
        return { id: result.id, parentId: null, label: displayTitle(entry) };
      }),
    [found, props.byId],
  );
  const list = useRef<HTMLUListElement>(null);
  const toFocus = useRef<number | null>(null);
  // A tall panel may show every rendered result with room to spare, and then nothing scrolls: fill it.
  useEffect(() => {
    const element = list.current;
    if (element && element.clientHeight > 0 && element.scrollHeight <= element.clientHeight) showMore();
  });

  /** Moves focus to the result at `index`, rendering the screenfuls up to it first. */
  const focusResult = (index: number) => {
    if (index < 0 || index >= found.length) return;
    toFocus.current = index;
    setFocused({ results: found, index });
    showMore(index + 1);
  };

  useLayoutEffect(() => {
    const index = toFocus.current;
    if (index === null) return;
    const button = list.current?.querySelector<HTMLElement>(`[data-index="${index}"]`);
    if (!button) return;
    toFocus.current = null;
    button.focus();
    button.scrollIntoView?.({ block: 'nearest' });
  });

  useLayoutEffect(() => {
    if (!props.handle) return;
    props.handle.current = {
      focusFirst: () => {
        if (!found.length) return false;
        focusResult(0);
        return true;
      },
    };
  });
  useEffect(() => {
    const handle = props.handle;
    return () => {
      if (handle) handle.current = null;
    };
  }, [props.handle]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      props.onLeave?.();
      return;
    }
    const action = treeKeyAction(event, rows, active);
    if (!action) return;
    event.preventDefault();
    if (action.type === 'activate') {
      const result = found[active];
      if (result) void wb.openEntry(result.id);
    } else if (action.type === 'focus') {
      if (action.id !== undefined) focusResult(rows.findIndex((row) => row.id === action.id));
      // Up from the first result goes back to the box, as in VS Code's search.
      else if (event.key === 'ArrowUp') props.onLeave?.();
    }
  };

  const partial = props.partial;
  const so = !partial
    ? ''
    : partial.total === undefined
      ? `Searching ${formatCount(partial.indexed)} entries while the rest load…`
      : `Searching ${formatCount(partial.indexed)} of ${formatCount(partial.total)} entries…`;
  if (!found.length) {
    return (
      <p class="view__message" role="status">
        {partial ? `${so} None match yet.` : 'No entries match.'}
      </p>
    );
  }
  const matched = found.length === 1 ? '1 entry' : `${found.length} entries`;
  return (
    <>
      <p class="view__message" role="status">
        {partial ? `${so} ${matched} so far.` : matched}
      </p>
      {texts.error ? (
        <p class="view__message" role="alert">
          The text of these entries could not be read from this browser's storage, so no extracts are shown. Reload the
          page; if it keeps happening, restart the browser.
        </p>
      ) : null}
      <ul
        ref={list}
        id="journal-search-results"
        class="results"
        aria-label="Search results"
        style={LIST_STYLE}
        onKeyDown={onKeyDown}
        onScroll={(event) => {
          const list = event.currentTarget;
          if (list.scrollTop + list.clientHeight >= list.scrollHeight - NEAR_END) showMore();
        }}
      >
        {items.map((result, at) => {
          const entry = props.byId.get(result.id) as EntryHead;
          const body = texts.byId.get(result.id)?.body;
          return (
            <li key={result.id} aria-setsize={found.length} aria-posinset={at + 1}>
              <button
                type="button"
                class="results__item"
                data-index={at}
                tabIndex={at === active ? 0 : -1}
                onClick={() => {
                  setFocused({ results: found, index: at });
                  void wb.openEntry(entry.id);
                }}
                onFocus={() => {
                  if (at !== active) setFocused({ results: found, index: at });
                  // Reaching the last rendered result brings the next screenful in behind it.
                  if (at === items.length - 1) showMore();
                }}
              >
                <span class="results__title">
                  <Highlighted text={displayTitle(entry)} terms={result.matchedTerms} />
                </span>
                <span class="results__meta">
                  {formatIsoDate(entry.occurredOn)} · {ENTRY_KINDS[entry.kind].label}
                </span>
                <span class="results__snippet">
                  {/* Held at its height until the text has been read, so the list does not jump. */}
                  {body === undefined ? (
                    '\u00a0'
                  ) : (
                    <Highlighted text={snippet(body, result.matchedTerms)} terms={result.matchedTerms} />
                  )}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}

const formatCount = (value: number) => value.toLocaleString('en-GB');

// Layout only: the results scroll on their own beneath the search box, like the tree they replace.
const LIST_STYLE = { flex: '1 1 auto', minHeight: '8em', overflow: 'auto', contain: 'content' } as const;

function sameResults(a: readonly SearchResult[], b: readonly SearchResult[]): boolean {
  return (
    a.length === b.length &&
    a.every((result, at) => {
      const other = b[at];
      return other?.id === result.id && other.matchedTerms.join(' ') === result.matchedTerms.join(' ');
    })
  );
}
