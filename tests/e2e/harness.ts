import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterEach, expect } from 'vitest';
import { LanternPage } from './lantern';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

export function chromiumPath(): string {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}. Install it with "apt-get update && apt-get install -y chromium" (Debian), or set CHROME_PATH to a Chromium or Chrome binary.`,
    );
  }
  return path;
}

/** A fresh browser profile folder, removed by `dispose`. */
export function makeProfile(): { dir: string; dispose(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'lantern-e2e-'));
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface Launched {
  context: BrowserContext;
  extensionId: string;
  /** Requests from extension pages to anywhere but the extension itself, data: or blob:. */
  outsideRequests: string[];
  /** Errors logged in the console of the extension's pages and worker, and uncaught exceptions there. */
  consoleErrors: string[];
}

const LOCAL_URL = /^(chrome-extension:|data:|blob:|about:|chrome:|devtools:)/;

/** Launches headless Chromium with the built extension loaded, on the given profile. */
export async function launchWithExtension(profileDir: string): Promise<Launched> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error('No built extension at .output/chrome-mv3: run "npm run build" first (npm test does).');
  }
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1000, height: 700 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
  const outsideRequests: string[] = [];
  context.on('request', (request) => {
    if (!LOCAL_URL.test(request.url())) outsideRequests.push(request.url());
  });
  const consoleErrors: string[] = [];
  context.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  context.on('weberror', (error) => consoleErrors.push(`uncaught: ${error.error().message}`));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, outsideRequests, consoleErrors };
}

export async function openLantern(launched: Launched, size = { width: 1000, height: 700 }): Promise<Page> {
  const page = await launched.context.newPage();
  await page.setViewportSize(size);
  await page.goto(`chrome-extension://${launched.extensionId}/sidepanel.html`);
  await page.getByRole('navigation', { name: 'Views' }).waitFor();
  return page;
}

/**
 * A fresh profile and browser for each test in a file: after each test it checks that no request
 * left the extension, closes the browser and removes the profile.
 */
export function lanternSession() {
  let profile = makeProfile();
  let launched: Launched | undefined;
  afterEach(async () => {
    if (launched) expect(launched.outsideRequests, 'requests that left the extension').toEqual([]);
    await launched?.context.close();
    launched = undefined;
    profile.dispose();
    profile = makeProfile();
  });
  const launch = async (): Promise<Launched> => {
    launched = await launchWithExtension(profile.dir);
    return launched;
  };
  return {
    get profileDir(): string {
      return profile.dir;
    },
    launch,
    async start(size?: { width: number; height: number }): Promise<LanternPage> {
      return new LanternPage(await openLantern(await launch(), size));
    },
  };
}
