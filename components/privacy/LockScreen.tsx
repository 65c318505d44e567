import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { eraseForgottenJournal, unlock } from '../../app/privacy/passphraseActions';
import { WrongJournalPassphraseError } from '../../lib/vault/errors';
import { useFocusTarget } from '../hooks/useFocusTarget';
import { useWorkbench } from '../workbench/context';

/** All that shows while the journal is locked: what Lantern is waiting for, and where to type it. */
export function LockScreen() {
  const wb = useWorkbench();
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  const fieldRef = useFocusTarget('unlock.passphrase', field);
  useLayoutEffect(() => field.current?.focus(), []);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    if (!passphrase) {
      setError('Enter your passphrase.');
      field.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await unlock(wb, passphrase);
    } catch (failure) {
      setError(
        failure instanceof WrongJournalPassphraseError
          ? failure.message
          : `Lantern could not unlock: ${failure instanceof Error ? failure.message : String(failure)}`,
      );
      setBusy(false);
      field.current?.select();
      field.current?.focus();
    }
  };

  return (
    <main class="lock-screen" aria-labelledby="lock-title">
      <form class="lock-screen__form" onSubmit={(event) => void submit(event)}>
        <h2 id="lock-title">Your journal is locked</h2>
        <p>It is encrypted in this browser. Enter your passphrase to open it.</p>
        <label class="field__label" for="unlock-passphrase">
          Passphrase
        </label>
        <input
          ref={fieldRef}
          id="unlock-passphrase"
          class="lock-screen__input"
          type="password"
          autoComplete="current-password"
          value={passphrase}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'unlock-error' : undefined}
          onInput={(event) => setPassphrase(event.currentTarget.value)}
        />
        {error ? (
          <p id="unlock-error" class="field__error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" class="button" disabled={busy}>
          {busy ? 'Unlocking…' : 'Unlock'}
        </button>
        <p class="page__muted">
          A forgotten passphrase cannot be recovered, by you or by Lantern. Without it, the journal in this browser
          stays unreadable. If you have a backup, you can erase this copy and restore the backup.
        </p>
        <button type="button" class="link-button lock-screen__erase" onClick={() => void eraseForgottenJournal(wb)}>
          Forgotten it? Erase this journal…
        </button>
      </form>
    </main>
  );
}
