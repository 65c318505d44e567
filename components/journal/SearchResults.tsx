import { formatIsoDate } from '../../lib/dates';
import { ENTRY_KINDS } from '../../lib/entries/kinds';
import { displayTitle, type Entry } from '../../lib/entries/schema';
import { highlight, type SearchResult, snippet } from '../../lib/search';
import { useWorkbench } from '../workbench/context';

function Highlighted(props: { text: string; terms: readonly string[] }) {
  return (
    <>
      {highlight(props.text, props.terms).map((segment, index) =>
        segment.match ? <mark key={index}>{segment.text}</mark> : segment.text,
      )}
    </>
  );
}

/** Search results: title and a snippet around the first match, matches highlighted. */
export function SearchResults(props: { results: readonly SearchResult[]; byId: Map<string, Entry> }) {
  const wb = useWorkbench();
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
      <ul class="results" aria-label="Search results">
        {props.results.map((result) => {
          const entry = props.byId.get(result.id);
          if (!entry) return null;
          return (
            <li key={result.id}>
              <button type="button" class="results__item" onClick={() => void wb.openEntry(entry.id)}>
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
