import { existsSync, readFileSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { makeProfile } from '../e2e/harness';
import { takeLanternErrors, takeOutsideRequests, watchRequests } from './privileged';

export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv2');
// Any fixed uuid: Firefox gives the extension this origin, so its pages have a known address.
const EXTENSION_UUID = '6c1c3b1e-0c5a-4d4e-9a43-5e7a4f2b8c01';
const LANTERN_ORIGIN = `moz-extension://${EXTENSION_UUID}/`;
const VIEWS = 'nav[aria-label="Views"]';

export function firefoxPath(): string {
  const fromEnv = process.env.FIREFOX_PATH;
  const found =
    fromEnv ??
    (process.env.PATH ?? '')
      .split(delimiter)
      .flatMap((dir) => ['firefox-esr', 'firefox'].map((name) => join(dir, name)))
      .find((path) => existsSync(path));
  if (!found || !existsSync(found)) {
    throw new Error(
      `No Firefox found${fromEnv ? ` at ${fromEnv}` : ' on PATH'}. Install it with "apt-get update && apt-get install -y firefox-esr" (Debian), or set FIREFOX_PATH to a Firefox binary.`,
    );
  }
  return found;
}

function geckoId(): string {
  const manifestPath = join(FIREFOX_EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error('No built extension at .output/firefox-mv2: run "npm run build:firefox" first (npm test does).');
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  return manifest.browser_specific_settings.gecko.id;
}

export interface Firefox {
  browser: Browser;
  /** Where the browser saves downloads, without asking. */
  downloads: string;
  /** Opens Lantern's side panel page in a new tab and waits for it to render. */
  openLantern(): Promise<Page>;
  /** Errors from Lantern's own pages and background logged since the last call (console, uncaught, CSP). */
  takeLanternErrors(): Promise<string[]>;
  /** Requests Lantern's pages or background made over the network since the last call. */
  takeOutsideRequests(): Promise<string[]>;
  close(): Promise<void>;
}

/** Headless Firefox on a fresh profile, with the built extension installed (unsigned, temporarily). */
export async function launchFirefox(): Promise<Firefox> {
  const executablePath = firefoxPath();
  const extensionId = geckoId();
  const downloads = makeProfile();
  const launching = puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    // Without it WebDriver BiDi refuses to script moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      'extensions.webextensions.uuids': JSON.stringify({ [extensionId]: EXTENSION_UUID }),
      'browser.download.dir': downloads.dir,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
    },
  });
  let browser: Browser | undefined;
  try {
    browser = await launching;
    await watchRequests(browser, LANTERN_ORIGIN);
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
  } catch (error) {
    await browser?.close();
    downloads.dispose();
    throw error;
  }
  return lanternIn(browser, downloads);
}

function lanternIn(browser: Browser, downloads: { dir: string; dispose(): void }): Firefox {
  return {
    browser,
    downloads: downloads.dir,
    async openLantern() {
      const page = await browser.newPage();
      await page.setViewport({ width: 1000, height: 700 });
      await navigate(page, () => {
        // Never resolves here (see navigate); its timeout, or the page closing, is expected.
        page.goto(`${LANTERN_ORIGIN}sidepanel.html`, { timeout: 20_000 }).catch(() => undefined);
      });
      return page;
    },
    takeLanternErrors: () => takeLanternErrors(browser, LANTERN_ORIGIN),
    takeOutsideRequests: () => takeOutsideRequests(browser, LANTERN_ORIGIN),
    async close() {
      await browser.close();
      downloads.dispose();
    },
  };
}

/**
 * Starts a navigation with `go` and waits for Lantern to render in the document that replaces the
 * current one. Firefox's BiDi never reports navigations to moz-extension:// pages (page.goto and
 * page.reload time out), so this marks the old document and waits for a new one showing Lantern's views.
 */
async function navigate(page: Page, go: () => void | Promise<void>): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { leaving?: boolean }).leaving = true;
  });
  await go();
  const deadline = Date.now() + 15_000;
  for (;;) {
    const ready = await page
      .evaluate(
        (views) => !(window as unknown as { leaving?: boolean }).leaving && document.querySelector(views) !== null,
        VIEWS,
      )
      .catch(() => false); // The old document went away mid-call.
    if (ready) return;
    if (Date.now() > deadline) throw new Error('Lantern did not render within 15 s of navigating.');
    await new Promise((done) => setTimeout(done, 100));
  }
}

export function reload(page: Page): Promise<void> {
  return navigate(page, () => page.evaluate(() => window.location.reload()));
}
