import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from '../../components/App';
import { registerCommands } from '../../components/workbench/commands';
import { Workbench } from '../../components/workbench/workbench';
import { CAPTURE_KEY, Capture, entryFromCapture } from '../../lib/capture';
import { isMacPlatform } from '../../lib/commands';
import { getDb } from '../../lib/db';
import { oldestEntryCreatedAt, purgeExpiredTrash } from '../../lib/entries/repository';
import { REMINDER_KEY, ReminderSettings } from '../../lib/reminders';
import { backupReminderDue } from '../../lib/settings/backup-reminder';
import { loadPreferences } from '../../lib/settings/repository';

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

render(<App workbench={workbench} />, document.getElementById('app') as HTMLElement);

loadPreferences().then(
  async (preferences) => {
    workbench.store.set({ preferences });
    if (!preferences.welcomed) {
      // First run: a short welcome in the editor area, shown once.
      if (workbench.state.editor.type === 'empty')
        workbench.store.set({ editor: { type: 'welcome' }, narrowPart: 'editor' });
      await workbench.setPreferences({ welcomed: true });
    }
    const oldest = await oldestEntryCreatedAt();
    if (backupReminderDue(preferences.lastBackupAt, oldest)) {
      workbench.notify(
        preferences.lastBackupAt
          ? 'Your last backup is more than 30 days old. Your journal lives only in this browser.'
          : 'You have not backed up your journal yet. It lives only in this browser.',
        { action: { label: 'Back up now', run: () => workbench.run('data.exportBackup') } },
      );
    }
  },
  () =>
    workbench.store.set({
      blocked:
        'Lantern could not open its storage in this browser. Try reloading; if it keeps happening, restart the browser. Your journal is not deleted.',
    }),
);
// "Reflect on this in Lantern": the background leaves the selection in storage for this page.
async function takeCapture(): Promise<void> {
  const stored = await browser.storage.local.get(CAPTURE_KEY);
  const parsed = Capture.safeParse(stored[CAPTURE_KEY]);
  if (!stored[CAPTURE_KEY]) return;
  await browser.storage.local.remove(CAPTURE_KEY);
  if (parsed.success) await workbench.newEntry(entryFromCapture(parsed.data));
}
void takeCapture();
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && changes[CAPTURE_KEY]?.newValue) void takeCapture();
});

void purgeExpiredTrash().catch(() => undefined);
// Ask the browser never to evict the journal to free space (the manifest also asks for unlimitedStorage).
void navigator.storage?.persist?.().catch(() => undefined);
