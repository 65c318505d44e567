import { existsSync } from 'node:fs';
import { defineWebExtConfig } from 'wxt';

// `npm start` opens a browser with Lantern loaded. Debian's Chromium lives at /usr/bin/chromium;
// CHROME_PATH overrides it. Without a display (a server, CI) there is nothing to open a window on,
// so the dev build is served without launching a browser.
const chromium = process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

export default defineWebExtConfig({
  disabled: noDisplay,
  ...(chromium ? { binaries: { chrome: chromium } } : {}),
  startUrls: [],
});
