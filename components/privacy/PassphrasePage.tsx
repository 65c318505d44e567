import type { Ref } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { choosePassphrase, dropPassphrase, replacePassphrase } from '../../app/privacy/passphraseActions';
import type { PassphraseMode } from '../../app/workbench/state';
import { passphraseProblem, WrongJournalPassphraseError } from '../../lib/vault';
import { CommandButton } from '../shell/CommandButton';
import { useWorkbench, useWorkbenchState } from '../workbench/context';

const TITLES: Record<PassphraseMode, string> = {
  set: 'Lock your journal with a passphrase',
  change: 'Change your passphrase',
  remove: 'Remove your passphrase',
};

const ACTIONS: Record<PassphraseMode, [idle: string, busy: string]> = {
  set: ['Set passphrase', 'Encrypting…'],
  change: ['Change passphrase', 'Re-encrypting…'],
  remove: ['Remove passphrase', 'Decrypting…'],
};

/** `Privacy: Set Passphrase…`, `Privacy: Change Passphrase…` and `Privacy: Remove Passphrase…`. */
export function PassphrasePage(props: { mode: PassphraseMode }) {
  const { mode } = props;
  const wb = useWorkbench();
  const progress = useWorkbenchState((state) => state.lock.progress);
  const autoLock = useWorkbenchState((state) => state.preferences.autoLockMinutes);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => first.current?.focus(), []);

  const problem = (): string | undefined => {
    if (mode !== 'set' && !current) return 'Enter your current passphrase.';
    if (mode === 'remove') return undefined;
    return passphraseProblem(next, again);
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const found = problem();
    setError(found ?? null);
    if (found) return;
    setBusy(true);
    try {
      if (mode === 'set') await choosePassphrase(wb, next);
      else if (mode === 'change') await replacePassphrase(wb, current, next);
      else await dropPassphrase(wb, current);
      setCurrent('');
      setNext('');
      setAgain('');
      wb.notify(
        mode === 'set'
          ? 'Your journal is encrypted. Lock it any time with Privacy: Lock Journal.'
          : mode === 'change'
            ? 'Your passphrase is changed and the journal re-encrypted with a new key.'
            : 'Your passphrase is removed: the journal is stored unencrypted in this browser again.',
      );
      await wb.showPage({ type: 'empty' });
      // This page (and the button that had focus) is gone: focus goes to what is on screen.
      wb.keepFocus();
    } catch (failure) {
      setError(
        failure instanceof WrongJournalPassphraseError
          ? "That isn't your current passphrase. Nothing was changed."
          : `Nothing was lost, but this did not finish: ${failure instanceof Error ? failure.message : String(failure)}`,
      );
    } finally {
      setBusy(false);
    }
  };

  const idle =
    autoLock > 0 ? `after ${autoLock} ${autoLock === 1 ? 'minute' : 'minutes'} without use` : 'only when you ask';
  return (
    <article class="page" aria-labelledby="passphrase-title">
      <h2 id="passphrase-title">{TITLES[mode]}</h2>
      {mode === 'set' ? (
        <>
          <p>
            Everything you write — entries, earlier versions, files, goals, comments and shared summaries — will be
            stored encrypted in this browser. Lantern asks for the passphrase each time it opens, and locks {idle}{' '}
            (change that in Settings).
          </p>
          <p class="passphrase__warning">
            <strong>If you forget the passphrase, your journal cannot be recovered</strong> — not by you, not by
            Lantern, not by anyone. Export a backup first and keep it somewhere safe.
          </p>
          <p>
            Anything written before the passphrase is set may stay readable in the browser's own files on this computer
            for a while: the browser clears its old copies in its own time, and Lantern cannot make it. To be sure
            nothing was ever stored unencrypted, set a passphrase in a new browser profile, then restore a backup into
            it.
          </p>
        </>
      ) : mode === 'change' ? (
        <p>
          Your journal is re-encrypted with a new key. The old passphrase stops working at once. If this is interrupted,
          nothing is lost: the new passphrase opens everything and the work carries on when you next unlock.
        </p>
      ) : (
        <p>
          Your journal will be stored unencrypted in this browser, as it was before you chose a passphrase, and will no
          longer lock.
        </p>
      )}
      <CommandButton command="data.exportBackup" label="Export a backup first" />
      <form class="passphrase__form" onSubmit={(event) => void submit(event)} noValidate>
        {mode !== 'set' ? (
          <PasswordField
            id="passphrase-current"
            label="Current passphrase"
            value={current}
            onValue={setCurrent}
            fieldRef={first}
            current
          />
        ) : null}
        {mode !== 'remove' ? (
          <>
            <PasswordField
              id="passphrase-new"
              label={mode === 'set' ? 'Passphrase' : 'New passphrase'}
              value={next}
              onValue={setNext}
              fieldRef={mode === 'set' ? first : undefined}
              hint="At least 8 characters. Three or four unrelated words are easy to remember and hard to guess."
            />
            <PasswordField
              id="passphrase-again"
              label={mode === 'set' ? 'Passphrase again' : 'New passphrase again'}
              value={again}
              onValue={setAgain}
            />
          </>
        ) : null}
        {error ? (
          <p class="field__error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" class="button" disabled={busy}>
          {busy ? ACTIONS[mode][1] : ACTIONS[mode][0]}
        </button>
        {busy && progress ? (
          <p class="page__muted" role="status">
            {progress.label}: {progress.done.toLocaleString('en-GB')} of {progress.total.toLocaleString('en-GB')}{' '}
            records
          </p>
        ) : null}
      </form>
    </article>
  );
}

/** A labelled password box; `current` for one the browser may fill in, else a new one. */
function PasswordField(props: {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  fieldRef?: Ref<HTMLInputElement>;
  hint?: string;
  current?: boolean;
}) {
  const hintId = `${props.id}-hint`;
  return (
    <div class="field">
      <label class="field__label" for={props.id}>
        {props.label}
      </label>
      <input
        ref={props.fieldRef}
        id={props.id}
        type="password"
        autoComplete={props.current ? 'current-password' : 'new-password'}
        value={props.value}
        aria-describedby={props.hint ? hintId : undefined}
        onInput={(event) => props.onValue(event.currentTarget.value)}
      />
      {props.hint ? (
        <span id={hintId} class="field__hint">
          {props.hint}
        </span>
      ) : null}
    </div>
  );
}
