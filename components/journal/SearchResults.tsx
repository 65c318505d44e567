import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatIsoDate } from '../../lib/dates';
import { ENTRY_KINDS } from '../../lib/entries/kinds';
import { displayTitle, type Entry } from '../../lib/entries/schema';
import { highlight, type SearchResult, snippet } from '../../lib/search';
import { useWorkbench } from '../workbench/context';

/** Results rendered at first, and added each time the list is scrolled (or tabbed) near its end: a screenful. */
const SCREENFUL = 10;
/** How close to the end of the list, in pixels, more results are added. */
const NEAR_END = 200;

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
 * first screenful (snippets and highlights are worked out for those rows alone); the rest follow on scrolling.
 */
export function SearchResults(props: { results: readonly SearchResult[]; byId: Map<string, Entry> }) {
  const wb = useWorkbench();
  // Reset to one screenful whenever the results change.
  const [more, setMore] = useState({ results: props.results, count: SCREENFUL });
  const count = more.results === props.results ? more.count : SCREENFUL;
  const showMore = () => {
    if (count < props.results.length) setMore({ results: props.results, count: count + SCREENFUL });
  };
  const items = useMemo(() => props.results.slice(0, count), [props.results, count]);
  const list = useRef<HTMLUListElement>(null);
  // A tall panel may show every rendered result with room to spare, and then nothing scrolls: fill it.
  useEffect(() => {
    const element = list.current;
    if (element && element.clientHeight > 0 && element.scrollHeight <= element.clientHeight) showMore();
  });

  if (!props.results.length) {
    return (
      <p class="view__message" role="status">
        No entries match.
      </p>
    );
  }
  return (
    <>
      <p class="view__message" role="status">
        {props.results.length === 1 ? '1 entry' : `${props.results.length} entries`}
      </p>
      <ul
        ref={list}
        class="results"
        aria-label="Search results"
        style={LIST_STYLE}
        onScroll={(event) => {
          const list = event.currentTarget;
          if (list.scrollTop + list.clientHeight >= list.scrollHeight - NEAR_END) showMore();
        }}
      >
        {items.map((result, at) => {
          const entry = props.byId.get(result.id);
          if (!entry) return null;
          return (
            <li key={result.id}>
              <button
                type="button"
                class="results__item"
                onClick={() => void wb.openEntry(entry.id)}
                // Tabbing onto the last rendered result brings the next screenful in behind it.
                onFocus={at === items.length - 1 ? showMore : undefined}
              >
                <span class="results__title">
                  <Highlighted text={displayTitle(entry)} terms={result.matchedTerms} />
                </span>
                <span class="results__meta">
                  {formatIsoDate(entry.occurredOn)} · {ENTRY_KINDS[entry.kind].label}
                </span>
                <span class="results__snippet">
                  <Highlighted text={snippet(entry.body, result.matchedTerms)} terms={result.matchedTerms} />
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}

// Layout only: the results scroll on their own beneath the search box, like the tree they replace.
const LIST_STYLE = { flex: '1 1 auto', minHeight: '8em', overflow: 'auto', contain: 'content' } as const;
