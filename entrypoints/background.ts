import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

/** Opens Lantern from the toolbar button: Chrome's side panel, or Firefox's sidebar. */
export function setUpToolbarButton(): void {
  const sidePanel = (browser as unknown as { sidePanel?: { setPanelBehavior(options: object): Promise<void> } })
    .sidePanel;
  if (sidePanel) {
    void sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
    return;
  }
  const sidebar = (browser as unknown as { sidebarAction?: { toggle(): Promise<void> } }).sidebarAction;
  const action = browser.action ?? browser.browserAction;
  if (sidebar && action) action.onClicked.addListener(() => void sidebar.toggle());
}

export default defineBackground(() => {
  setUpToolbarButton();
});
