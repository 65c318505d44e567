import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

function manifest(target: 'chrome-mv3' | 'firefox-mv2') {
  return JSON.parse(readFileSync(`.output/${target}/manifest.json`, 'utf8'));
}

const NO_REMOTE_CODE = ["script-src 'self'", "object-src 'none'", "img-src 'self' data: blob:"];
/** The most any page may reach: a sync server over https, or one on this computer. Each page narrows it (see e2e sync-policy). */
const CONNECT_AT_MOST = "connect-src 'self' https: http://127.0.0.1:* http://localhost:*";
const SYNC_SERVERS = ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'];

function connectSrc(policy: string): string | undefined {
  return policy
    .split(';')
    .map((rule) => rule.trim())
    .find((rule) => rule.startsWith('connect-src'));
}

describe('the Chrome build', () => {
  const chrome = manifest('chrome-mv3');

  it('opens Lantern in the side panel', () => {
    expect(chrome.side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(chrome.background.service_worker).toBe('background.js');
  });

  it('opens with Alt+Shift+L through the toolbar action', () => {
    expect(chrome.commands._execute_action.suggested_key.default).toBe('Alt+Shift+L');
  });

  it('asks only for what it uses (storage never evicted, the selection menu, the reminder), and reaches no website unless asked', () => {
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
    // Sync's server: nothing at install; Start syncing asks for the one origin the user typed.
    expect(chrome.optional_host_permissions).toEqual(SYNC_SERVERS);
  });

  it('forbids remote code, and connections anywhere but an https or local sync server', () => {
    for (const rule of NO_REMOTE_CODE) expect(chrome.content_security_policy.extension_pages).toContain(rule);
    expect(connectSrc(chrome.content_security_policy.extension_pages)).toBe(CONNECT_AT_MOST);
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

  it('asks for no permission Firefox does not know, only optional ones for sync, and declares it collects no data', () => {
    expect([...firefox.permissions].sort()).toEqual([
      'activeTab',
      'alarms',
      'contextMenus',
      'notifications',
      'storage',
      'unlimitedStorage',
    ]);
    expect(firefox.optional_permissions).toEqual(SYNC_SERVERS);
    expect(firefox.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('forbids remote code, and connections anywhere but an https or local sync server', () => {
    for (const rule of NO_REMOTE_CODE) expect(firefox.content_security_policy).toContain(rule);
    expect(connectSrc(firefox.content_security_policy)).toBe(CONNECT_AT_MOST);
  });
});
