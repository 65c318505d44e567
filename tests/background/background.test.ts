import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setUpToolbarButton } from '../../entrypoints/background';

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
