import { useEffect, useRef } from 'preact/hooks';
import type { Workbench } from '../../app/workbench/workbench';
import {
  clearPrivacyExceptions,
  listPrivacyExceptions,
  type PrivacyException,
  removePrivacyException,
} from '../../lib/privacy/exceptions';
import { useLiveQuery } from '../hooks/useLiveQuery';
import { useWorkbench } from '../workbench/context';

interface EntryExceptions {
  entryId: string;
  entryTitle: string;
  items: PrivacyException[];
}

function byEntry(exceptions: readonly PrivacyException[]): EntryExceptions[] {
  const groups = new Map<string, EntryExceptions>();
  for (const item of exceptions) {
    const group = groups.get(item.entryId) ?? { entryId: item.entryId, entryTitle: item.entryTitle, items: [] };
    group.items.push(item);
    groups.set(item.entryId, group);
  }
  return [...groups.values()];
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * The open editor keeps its own copy of the entry's exceptions and would write it back on the next
 * key press: save its text first, change the entry, then reload the editor so the warning shows.
 */
async function changeEntries(
  wb: Workbench,
  entryIds: readonly string[],
  change: () => Promise<unknown>,
): Promise<boolean> {
  const editor = wb.state.editor;
  const open = editor.type === 'entry' && entryIds.includes(editor.entryId) ? editor : null;
  if (open && !(await wb.leaveEditor())) return false;
  if (open) wb.store.set({ editor: { type: 'empty' } });
  try {
    await change();
    return true;
  } catch {
    const message = 'Lantern could not change the entry, so its exceptions stay as they were. Try again, or reload.';
    wb.notify(message, { tone: 'error' });
    return false;
  } finally {
    if (open) wb.store.set({ editor: { type: 'entry', entryId: open.entryId, focusTitle: false } });
  }
}

/** Everything marked "not a patient detail", entry by entry, each removable so the warning returns. */
export function PatientExceptionsSetting() {
  const wb = useWorkbench();
  const heading = useRef<HTMLHeadingElement>(null);
  const { value: exceptions, error } = useLiveQuery(listPrivacyExceptions, []);
  const groups = byEntry(exceptions ?? []);
  // A removed row takes its focused button with it: once the list shows the change, keep focus here.
  const refocus = useRef(false);
  useEffect(() => {
    if (!refocus.current || exceptions === undefined) return;
    // The list may show other changes first: wait for the one that took the focused button away.
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) return;
    refocus.current = false;
    heading.current?.focus();
  }, [exceptions]);

  const remove = async (item: PrivacyException) => {
    refocus.current = true;
    if (!(await changeEntries(wb, [item.entryId], () => removePrivacyException(item.entryId, item.key)))) return;
    wb.notify(`Lantern will warn about “${item.text}” in “${item.entryTitle}” again.`);
  };

  const reset = async () => {
    const count = exceptions?.length ?? 0;
    const confirmed = await wb.confirm(
      `Remove all ${plural(count, '“not a patient detail” exception', '“not a patient detail” exceptions')} from ${plural(groups.length, 'entry', 'entries')}? Lantern will warn about them again.`,
      'Remove all',
    );
    if (!confirmed) return;
    const entryIds = groups.map((group) => group.entryId);
    refocus.current = true;
    if (!(await changeEntries(wb, entryIds, clearPrivacyExceptions))) return;
    wb.notify('Every “not a patient detail” exception is removed.');
  };

  return (
    <section class="setting" aria-labelledby="setting-exceptions-title">
      <h3 id="setting-exceptions-title" class="field__label" tabIndex={-1} ref={heading}>
        Not patient details
      </h3>
      <p class="field__hint">
        Text you marked “not a patient detail” is not flagged again in that entry. Remove an exception to be warned
        about it again.
      </p>
      {error ? (
        <p class="field__error" role="alert">
          Lantern could not read your exceptions. Reload the page to try again.
        </p>
      ) : exceptions === undefined ? null : groups.length === 0 ? (
        <p>You have not marked anything as “not a patient detail”.</p>
      ) : (
        <>
          <ul class="exceptions" aria-label="Exceptions by entry">
            {groups.map((group) => (
              <li key={group.entryId} class="exceptions__entry">
                <button type="button" class="link-button" onClick={() => void wb.openEntry(group.entryId)}>
                  {group.entryTitle}
                </button>
                <ul class="exceptions__items">
                  {group.items.map((item) => (
                    <li key={item.key} class="exceptions__item">
                      <span>
                        “{item.text}” <span class="field__hint">({item.kindLabel})</span>
                      </span>{' '}
                      <button type="button" class="link-button" onClick={() => void remove(item)}>
                        Remove
                        <span class="visually-hidden">
                          {' '}
                          exception “{item.text}” from {group.entryTitle}
                        </span>
                      </button>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
          <button type="button" class="button button--secondary setting__reset" onClick={() => void reset()}>
            Reset…<span class="visually-hidden"> every “not a patient detail” exception</span>
          </button>
        </>
      )}
    </section>
  );
}
