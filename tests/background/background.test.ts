import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleCaptureClick, scheduleReminder, setUpToolbarButton } from '../../entrypoints/background';
import { CAPTURE_KEY } from '../../lib/capture';
import { REMINDER_ALARM, REMINDER_KEY } from '../../lib/reminders';

type Extra = { sidePanel?: unknown; sidebarAction?: unknown };

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  delete (fakeBrowser as Extra).sidePanel;
  delete (fakeBrowser as Extra).sidebarAction;
});

describe('the toolbar button', () => {
  it('opens the side panel in Chrome', () => {
    const setPanelBehavior = vi.fn().mockResolvedValue(undefined);
    (fakeBrowser as Extra).sidePanel = { setPanelBehavior };
    setUpToolbarButton();
    expect(setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
  });

  it('toggles the sidebar in Firefox', async () => {
    const toggle = vi.fn().mockResolvedValue(undefined);
    (fakeBrowser as Extra).sidebarAction = { toggle };
    setUpToolbarButton();
    await fakeBrowser.action.onClicked.trigger({ id: 1 } as never);
    expect(toggle).toHaveBeenCalledTimes(1);
  });
});

describe('Reflect on this in Lantern', () => {
  it('opens the side panel inside the click and leaves only the selection for the page', async () => {
    const open = vi.fn().mockResolvedValue(undefined);
    (fakeBrowser as Extra).sidePanel = { open, setPanelBehavior: vi.fn() };
    const clicked = handleCaptureClick(
      { menuItemId: 'lantern-reflect', selectionText: 'A journey, not an event', pageUrl: 'https://example.org/a' },
      { windowId: 7, title: 'Medical engagement' },
    );
    // Called before anything awaited: browsers allow opening the panel only within the click.
    expect(open).toHaveBeenCalledWith({ windowId: 7 });
    await clicked;
    const stored = await fakeBrowser.storage.session.get(CAPTURE_KEY);
    expect(stored[CAPTURE_KEY]).toMatchObject({
      selectionText: 'A journey, not an event',
      pageUrl: 'https://example.org/a',
      pageTitle: 'Medical engagement',
    });
  });

  it('ignores clicks on other menu items', async () => {
    await handleCaptureClick({ menuItemId: 'something-else', selectionText: 'x' });
    expect(await fakeBrowser.storage.session.get(CAPTURE_KEY)).toEqual({});
  });
});

describe('the weekly reminder', () => {
  it('sets no alarm until the reminder is switched on', async () => {
    await scheduleReminder(new Date(2026, 10, 22, 10, 0));
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toBeUndefined();
  });

  it('sets a weekly alarm for the chosen day and time once switched on', async () => {
    await fakeBrowser.storage.local.set({ [REMINDER_KEY]: { enabled: true, day: 5, time: '17:00' } });
    await scheduleReminder(new Date(2026, 10, 22, 10, 0));
    const alarm = await fakeBrowser.alarms.get(REMINDER_ALARM);
    expect(alarm?.scheduledTime).toBe(new Date(2026, 10, 27, 17, 0).getTime());
    expect(alarm?.periodInMinutes).toBe(7 * 24 * 60);
  });

  it('clears the alarm when switched off again', async () => {
    await fakeBrowser.storage.local.set({ [REMINDER_KEY]: { enabled: true, day: 5, time: '17:00' } });
    await scheduleReminder();
    await fakeBrowser.storage.local.set({ [REMINDER_KEY]: { enabled: false, day: 5, time: '17:00' } });
    await scheduleReminder();
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toBeUndefined();
  });
});
