import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

function manifest(target: 'chrome-mv3' | 'firefox-mv2') {
  return JSON.parse(readFileSync(`.output/${target}/manifest.json`, 'utf8'));
}

const NO_NETWORK = ["connect-src 'none'", "script-src 'self'", "object-src 'none'", "img-src 'self' data: blob:"];

describe('the Chrome build', () => {
  const chrome = manifest('chrome-mv3');

  it('opens Lantern in the side panel', () => {
    expect(chrome.side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(chrome.background.service_worker).toBe('background.js');
  });

  it('opens with Alt+Shift+L through the toolbar action', () => {
    expect(chrome.commands._execute_action.suggested_key.default).toBe('Alt+Shift+L');
  });

  it('asks only for what it uses (storage never evicted, the selection menu, the reminder), and reaches no website', () => {
    expect([...chrome.permissions].sort()).toEqual([
      'activeTab',
      'alarms',
      'contextMenus',
      'notifications',
      'sidePanel',
      'storage',
      'unlimitedStorage',
    ]);
    expect(chrome.host_permissions).toBeUndefined();
    expect(chrome.content_scripts).toBeUndefined();
  });

  it('forbids network requests and remote code from its pages', () => {
    for (const rule of NO_NETWORK) expect(chrome.content_security_policy.extension_pages).toContain(rule);
  });

  it('has icons for the toolbar and the store', () => {
    expect(Object.keys(chrome.icons)).toEqual(expect.arrayContaining(['16', '32', '48', '128']));
  });
});

describe('the Firefox build', () => {
  const firefox = manifest('firefox-mv2');

  it('opens Lantern in the sidebar, with Alt+Shift+L', () => {
    expect(firefox.sidebar_action.default_panel).toBe('sidepanel.html');
    expect(firefox.commands._execute_sidebar_action.suggested_key.default).toBe('Alt+Shift+L');
  });

  it('asks for no permission Firefox does not know, and declares it collects no data', () => {
    expect([...firefox.permissions].sort()).toEqual([
      'activeTab',
      'alarms',
      'contextMenus',
      'notifications',
      'storage',
      'unlimitedStorage',
    ]);
    expect(firefox.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('forbids network requests and remote code from its pages', () => {
    for (const rule of NO_NETWORK) expect(firefox.content_security_policy).toContain(rule);
  });
});
