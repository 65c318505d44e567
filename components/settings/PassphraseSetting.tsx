import { CommandButton } from '../shell/CommandButton';
import { useWorkbenchState } from '../workbench/context';

/** Whether the journal has a passphrase, and the commands that set, change, remove or use it. */
export function PassphraseSetting() {
  const enabled = useWorkbenchState((state) => state.lock.enabled);
  return (
    <div class="setting">
      <h3 class="field__label">Passphrase</h3>
      <p class="field__hint">
        {enabled
          ? 'Your journal is encrypted in this browser and locks when you ask or after the time below. A forgotten passphrase cannot be recovered.'
          : 'Off. With a passphrase, everything you write is stored encrypted and Lantern asks for it each time it opens.'}
      </p>
      <div class="setting__actions">
        {enabled ? (
          <>
            <CommandButton command="privacy.lock" class="button button--secondary" label="Lock now" />
            <CommandButton
              command="privacy.changePassphrase"
              class="button button--secondary"
              label="Change passphrase…"
            />
            <CommandButton
              command="privacy.removePassphrase"
              class="button button--secondary"
              label="Remove passphrase…"
            />
          </>
        ) : (
          <CommandButton command="privacy.setPassphrase" class="button button--secondary" label="Set a passphrase…" />
        )}
      </div>
    </div>
  );
}
