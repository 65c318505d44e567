import { useState } from 'preact/hooks';
import { downloadText } from '../../app/shell/download';
import { createShareBundle, getMenteeId, type ShareBundle, writeShareFile } from '../../lib/mentoring';
import { wellbeingLeaves } from '../../lib/summary';
import { CommandButton } from '../shell/CommandButton';
import { useExportGate } from '../summary/useExportGate';
import { useSummaryDocument } from '../summary/useSummaryDocument';
import { useWorkbench, useWorkbenchState } from '../workbench/context';

/** `Mentoring: Share with Mentor…`: the appraisal summary as it stands, as one file for a mentor. */
export function SharePage() {
  const wb = useWorkbench();
  const period = useWorkbenchState((state) => state.summaryPeriod);
  const choices = useWorkbenchState((state) => state.summaryChoices);
  const { document, entries, wellbeing } = useSummaryDocument('appraisal', period, choices);
  const gate = useExportGate(document, entries, period, choices.inclusion);
  const blocking = gate.findings;
  const [name, setName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);

  /** Downloads one form of the share: the file for Lantern, or the page for any browser. */
  const share = async (form: 'file' | 'page') => {
    if (document?.kind !== 'appraisal' || !name.trim()) return;
    setBusy(true);
    try {
      const bundle = createShareBundle(document, { menteeId: await getMenteeId(), displayName: name.trim() });
      const file = form === 'file' ? await writeShareFile(bundle, passphrase || undefined) : await writePage(bundle);
      downloadText(file.filename, file.text, form === 'file' ? 'application/json' : 'text/html');
      const opens = form === 'file' ? 'They open it in Lantern' : 'They open it in any browser, no install needed';
      wb.notify(
        passphrase
          ? `Saved ${file.filename}. ${opens}. Send it to your mentor, and tell them the passphrase another way.`
          : `Saved ${file.filename}. ${opens}. Send it to your mentor by a channel you both trust.`,
      );
    } catch (error) {
      wb.notify(`The share file could not be made: ${error instanceof Error ? error.message : String(error)}`, {
        tone: 'error',
      });
    } finally {
      setBusy(false);
    }
  };

  /** The page and its builder load only when asked for: the sanitiser and the page's script are sizeable. */
  const writePage = async (bundle: ShareBundle) => {
    const [{ writeSharePage }, parts] = await Promise.all([
      import('../../lib/mentoring/page/make'),
      import('virtual:mentor-page'),
    ]);
    return writeSharePage(bundle, { script: parts.script, style: parts.style }, passphrase || undefined);
  };
  const disabled = busy || !name.trim() || !document || gate.checking || blocking.length > 0;

  return (
    <article class="page" aria-labelledby="share-title">
      <h2 id="share-title">Share with your mentor</h2>
      <p>
        Your mentor receives exactly the appraisal summary for <strong>{period.label}</strong>, with the entries you
        chose to include (title and learning points unless you chose otherwise). Nothing else leaves.
      </p>
      {wellbeing?.text.trim() ? (
        <p>
          {wellbeingLeaves(wellbeing)
            ? 'It includes your health and wellbeing reflection, as you chose.'
            : 'Your health and wellbeing reflection stays private: you have not chosen to include it.'}
        </p>
      ) : null}
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
      <p>
        <button type="button" class="button" disabled={disabled} onClick={() => void share('file')}>
          {busy ? 'Preparing…' : 'Download share file'}
        </button>{' '}
        <button type="button" class="button button--secondary" disabled={disabled} onClick={() => void share('page')}>
          Download page for any browser
        </button>
      </p>
      <p class="field__hint">
        The share file opens in Lantern. The page opens in any browser on a computer or phone, with no install and no
        account: your mentor reads the summary, writes comments and saves a feedback file to send back to you. It makes
        no network request.
      </p>
    </article>
  );
}
