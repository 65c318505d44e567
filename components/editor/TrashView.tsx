import { formatInstantDate } from '../../lib/dates';
import { listTrash } from '../../lib/entries/repository';
import { displayTitle, TRASH_DAYS } from '../../lib/entries/schema';
import { excerpt } from '../../lib/text';
import { useLiveQuery } from '../hooks/useLiveQuery';
import { CommandButton } from '../shell/CommandButton';
import { useWorkbench, useWorkbenchState } from '../workbench/context';

export function TrashView() {
  const wb = useWorkbench();
  const { value: trash } = useLiveQuery(listTrash, []);
  const selected = useWorkbenchState((state) => state.selectedTrashId);

  return (
    <section class="trash" aria-labelledby="trash-title">
      <header class="trash__header">
        <h2 id="trash-title">Trash</h2>
        {trash?.length ? <CommandButton command="journal.emptyTrash" label="Empty Trash…" /> : null}
      </header>
      <p class="trash__note">
        Deleted entries stay here for {TRASH_DAYS} days, then are removed for good. Restore one to put it back in your
        journal.
      </p>
      {trash === undefined ? null : trash.length === 0 ? (
        <p class="trash__empty">Trash is empty.</p>
      ) : (
        <ul class="trash__list" aria-label="Entries in Trash">
          {trash.map((entry) => (
            <li key={entry.id} class="trash__item" aria-current={entry.id === selected ? 'true' : undefined}>
              <button
                type="button"
                class="trash__open"
                onClick={() => {
                  wb.store.set({ selectedTrashId: entry.id });
                  void wb.openEntry(entry.id);
                }}
                onFocus={() => wb.store.set({ selectedTrashId: entry.id })}
              >
                <span class="trash__title">{displayTitle(entry)}</span>
                <span class="trash__meta">
                  Deleted {formatInstantDate(entry.deletedAt ?? entry.updatedAt)} · {excerpt(entry.body, 80)}
                </span>
              </button>
              <button
                type="button"
                class="button"
                aria-label={`Restore “${displayTitle(entry)}”`}
                onClick={() => void wb.run('entry.restore', entry.id)}
              >
                Restore
              </button>
              <button
                type="button"
                class="button button--secondary"
                aria-label={`Delete “${displayTitle(entry)}” for good`}
                onClick={() => void wb.run('entry.deleteForGood', entry.id)}
              >
                Delete for good
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
