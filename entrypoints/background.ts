import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { CAPTURE_KEY, type Capture, captureArea } from '../lib/capture';
import { getDb } from '../lib/db';
import { nextReminderAt, REMINDER_ALARM, REMINDER_KEY, ReminderSettings, WEEK_MINUTES } from '../lib/reminders';
import { syncRound } from '../lib/sync/round';

const MENU_ID = 'lantern-reflect';

type SidePanelApi = { setPanelBehavior(options: object): Promise<void>; open(options: object): Promise<void> };
type SidebarApi = { toggle(): Promise<void>; open(): Promise<void> };
const sidePanel = () => (browser as unknown as { sidePanel?: SidePanelApi }).sidePanel;
const sidebar = () => (browser as unknown as { sidebarAction?: SidebarApi }).sidebarAction;

/** Opens Lantern from the toolbar button: Chrome's side panel, or Firefox's sidebar. */
export function setUpToolbarButton(): void {
  const panel = sidePanel();
  if (panel) {
    void panel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
    return;
  }
  const bar = sidebar();
  const action = browser.action ?? browser.browserAction;
  if (bar && action) action.onClicked.addListener(() => void bar.toggle());
}

/** "Reflect on this in Lantern" on selected text. Menus outlive restarts, but re-creating is harmless. */
export function setUpContextMenu(): void {
  browser.contextMenus.removeAll(() => {
    browser.contextMenus.create({ id: MENU_ID, title: 'Reflect on this in Lantern', contexts: ['selection'] });
  });
}

/**
 * The menu click: open Lantern at once (the browser allows it only inside the click, before any
 * await), then hand the selection to the page through storage. Only the selection is read.
 */
export function handleCaptureClick(
  info: { menuItemId?: string | number; selectionText?: string; pageUrl?: string },
  tab?: { windowId?: number; title?: string; url?: string },
): Promise<void> {
  if (info.menuItemId !== undefined && info.menuItemId !== MENU_ID) return Promise.resolve();
  const panel = sidePanel();
  if (panel && tab?.windowId !== undefined) void panel.open({ windowId: tab.windowId }).catch(() => undefined);
  else
    void sidebar()
      ?.open()
      .catch(() => undefined);
  const capture: Capture = {
    selectionText: info.selectionText ?? '',
    pageUrl: info.pageUrl ?? tab?.url ?? '',
    pageTitle: tab?.title ?? '',
    capturedAt: Date.now(),
  };
  return captureArea(browser.storage).set({ [CAPTURE_KEY]: capture });
}

/**
 * (Re)creates the weekly reminder alarm from what the page saved. Alarms do not survive every
 * browser restart, so this runs at start-up as well as when the setting changes.
 */
export async function scheduleReminder(now = new Date()): Promise<void> {
  const stored = await browser.storage.local.get(REMINDER_KEY);
  const settings = ReminderSettings.safeParse(stored[REMINDER_KEY] ?? {});
  await browser.alarms.clear(REMINDER_ALARM);
  if (!settings.success || !settings.data.enabled) return;
  browser.alarms.create(REMINDER_ALARM, {
    when: nextReminderAt(settings.data, now),
    periodInMinutes: WEEK_MINUTES,
  });
}

export function showReminder(): Promise<string> {
  return browser.notifications.create('lantern-reminder', {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: 'Lantern',
    message: 'A few minutes to reflect on your week? Open Lantern from the toolbar.',
  });
}

/** Sync's round while no Lantern window is open (see lib/sync/round.ts for when it runs and when it stands aside). */
export const SYNC_ALARM = 'lantern-sync';
const SYNC_EVERY_MINUTES = 15;

/** Keeps the alarm that already exists: re-creating it at every wake-up would keep putting it off. */
export async function scheduleSync(): Promise<void> {
  if (await browser.alarms.get(SYNC_ALARM)) return;
  browser.alarms.create(SYNC_ALARM, { delayInMinutes: 1, periodInMinutes: SYNC_EVERY_MINUTES });
}

/** One round; sync off, a locked journal or a window already syncing make it return at once, sending nothing. */
export function runSyncRound() {
  // A service worker stops when idle for 30 s; an extension call now and then keeps it for the round.
  return syncRound(getDb(), { keepAlive: () => void browser.runtime.getPlatformInfo() });
}

export default defineBackground(() => {
  setUpToolbarButton();
  setUpContextMenu();
  browser.contextMenus.onClicked.addListener((info, tab) => void handleCaptureClick(info, tab));
  void scheduleReminder();
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes[REMINDER_KEY]) void scheduleReminder();
  });
  void scheduleSync();
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REMINDER_ALARM) void showReminder();
    if (alarm.name === SYNC_ALARM) void runSyncRound().catch(() => undefined);
  });
  browser.notifications.onClicked.addListener((id) => {
    if (id === 'lantern-reminder') void browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') });
  });
  // For end-to-end tests, which cannot click a native menu: the same handler the click calls.
  (globalThis as { lanternCapture?: typeof handleCaptureClick }).lanternCapture = handleCaptureClick;
  (globalThis as { lanternSyncRound?: typeof runSyncRound }).lanternSyncRound = runSyncRound;
});
