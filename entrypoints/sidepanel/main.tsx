import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from '../../components/App';
import { registerCommands } from '../../components/workbench/commands';
import { Workbench } from '../../components/workbench/workbench';
import { isMacPlatform } from '../../lib/commands';
import { getDb } from '../../lib/db';
import { purgeExpiredTrash } from '../../lib/entries/repository';
import { loadPreferences } from '../../lib/settings/repository';

const workbench = new Workbench({
  isMac: isMacPlatform(navigator.platform),
  async openInTab() {
    await browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') });
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
  (preferences) => workbench.store.set({ preferences }),
  () =>
    workbench.store.set({
      blocked:
        'Lantern could not open its storage in this browser. Try reloading; if it keeps happening, restart the browser. Your journal is not deleted.',
    }),
);
void purgeExpiredTrash().catch(() => undefined);
// Ask the browser never to evict the journal to free space (the manifest also asks for unlimitedStorage).
void navigator.storage?.persist?.().catch(() => undefined);
