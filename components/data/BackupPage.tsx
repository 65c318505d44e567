import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { downloadText } from '../../app/shell/download';
import {
  applyImport,
  type Backup,
  describeCounts,
  describePlan,
  describeRestore,
  exportBackup,
  type ImportMode,
  type ImportPlan,
  planImport,
  readBackup,
} from '../../lib/backup';
import { formatInstantDate } from '../../lib/dates';
import { useWorkbench, useWorkbenchState } from '../workbench/context';

/** `Data: Export Backup…` and `Data: Import Backup…`: the whole journal to one file and back. */
export function BackupPage(props: { focus: 'export' | 'import' }) {
  return (
    <article class="page" aria-labelledby="backup-title">
      <h2 id="backup-title">Backup and restore</h2>
      <p>
        Your journal lives only in this browser profile. Removing Lantern or clearing the browser's data deletes it, so
        keep a backup somewhere safe — and use one to move between a work and a home computer.
      </p>
      <ExportSection autoFocus={props.focus === 'export'} />
      <ImportSection autoFocus={props.focus === 'import'} />
    </article>
  );
}

function ExportSection(props: { autoFocus: boolean }) {
  const wb = useWorkbench();
  const lastBackupAt = useWorkbenchState((state) => state.preferences.lastBackupAt);
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const first = useFocusWhen(props.autoFocus);
  const mismatch = passphrase !== '' && confirm !== '' && passphrase !== confirm;

  const run = async () => {
    if (passphrase && passphrase !== confirm) return;
    setBusy(true);
    try {
      const result = await exportBackup({ passphrase: passphrase || undefined });
      downloadText(result.filename, result.text);
      await wb.setPreferences({ lastBackupAt: Date.now() });
      wb.notify(`Backup saved as ${result.filename}: ${describeCounts(result.counts) || 'an empty journal'}.`);
      setPassphrase('');
      setConfirm('');
    } catch (error) {
      wb.notify(`The backup could not be made: ${error instanceof Error ? error.message : String(error)}`, {
        tone: 'error',
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="export-title">
      <h3 id="export-title">Export a backup</h3>
      <p class="page__muted">
        {lastBackupAt ? `Last backup: ${formatInstantDate(lastBackupAt)}.` : 'No backup made from this browser yet.'}
      </p>
      <label class="field">
        <span class="field__label">Passphrase (optional)</span>
        <input
          ref={first}
          type="password"
          autoComplete="new-password"
          value={passphrase}
          onInput={(event) => setPassphrase(event.currentTarget.value)}
        />
        <span class="field__hint">
          With a passphrase the file is encrypted. Nobody can recover a forgotten passphrase, Lantern included.
        </span>
      </label>
      {passphrase ? (
        <label class="field">
          <span class="field__label">Passphrase again</span>
          <input
            type="password"
            autoComplete="new-password"
            value={confirm}
            aria-invalid={mismatch}
            aria-describedby={mismatch ? 'export-mismatch' : undefined}
            onInput={(event) => setConfirm(event.currentTarget.value)}
          />
          {mismatch ? (
            <span id="export-mismatch" class="field__error" role="alert">
              The two passphrases are different.
            </span>
          ) : null}
        </label>
      ) : null}
      <button
        type="button"
        class="button"
        disabled={busy || (passphrase !== '' && passphrase !== confirm)}
        onClick={() => void run()}
      >
        {busy ? 'Exporting…' : 'Export backup'}
      </button>
    </section>
  );
}

function ImportSection(props: { autoFocus: boolean }) {
  const wb = useWorkbench();
  const [text, setText] = useState<{ name: string; text: string } | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [needsPassphrase, setNeedsPassphrase] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [backup, setBackup] = useState<Backup | null>(null);
  const [mode, setMode] = useState<ImportMode>('merge');
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const first = useFocusWhen(props.autoFocus);

  const read = async (file: { name: string; text: string }, secret?: string) => {
    setProblem(null);
    setBackup(null);
    setPlan(null);
    const result = await readBackup(file.text, secret);
    if (!result.ok) {
      setNeedsPassphrase(result.error.kind === 'needs-passphrase' || result.error.kind === 'wrong-passphrase');
      setProblem(result.error.message);
      return;
    }
    setBackup(result.backup);
    setPlan(await planImport(result.backup, mode));
  };

  const choose = async (nextMode: ImportMode) => {
    setMode(nextMode);
    if (backup) setPlan(await planImport(backup, nextMode));
  };

  const run = async () => {
    if (!backup) return;
    if (mode === 'replace') {
      const sure = await wb.confirm(
        'Replace everything in this browser with the backup? Entries that are not in the backup will be deleted.',
        'Replace',
      );
      if (!sure) return;
    }
    try {
      const done = await applyImport(backup, mode);
      wb.notify(describeRestore(done));
      setBackup(null);
      setPlan(null);
      setText(null);
    } catch (error) {
      wb.notify(
        `Nothing was changed: the backup could not be written (${error instanceof Error ? error.message : String(error)}).`,
        { tone: 'error' },
      );
    }
  };

  return (
    <section aria-labelledby="import-title">
      <h3 id="import-title">Restore from a backup</h3>
      <label class="field">
        <span class="field__label">Backup file</span>
        <input
          ref={first}
          type="file"
          accept=".json,application/json"
          onChange={async (event) => {
            const file = event.currentTarget.files?.[0];
            if (!file) return;
            const loaded = { name: file.name, text: await file.text() };
            setText(loaded);
            setPassphrase('');
            await read(loaded);
          }}
        />
      </label>
      {needsPassphrase && text ? (
        <form
          class="field"
          onSubmit={(event) => {
            event.preventDefault();
            void read(text, passphrase);
          }}
        >
          <label class="field">
            <span class="field__label">Passphrase for this backup</span>
            <input
              type="password"
              autoComplete="current-password"
              value={passphrase}
              onInput={(event) => setPassphrase(event.currentTarget.value)}
            />
          </label>
          <button type="submit" class="button">
            Open backup
          </button>
        </form>
      ) : null}
      {problem ? (
        <p class="field__error" role="alert">
          {problem} Nothing has been changed.
        </p>
      ) : null}
      {backup && plan ? (
        <div class="import-plan">
          <p>
            <strong>{text?.name}</strong> from {formatInstantDate(backup.exportedAt)} holds{' '}
            {describeCounts(
              Object.fromEntries(Object.entries(backup.tables).map(([name, rows]) => [name, rows.length])),
            ) || 'nothing'}
            .
          </p>
          <fieldset class="rating">
            <legend>How to restore</legend>
            <label class="rating__option">
              <input type="radio" name="import-mode" checked={mode === 'merge'} onChange={() => void choose('merge')} />
              Merge with this journal (the newer edit of an entry wins; the other is kept in its history)
            </label>
            <label class="rating__option">
              <input
                type="radio"
                name="import-mode"
                checked={mode === 'replace'}
                onChange={() => void choose('replace')}
              />
              Replace this journal with the backup
            </label>
          </fieldset>
          <p role="status">{describePlan(plan)}</p>
          <button type="button" class="button" onClick={() => void run()}>
            {mode === 'merge' ? 'Merge backup' : 'Replace with backup'}
          </button>
        </div>
      ) : null}
    </section>
  );
}

/** Focuses the section's first control when the page opens for it (Export or Import). */
function useFocusWhen(focus: boolean) {
  const ref = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return ref;
}
