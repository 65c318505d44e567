import { useLayoutEffect, useRef } from 'preact/hooks';
import { progressText, syncStatusText } from '../../app/sync/statusText';
import { syncOf } from '../../app/sync/syncService';
import { formatInstantDate, formatInstantTime } from '../../lib/dates';
import { useStore } from '../hooks/useStore';
import { CommandButton } from '../shell/CommandButton';
import { useWorkbench } from '../workbench/context';

const count = (n: number, noun: string) => `${n.toLocaleString('en-GB')} ${noun}${n === 1 ? '' : 's'}`;

/** `Sync: Show Sync Status`: the server, when it last synced, what moved, what went wrong, and the actions. */
export function SyncStatusPage() {
  const wb = useWorkbench();
  const view = useStore(syncOf(wb).store, (state) => state);
  const { config, status } = view;
  // Opened by a command or the status bar: focus lands on the page, to read on from its heading.
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), []);
  if (config === null)
    return (
      <article class="page sync-page" aria-labelledby="sync-status-title">
        <h2 id="sync-status-title" ref={heading} tabIndex={-1}>
          Sync
        </h2>
        <p>Sync is off on this device: your journal lives only in this browser, and nothing is sent anywhere.</p>
        <CommandButton command="sync.setUp" label="Set up sync…" />
      </article>
    );
  const words = status ? syncStatusText(status) : null;
  const trouble = status && (status.state === 'error' || status.state === 'offline' || status.state === 'paused');
  return (
    <article class="page sync-page" aria-labelledby="sync-status-title">
      <h2 id="sync-status-title" ref={heading} tabIndex={-1}>
        Sync
      </h2>
      <dl class="sync-status">
        <dt>Server</dt>
        <dd>{config?.serverUrl ?? 'Reading…'}</dd>
        <dt>Account</dt>
        <dd>{config ? config.username || 'None (the server needs no sign-in)' : '…'}</dd>
        <dt>Now</dt>
        <dd data-testid="sync-state">{words?.text ?? 'Starting…'}</dd>
        <dt>Last synced</dt>
        <dd>
          {status?.lastSyncedAt === undefined
            ? 'Not yet'
            : `${formatInstantDate(status.lastSyncedAt)} at ${formatInstantTime(status.lastSyncedAt)}`}
        </dd>
        <dt>Sent from this device</dt>
        <dd data-testid="sync-pushed">{count(status?.pushed ?? 0, 'record')} since this window opened</dd>
        <dt>Received</dt>
        <dd data-testid="sync-pulled">{count(status?.pulled ?? 0, 'record')} since this window opened</dd>
      </dl>
      {status?.progress ? (
        <div class="field">
          <label class="field__label" for="sync-progress">
            First sync: {progressText(status.progress)} records
          </label>
          <progress id="sync-progress" max={status.progress.total} value={status.progress.done} />
        </div>
      ) : null}
      {trouble && status?.message ? (
        <p class={status.state === 'error' ? 'field__error' : 'page__muted'} role="status">
          {status.message}
        </p>
      ) : null}
      {status?.notice ? <p role="status">{status.notice}</p> : null}
      {status?.problems?.length ? (
        <section aria-labelledby="sync-problems">
          <h3 id="sync-problems">Not synced</h3>
          <ul>
            {status.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <div class="sync-actions">
        <CommandButton command="sync.now" label="Sync now" />
        <CommandButton
          command="sync.changePassphrase"
          label="Change sync passphrase…"
          class="button button--secondary"
        />
        <CommandButton command="sync.turnOff" label="Turn off sync…" class="button button--secondary" />
        <CommandButton command="sync.deleteServerCopy" label="Delete server copy…" class="button button--danger" />
      </div>
      <p class="page__muted">
        Turning sync off deletes nothing, here or on the server. Deleting the server copy keeps everything on this
        device.
      </p>
    </article>
  );
}
