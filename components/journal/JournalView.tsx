import { useMemo, useState } from 'preact/hooks';
import { formatIsoDate } from '../../lib/dates';
import { displayTitle } from '../../lib/entries/schema';
import { useJournal } from '../hooks/useJournal';
import { CommandButton } from '../shell/CommandButton';
import { Icon } from '../shell/icons';
import { Tree, type TreeNode } from '../shell/Tree';
import { useWorkbench, useWorkbenchState } from '../workbench/context';
import { groupByMonth } from './groupByMonth';

/** How many months start expanded: the recent ones a doctor is working on. */
const OPEN_MONTHS = 3;

export function JournalView() {
  const wb = useWorkbench();
  const { entries, error } = useJournal();
  const openId = useWorkbenchState((state) => (state.editor.type === 'entry' ? state.editor.entryId : null));
  const [collapsed, setCollapsed] = useState<Record<string, boolean>>({});

  const nodes = useMemo<TreeNode[]>(
    () =>
      groupByMonth(entries ?? []).map((group, index) => ({
        id: `month:${group.key}`,
        label: group.label,
        description: String(group.entries.length),
        expanded: !(collapsed[group.key] ?? index >= OPEN_MONTHS),
        children: group.entries.map((entry) => ({
          id: entry.id,
          label: displayTitle(entry),
          description: formatIsoDate(entry.occurredOn),
        })),
      })),
    [entries, collapsed],
  );

  return (
    <section class="view" aria-labelledby="journal-view-title">
      <header class="view__header">
        <h2 id="journal-view-title" class="view__title">
          Journal
        </h2>
        <div class="view__actions">
          <CommandButton command="journal.newEntry" class="icon-button" label="New entry">
            <Icon name="plus" size={18} />
          </CommandButton>
          <CommandButton command="journal.search" class="icon-button" label="Search entries">
            <Icon name="search" size={18} />
          </CommandButton>
          <CommandButton command="journal.showTrash" class="icon-button" label="Show Trash">
            <Icon name="trash" size={18} />
          </CommandButton>
        </div>
      </header>
      {error ? (
        <p class="view__message" role="alert">
          The journal could not be read from this browser's storage. Reload the page; if it keeps happening, restart the
          browser.
        </p>
      ) : entries === undefined ? null : entries.length === 0 ? (
        <div class="view__message">
          <p>No entries yet. Your reflections stay in this browser and nowhere else.</p>
          <CommandButton command="journal.newEntry" label="Write your first entry" />
        </div>
      ) : (
        <Tree
          label="Journal entries by month"
          nodes={nodes}
          selectedId={openId}
          onOpen={(id) => void wb.openEntry(id)}
          onToggle={(id, expanded) => setCollapsed((previous) => ({ ...previous, [id.slice(6)]: !expanded }))}
        />
      )}
    </section>
  );
}
