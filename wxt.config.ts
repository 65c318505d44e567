import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { mentorPage } from './build/mentor-page.ts';

// Extension pages may load only what ships inside the extension: no remote scripts, no remote
// images. Connections: a policy here can only be static, so it allows what sync may need (an https
// server, or one on this computer); each page narrows it as it starts (components/sync/policy.ts)
// to the one server the user set up, or to none at all while sync is off.
// Dev mode needs the WXT dev server, so this applies to builds only.
export const SYNC_CONNECT_SRC = "connect-src 'self' https: http://127.0.0.1:* http://localhost:*";
/** The servers sync may ask to reach; the browser asks the user for the one they name, when they name it. */
export const SYNC_HOSTS = ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'];

const PRODUCTION_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  SYNC_CONNECT_SRC,
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "font-src 'self'",
  // Preact sets style properties from script; the attribute form needs 'unsafe-inline'.
  "style-src 'self' 'unsafe-inline'",
  "frame-src 'none'",
  "form-action 'none'",
  "base-uri 'none'",
].join('; ');

export default defineConfig({
  // PouchDB (in the lazily loaded sync engine) expects Node's `global`.
  vite: () => ({
    // mentorPage: the mentor's page for any browser, its script bundled from the sources at build time.
    plugins: [preact(), mentorPage()],
    define: { global: 'globalThis' },
    // zod, set never to probe for eval (see lib/zod-jitless.ts).
    resolve: { alias: [{ find: /^zod$/, replacement: fileURLToPath(new URL('lib/zod-jitless.ts', import.meta.url)) }] },
  }),
  manifest: ({ browser, manifestVersion, mode }) => {
    const production = mode === 'production';
    const openShortcut = {
      suggested_key: { default: 'Alt+Shift+L' },
      description: 'Open Lantern',
    };
    return {
      name: 'Lantern — leadership journal for doctors',
      short_name: 'Lantern',
      description:
        'A private reflective journal for doctors: link entries to leadership competencies and prepare for appraisal. Everything stays in your browser.',
      // contextMenus and activeTab: "Reflect on this in Lantern" reads the selection and page title on that click only.
      // alarms and notifications: the opt-in weekly reminder to reflect (off until switched on).
      permissions: ['storage', 'unlimitedStorage', 'contextMenus', 'activeTab', 'alarms', 'notifications'],
      // Sync: nothing is granted at install; Start syncing asks for the one server the user names.
      ...(manifestVersion === 3 ? { optional_host_permissions: SYNC_HOSTS } : { optional_permissions: SYNC_HOSTS }),
      action: { default_title: 'Open Lantern' },
      commands: browser === 'firefox' ? { _execute_sidebar_action: openShortcut } : { _execute_action: openShortcut },
      ...(browser === 'firefox'
        ? {
            browser_specific_settings: {
              gecko: {
                id: 'lantern@lantern-journal.invalid',
                // 140: the first release (and current ESR line) that knows data_collection_permissions.
                strict_min_version: '140.0',
                // Lantern collects nothing: the journal never leaves the browser.
                data_collection_permissions: { required: ['none'] },
              },
              // Firefox for Android learnt data_collection_permissions in 142.
              gecko_android: { strict_min_version: '142.0' },
            },
          }
        : {}),
      ...(production
        ? {
            content_security_policy: manifestVersion === 3 ? { extension_pages: PRODUCTION_CSP } : PRODUCTION_CSP,
          }
        : {}),
    };
  },
});
