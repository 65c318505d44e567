import { useMemo } from 'preact/hooks';
import { weeksInARowIn } from '../../app/journal/derived';
import { formatInstantTime, localIsoDate } from '../../lib/dates';
import { useJournal } from '../hooks/useJournal';
import { SyncStatusSlot } from '../sync/SyncStatusSlot';
import { useWorkbench, useWorkbenchState } from '../workbench/context';
import { CommandButton } from './CommandButton';
import { MenuButtons } from './MenuButtons';

const SAVE_LABELS = { idle: '', pending: 'Saving…', saving: 'Saving…', saved: 'Saved', error: 'Not saved' } as const;

/** Save state, word count and the palette button, along the bottom as in VS Code. */
export function StatusBar() {
  const wb = useWorkbench();
  const save = useWorkbenchState((state) => state.save);
  const wordCount = useWorkbenchState((state) => state.wordCount);
  const attachmentCount = useWorkbenchState((state) => state.attachmentCount);
  const privacy = useWorkbenchState((state) => state.privacy);
  const savedAt = useWorkbenchState((state) => state.openEntry?.updatedAt);
  const lock = useWorkbenchState((state) => state.lock);

  return (
    <footer class="status-bar">
      <MenuButtons menu="statusBar" class="status-bar__item" iconSize={14} showLabel />
      {lock.locked ? null : <WeeksInARow />}
      <span class="status-bar__spacer" />
      <SyncStatusSlot />
      {lock.progress ? (
        <output class="status-bar__item" data-testid="lock-progress">
          {lock.progress.label}{' '}
          {lock.progress.total ? `${Math.floor((100 * lock.progress.done) / lock.progress.total)}%` : '…'}
        </output>
      ) : null}
      {lock.enabled ? (
        <CommandButton
          command={lock.locked ? 'privacy.unlock' : 'privacy.lock'}
          class="status-bar__item"
          label={lock.locked ? 'Locked' : 'Unlocked: lock now'}
        >
          {lock.locked ? '🔒 Locked' : '🔓 Unlocked'}
        </CommandButton>
      ) : null}
      {privacy && (privacy.warnings || privacy.hints) ? (
        <button
          type="button"
          class={`status-bar__item${privacy.warnings ? ' status-bar__item--error' : ''}`}
          data-testid="privacy-count"
          title="Possible patient details in this entry"
          onClick={() => document.getElementById('patient-details')?.focus()}
        >
          {privacy.warnings ? `⚠ ${privacy.warnings} patient ${privacy.warnings === 1 ? 'detail' : 'details'}` : ''}
          {privacy.warnings && privacy.hints ? ' · ' : ''}
          {privacy.hints ? `${privacy.hints} ${privacy.hints === 1 ? 'hint' : 'hints'}` : ''}
        </button>
      ) : null}
      {attachmentCount ? (
        <span class="status-bar__item" data-testid="attachment-count">
          {attachmentCount} {attachmentCount === 1 ? 'attachment' : 'attachments'}
        </span>
      ) : null}
      <span class="status-bar__item" data-testid="word-count">
        {wordCount === null ? '' : `${wordCount} ${wordCount === 1 ? 'word' : 'words'}`}
      </span>
      {save.state === 'error' ? (
        <button
          type="button"
          class="status-bar__item status-bar__item--error"
          title={save.message}
          onClick={() => void wb.flushEditor()}
        >
          Not saved — retry
        </button>
      ) : (
        <output
          class="status-bar__item"
          data-testid="save-state"
          aria-live="polite"
          title={save.state === 'saved' && savedAt ? `Saved at ${formatInstantTime(savedAt)}` : undefined}
        >
          {SAVE_LABELS[save.state]}
        </output>
      )}
      {save.state !== 'error' && savedAt && wordCount !== null ? (
        <span class="status-bar__item" title="When this entry was last saved">
          {formatInstantTime(savedAt)}
        </span>
      ) : null}
    </footer>
  );
}

/** The habit streak; it reads the journal, so it is not there while the journal is locked. */
function WeeksInARow() {
  const { entries } = useJournal();
  const streak = useMemo(() => (entries ? weeksInARowIn(entries, localIsoDate()) : 0), [entries]);
  return streak > 1 ? (
    <span class="status-bar__item" title="Weeks in a row with at least one entry">
      {streak} weeks in a row
    </span>
  ) : null;
}
