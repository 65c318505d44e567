import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { entriesById, groupsIn, onThisDayIn, tagsInUse } from '../../app/journal/derived';
import { type Grouping, groupEntries } from '../../app/journal/groupEntries';
import { wantSearchIndex } from '../../app/journal/journalCache';
import { whenIdle } from '../../app/journal/turns';
import { warmTitles } from '../../app/palette/titleIndex';
import { localIsoDate } from '../../lib/dates';
import type { EntryHead } from '../../lib/entries/head';
import { ENTRY_KIND_IDS, ENTRY_KINDS } from '../../lib/entries/kinds';
import { displayTitle } from '../../lib/entries/schema';
import type { SearchFilters } from '../../lib/search';
import { useFrameworks } from '../hooks/useFrameworks';
import { useJournalSnapshot } from '../hooks/useJournal';
import { useSearchResults } from '../hooks/useSearchResults';
import { CommandButton } from '../shell/CommandButton';
import { Icon } from '../shell/icons';
import { lazy } from '../shell/lazy';
import { ViewHeader } from '../shell/ViewHeader';
import { useWorkbench, useWorkbenchState } from '../workbench/context';
import { collapseKey, groupExpanded, journalRows } from './journalRows';
import type { SearchResultsHandle } from './SearchResults';
import { VirtualTree } from './VirtualTree';

const SearchResults = lazy(() => import('./SearchResults').then((module) => module.SearchResults));

const NO_ENTRIES: readonly EntryHead[] = [];

const GROUPINGS: Record<Grouping, string> = { month: 'Month', kind: 'Kind', tag: 'Tag', competency: 'Competency' };

function hasFilters(filters: SearchFilters): boolean {
  return Object.values(filters).some((value) => (Array.isArray(value) ? value.length > 0 : value !== undefined));
}

export function JournalView() {
  const wb = useWorkbench();
  const { entries, firstPage, error, search } = useJournalSnapshot();
  // The newest page paints first; the whole journal replaces it once loaded.
  const shown = entries ?? firstPage;
  const complete = entries !== undefined;
  const openId = useWorkbenchState((state) => (state.editor.type === 'entry' ? state.editor.entryId : null));
  const searchFocus = useWorkbenchState((state) => state.searchFocus);
  const [collapsed, setCollapsed] = useState<Record<string, boolean>>({});
  const [grouping, setGrouping] = useState<Grouping>('month');
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<SearchFilters>({});
  const [showFilters, setShowFilters] = useState(false);
  const searchBox = useRef<HTMLInputElement>(null);
  const resultsHandle = useRef<SearchResultsHandle | null>(null);
  useEffect(() => wantSearchIndex(), []);
  // Go to Entry's titles are made ready while the page is idle, so its first key does not wait for them.
  useEffect(() => {
    if (!entries) return;
    let live = true;
    whenIdle(() => void warmTitles(entries, () => !live));
    return () => {
      live = false;
    };
  }, [entries]);
  const listed = useMemo(() => entriesById(entries ?? NO_ENTRIES), [entries]);
  // While the journal is still being read, results come from the entries read so far.
  const byId = entries ? listed : (search?.heads ?? listed);
  // Only the filter panel lists the tags.
  const tags = useMemo(() => (showFilters ? tagsInUse(entries ?? NO_ENTRIES) : []), [entries, showFilters]);
  const searching = query.trim() !== '' || hasFilters(filters);
  const memories = useMemo(() => onThisDayIn(entries ?? NO_ENTRIES, localIsoDate()), [entries]);
  const answer = useSearchResults(search, query, filters, searching);
  const results = answer.results;

  // `Journal: Search Entries` asks for the search box.
  const lastFocus = useRef(searchFocus);
  if (lastFocus.current !== searchFocus) {
    lastFocus.current = searchFocus;
    queueMicrotask(() => searchBox.current?.focus());
  }

  const frameworks = useFrameworks(grouping === 'competency');
  const nameOf = useMemo(() => (id: string) => frameworks?.findElement(id)?.element.name, [frameworks]);
  // The whole journal's groups are kept from save to save (app/journal/derived.ts); the first page is small.
  const groups = useMemo(
    () => (entries ? groupsIn(entries, grouping, nameOf) : groupEntries(firstPage ?? [], grouping, nameOf)),
    [entries, firstPage, grouping, nameOf],
  );
  // An entry opened from elsewhere (Go to Entry, search, a link) is shown in the tree: its group opens
  // once, so the user can still close it again.
  const revealed = useRef<string | null>(null);
  useEffect(() => {
    if (openId === null || revealed.current === openId) return;
    const position = groups.findIndex((group) => group.entries.some((entry) => entry.id === openId));
    const group = groups[position];
    if (!group) return;
    revealed.current = openId;
    if (!groupExpanded(collapsed, grouping, group, position))
      setCollapsed((previous) => ({ ...previous, [collapseKey(grouping, `group:${group.key}`)]: false }));
  }, [openId, groups, grouping, collapsed]);
  const rows = useMemo(
    () => journalRows(groups, grouping, collapsed, complete),
    [groups, grouping, collapsed, complete],
  );
  // The same on every keystroke, so rendered once.
  const header = useMemo(
    () => <ViewHeader titleId="journal-view-title" title="Journal" menu="view.title.journal" />,
    [],
  );

  const setFilter = (patch: Partial<SearchFilters>) => setFilters((previous) => ({ ...previous, ...patch }));

  return (
    <section class="view" aria-labelledby="journal-view-title" style={VIEW_STYLE}>
      {header}
      <div class="journal-search">
        <input
          ref={searchBox}
          type="search"
          class="journal-search__input"
          aria-label="Search entries"
          placeholder="Search entries"
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
          aria-controls={results ? 'journal-search-results' : undefined}
          onKeyDown={(event) => {
            if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey || event.isComposing) return;
            if (event.key === 'Escape' && query) {
              event.preventDefault();
              setQuery('');
            } else if (event.key === 'ArrowDown' && resultsHandle.current?.focusFirst()) {
              // Down moves into the results, as in VS Code's search.
              event.preventDefault();
            } else if (event.key === 'Enter') {
              // Enter opens the first result for what is typed now (asked for at once if not yet answered).
              if (!searching) return;
              event.preventDefault();
              void answer.latest().then((latest) => {
                const first = latest?.find((result) => byId.has(result.id));
                if (first) void wb.openEntry(first.id);
              });
            }
          }}
        />
        <button
          type="button"
          class="icon-button"
          aria-expanded={showFilters}
          aria-controls="journal-filters"
          title="Filters"
          onClick={() => setShowFilters((shown) => !shown)}
        >
          <Icon name="filter" size={18} />
          <span class="visually-hidden">Filters</span>
        </button>
      </div>
      {showFilters ? (
        <fieldset id="journal-filters" class="journal-filters">
          <legend class="visually-hidden">Filters</legend>
          <label class="field">
            <span class="field__label">Kind</span>
            <select
              value={filters.kinds?.[0] ?? ''}
              onChange={(event) =>
                setFilter({ kinds: event.currentTarget.value ? [event.currentTarget.value] : undefined })
              }
            >
              <option value="">Any kind</option>
              {ENTRY_KIND_IDS.map((kind) => (
                <option key={kind} value={kind}>
                  {ENTRY_KINDS[kind].label}
                </option>
              ))}
            </select>
          </label>
          <label class="field">
            <span class="field__label">Tag</span>
            <select
              value={filters.tags?.[0] ?? ''}
              onChange={(event) =>
                setFilter({ tags: event.currentTarget.value ? [event.currentTarget.value] : undefined })
              }
            >
              <option value="">Any tag</option>
              {tags.map((tag) => (
                <option key={tag} value={tag}>
                  {tag}
                </option>
              ))}
            </select>
          </label>
          <label class="field">
            <span class="field__label">Role</span>
            <input
              type="text"
              value={filters.role ?? ''}
              onInput={(event) => setFilter({ role: event.currentTarget.value.trim() || undefined })}
            />
          </label>
          <label class="field">
            <span class="field__label">From</span>
            <input
              type="date"
              value={filters.from ?? ''}
              onChange={(event) => setFilter({ from: event.currentTarget.value || undefined })}
            />
          </label>
          <label class="field">
            <span class="field__label">To</span>
            <input
              type="date"
              value={filters.to ?? ''}
              onChange={(event) => setFilter({ to: event.currentTarget.value || undefined })}
            />
          </label>
          <label class="field field--inline">
            <input
              type="checkbox"
              checked={filters.starred === true}
              onChange={(event) => setFilter({ starred: event.currentTarget.checked ? true : undefined })}
            />
            <span>Starred only</span>
          </label>
          {hasFilters(filters) ? (
            <button type="button" class="link-button" onClick={() => setFilters({})}>
              Clear filters
            </button>
          ) : null}
        </fieldset>
      ) : null}
      {error ? (
        <p class="view__message" role="alert">
          The journal could not be read from this browser's storage. Reload the page; if it keeps happening, restart the
          browser.
        </p>
      ) : shown === undefined ? null : shown.length === 0 ? (
        <div class="view__message">
          <p>No entries yet. Your reflections stay in this browser and nowhere else.</p>
          <CommandButton command="journal.newEntry" label="Write your first entry" />
        </div>
      ) : searching && !search ? (
        <p class="view__message" role="status">
          Getting search ready…
        </p>
      ) : results ? (
        <SearchResults
          results={results}
          partial={search && !search.ready ? search : null}
          byId={byId}
          handle={resultsHandle}
          onLeave={() => searchBox.current?.focus()}
        />
      ) : (
        <>
          {memories.length ? (
            <div class="on-this-day">
              <h3>On this day</h3>
              <ul>
                {memories.slice(0, 3).map((entry) => (
                  <li key={entry.id}>
                    <button type="button" class="link-button" onClick={() => void wb.openEntry(entry.id)}>
                      {displayTitle(entry)}
                    </button>{' '}
                    <span class="page__muted">{entry.occurredOn.slice(0, 4)}</span>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <div class="field view__field view__field--inline">
            <label class="field__label" for="journal-group-by">
              Group by
            </label>
            <select
              id="journal-group-by"
              value={grouping}
              onChange={(event) => setGrouping(event.currentTarget.value as Grouping)}
            >
              {Object.entries(GROUPINGS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <VirtualTree
            label="Journal entries by month"
            rows={rows}
            selectedId={openId}
            onOpen={(id) => void wb.openEntry(id.split('::').pop() ?? id)}
            onToggle={(id, expanded) =>
              setCollapsed((previous) => ({ ...previous, [collapseKey(grouping, id)]: !expanded }))
            }
          />
        </>
      )}
    </section>
  );
}

// The view fills the side bar so that the tree and the results scroll on their own beneath the search box.
const VIEW_STYLE = { display: 'flex', flexDirection: 'column', height: '100%' } as const;
