import { useState } from 'preact/hooks';
import { downloadText } from '../../app/shell/download';
import { createShareBundle, getMenteeId, writeShareFile } from '../../lib/mentoring';
import { CommandButton } from '../shell/CommandButton';
import { useExportGate } from '../summary/useExportGate';
import { useSummaryDocument } from '../summary/useSummaryDocument';
import { useWorkbench, useWorkbenchState } from '../workbench/context';

/** `Mentoring: Share with Mentor…`: the appraisal summary as it stands, as one file for a mentor. */
export function SharePage() {
  const wb = useWorkbench();
  const period = useWorkbenchState((state) => state.summaryPeriod);
  const choices = useWorkbenchState((state) => state.summaryChoices);
  const { document, entries } = useSummaryDocument('appraisal', period, choices);
  const blocking = useExportGate(document, entries, period, choices.inclusion ?? {});
  const [name, setName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);

  const share = async () => {
    if (document?.kind !== 'appraisal' || !name.trim()) return;
    setBusy(true);
    try {
      const bundle = createShareBundle(document, { menteeId: await getMenteeId(), displayName: name.trim() });
      const file = await writeShareFile(bundle, passphrase || undefined);
      downloadText(file.filename, file.text);
      wb.notify(
        passphrase
          ? `Saved ${file.filename}. Send it to your mentor, and tell them the passphrase another way.`
          : `Saved ${file.filename}. Send it to your mentor by a channel you both trust.`,
      );
    } catch (error) {
      wb.notify(`The share file could not be made: ${error instanceof Error ? error.message : String(error)}`, {
        tone: 'error',
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <article class="page" aria-labelledby="share-title">
      <h2 id="share-title">Share with your mentor</h2>
      <p>
        Your mentor receives exactly the appraisal summary for <strong>{period.label}</strong>, with the entries you
        chose to include (title and learning points unless you chose otherwise). Nothing else leaves.
      </p>
      <p>
        <CommandButton
          command="summary.openAppraisal"
          class="link-button"
          label="Review the summary and what it includes"
        />
      </p>
      {blocking.length ? (
        <p class="summary__gap" role="alert">
          The summary holds {blocking.length} possible patient {blocking.length === 1 ? 'detail' : 'details'}. Resolve
          them in the appraisal summary before sharing.
        </p>
      ) : null}
      <label class="field">
        <span class="field__label">Your name, as your mentor will see it</span>
        <input type="text" maxLength={100} value={name} onInput={(event) => setName(event.currentTarget.value)} />
      </label>
      <label class="field">
        <span class="field__label">Passphrase (optional)</span>
        <input type="password" value={passphrase} onInput={(event) => setPassphrase(event.currentTarget.value)} />
        <span class="field__hint">Tell it to your mentor separately, not in the same message as the file.</span>
      </label>
      <button
        type="button"
        class="button"
        disabled={busy || !name.trim() || !document || blocking.length > 0}
        onClick={() => void share()}
      >
        {busy ? 'Preparing…' : 'Download share file'}
      </button>
    </article>
  );
}
