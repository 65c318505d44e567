import { defineCommands } from '../workbench/command';
import { lock } from '../workbench/lock';

/** The passphrase and the lock. */
export const PRIVACY_COMMANDS = defineCommands([
  {
    id: 'privacy.setPassphrase',
    title: 'Privacy: Set Passphrase…',
    run: (wb) => {
      if (!wb.state.lock.enabled) return wb.showPage({ type: 'passphrase', mode: 'set' });
      wb.notify('Your journal already has a passphrase. You can change it here.');
      return wb.showPage({ type: 'passphrase', mode: 'change' });
    },
  },
  {
    id: 'privacy.changePassphrase',
    title: 'Privacy: Change Passphrase…',
    run: (wb) => {
      if (wb.state.lock.enabled) return wb.showPage({ type: 'passphrase', mode: 'change' });
      wb.notify('Your journal has no passphrase yet. Choose one here.');
      return wb.showPage({ type: 'passphrase', mode: 'set' });
    },
  },
  {
    id: 'privacy.removePassphrase',
    title: 'Privacy: Remove Passphrase…',
    when: (wb) => wb.state.lock.enabled,
    run: (wb) => wb.showPage({ type: 'passphrase', mode: 'remove' }),
  },
  {
    id: 'privacy.lock',
    title: 'Privacy: Lock Journal',
    run: async (wb) => {
      if (wb.state.lock.enabled) {
        await lock(wb);
        return;
      }
      wb.notify('To lock your journal, first choose a passphrase: locking encrypts everything with it.');
      await wb.showPage({ type: 'passphrase', mode: 'set' });
    },
  },
  {
    id: 'privacy.unlock',
    title: 'Privacy: Unlock Journal',
    whileLocked: true,
    run: (wb) => {
      // Locked, the lock screen puts the caret in its passphrase box as it appears.
      if (wb.state.lock.locked) wb.focus('unlock.passphrase');
      else
        wb.notify(
          wb.state.lock.enabled
            ? 'Your journal is already unlocked.'
            : 'Your journal has no passphrase, so it is never locked.',
        );
    },
  },
]);
