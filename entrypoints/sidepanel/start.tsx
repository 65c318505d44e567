// The app page, evaluated once main.tsx has narrowed the network policy and evaluated the data layer.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { recoverUnsavedEdits } from '../../app/editor/unsavedEdits';
import { startSyncService } from '../../app/sync/start';
import { registerCommands } from '../../app/workbench/commands';
import { initialLockState, watchVault } from '../../app/workbench/lock';
import { watchPreferences } from '../../app/workbench/preferences';
import { Workbench } from '../../app/workbench/workbench';
import { App } from '../../components/App';
import { keepFieldsOutOfSessionRestore } from '../../components/formState';
import { CAPTURE_KEY, Capture, captureArea, entryFromCapture } from '../../lib/capture';
import { isMacPlatform } from '../../lib/commands';
import { getDb } from '../../lib/db';
import { oldestEntryCreatedAt, purgeExpiredTrash } from '../../lib/entries/repository';
import { REMINDER_KEY, ReminderSettings } from '../../lib/reminders';
import { backupReminderDue } from '../../lib/settings/backup-reminder';
import { loadPreferences } from '../../lib/settings/repository';
import { loadVault } from '../../lib/vault/state';

keepFieldsOutOfSessionRestore();

const workbench = new Workbench({
  isMac: isMacPlatform(navigator.platform),
  async openInTab() {
    await browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') });
  },
  async loadReminder() {
    const stored = await browser.storage.local.get(REMINDER_KEY);
    return ReminderSettings.catch(ReminderSettings.parse({})).parse(stored[REMINDER_KEY] ?? {});
  },
  async saveReminder(settings) {
    await browser.storage.local.set({ [REMINDER_KEY]: ReminderSettings.parse(settings) });
  },
});
registerCommands(workbench);

const db = getDb();
db.on('versionchange', () => {
  workbench.store.set({
    blocked:
      'Lantern was updated in another window. Reload this page to carry on; until then it cannot save, so copy any text you need.',
  });
});

/** Runs `job` now if the journal is open, else as soon as it is unlocked (once). */
function whenUnlocked(job: () => unknown): void {
  if (!workbench.state.lock.locked) {
    void job();
    return;
  }
  const stop = workbench.store.subscribe(() => {
    if (workbench.state.lock.locked) return;
    stop();
    void job();
  });
}

// Whether the journal has a passphrase must be known before anything reads it: with one, it starts locked.
const vaultLoaded = loadVault(db).then(
  (vault) => {
    workbench.store.set({ lock: initialLockState(vault) });
    watchVault(workbench);
  },
  () =>
    workbench.store.set({
      blocked:
        'Lantern could not read its passphrase details in this browser. Try reloading; your journal is not deleted.',
    }),
);

void vaultLoaded.then(() => {
  render(<App workbench={workbench} />, document.getElementById('app') as HTMLElement);
  void startSyncService(workbench);
});

void vaultLoaded
  .then(() => loadPreferences())
  .then(
    async (preferences) => {
      workbench.store.set({ preferences });
      watchPreferences(workbench);
      if (!preferences.welcomed) {
        // First run: a short welcome in the editor area, shown once.
        if (workbench.state.editor.type === 'empty')
          workbench.store.set({ editor: { type: 'welcome' }, narrowPart: 'editor' });
        await workbench.setPreferences({ welcomed: true });
      }
      whenUnlocked(async () => {
        const oldest = await oldestEntryCreatedAt();
        if (backupReminderDue(preferences.lastBackupAt, oldest)) {
          workbench.notify(
            preferences.lastBackupAt
              ? 'Your last backup is more than 30 days old. Your journal lives only in this browser.'
              : 'You have not backed up your journal yet. It lives only in this browser.',
            { action: { label: 'Back up now', run: () => workbench.run('data.exportBackup') } },
          );
        }
      });
    },
    () =>
      workbench.store.set({
        blocked:
          'Lantern could not open its storage in this browser. Try reloading; if it keeps happening, restart the browser. Your journal is not deleted.',
      }),
  );
// "Reflect on this in Lantern": the background leaves the selection in storage for this page.
async function takeCapture(): Promise<void> {
  const area = captureArea(browser.storage);
  const stored = await area.get(CAPTURE_KEY);
  const parsed = Capture.safeParse(stored[CAPTURE_KEY]);
  if (!stored[CAPTURE_KEY]) return;
  await area.remove(CAPTURE_KEY);
  if (parsed.success) await workbench.newEntry(entryFromCapture(parsed.data));
}
// A capture waits while the journal is locked: the draft it makes is written, encrypted, once unlocked.
void vaultLoaded.then(() => whenUnlocked(takeCapture));
browser.storage.onChanged.addListener((changes, area) => {
  if ((area === 'session' || area === 'local') && changes[CAPTURE_KEY]?.newValue) whenUnlocked(takeCapture);
});

void vaultLoaded.then(() => whenUnlocked(() => purgeExpiredTrash().catch(() => undefined)));
// Words typed just before this page last went away, kept in case their save could not finish.
void vaultLoaded.then(() => whenUnlocked(() => recoverUnsavedEdits(workbench)));
// Ask the browser never to evict the journal to free space (the manifest also asks for unlimitedStorage).
void navigator.storage?.persist?.().catch(() => undefined);
