import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { loadSyncEngine } from '../../app/sync/engine';
import { messageOf, syncOf } from '../../app/sync/syncService';
import { passphraseProblem } from '../../lib/vault';
import { useWorkbench } from '../workbench/context';
import { Field, focusFirstProblem } from './fields';

type Problems = Partial<Record<'sync-current' | 'sync-new' | 'sync-new-repeat', string>>;

/** `Sync: Change Sync Passphrase…`: the journal's sync key is re-wrapped; other devices are told. */
export function SyncPassphrasePage() {
  const wb = useWorkbench();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  const errorRef = useRef<HTMLParagraphElement>(null);
  useLayoutEffect(() => first.current?.focus(), []);
  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const found: Problems = {
      'sync-current': current ? undefined : 'Enter your current sync passphrase.',
      'sync-new': passphraseProblem(next)?.replace(/^Enter a passphrase\.$/, 'Enter a new sync passphrase.'),
      'sync-new-repeat':
        repeat === next ? undefined : 'The two new sync passphrases are different. Type the same one in both boxes.',
    };
    setProblems(found);
    setError(null);
    if (focusFirstProblem(['sync-current', 'sync-new', 'sync-new-repeat'], found)) return;
    setBusy(true);
    try {
      await syncOf(wb).changePassphrase(current, next);
      wb.notify('Your sync passphrase is changed. Your other devices will ask for the new one.');
      await wb.showPage({ type: 'sync', page: 'status' });
    } catch (failure) {
      const engine = await loadSyncEngine().catch(() => null);
      setError(
        engine && failure instanceof engine.SyncSetupError
          ? failure.message
          : `The sync passphrase was not changed: ${messageOf(failure)}`,
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <article class="page sync-page" aria-labelledby="sync-passphrase-title">
      <h2 id="sync-passphrase-title">Change your sync passphrase</h2>
      <p>
        The key that encrypts your journal on the server is locked again with the new passphrase. Your other devices
        will ask for it the next time they sync; nothing needs to be sent again.
      </p>
      <form class="sync-form" onSubmit={(event) => void submit(event)} noValidate>
        <Field
          id="sync-current"
          label="Current sync passphrase"
          type="password"
          autoComplete="current-password"
          value={current}
          onValue={setCurrent}
          fieldRef={first}
          error={problems['sync-current']}
        />
        <Field
          id="sync-new"
          label="New sync passphrase"
          type="password"
          autoComplete="new-password"
          value={next}
          onValue={setNext}
          error={problems['sync-new']}
        />
        <Field
          id="sync-new-repeat"
          label="Repeat new sync passphrase"
          type="password"
          autoComplete="new-password"
          value={repeat}
          onValue={setRepeat}
          error={problems['sync-new-repeat']}
        />
        {error ? (
          <p ref={errorRef} class="field__error" role="alert" tabIndex={-1}>
            {error}
          </p>
        ) : null}
        <button type="submit" class="button" disabled={busy}>
          {busy ? 'Changing…' : 'Change sync passphrase'}
        </button>
      </form>
    </article>
  );
}
