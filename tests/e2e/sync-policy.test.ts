import { createServer, type Server } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, makeProfile, openLantern } from './harness';

/** Two tiny servers on this computer that anyone may fetch from (CORS open), as a sync server is. */
function openServer(): Promise<{ server: Server; url: string }> {
  return new Promise((resolve) => {
    const server = createServer((_request, response) => {
      response.setHeader('access-control-allow-origin', '*');
      response.end('{}');
    });
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
    });
  });
}

/** What a fetch from the page comes to: 'reached', or 'refused' when the page's policy blocks it. */
function tryReach(page: Page, url: string): Promise<string> {
  return page.evaluate(async (target) => {
    try {
      await fetch(target);
      return 'reached';
    } catch {
      return 'refused';
    }
  }, url);
}

const policies = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('meta[http-equiv="Content-Security-Policy"]')].map((meta) =>
      meta.getAttribute('content'),
    ),
  );

type Open = { server: Server; url: string };
let servers: [Open, Open] | undefined;
beforeAll(async () => {
  servers = await Promise.all([openServer(), openServer()]);
});
afterAll(() => {
  for (const { server } of servers ?? []) server.close();
});

describe('the page narrows its network policy as it starts', () => {
  it('reaches nothing with sync off, and only the saved server with sync on', async () => {
    if (!servers) throw new Error('The test servers did not start');
    const [saved, other] = servers;
    const profile = makeProfile();
    const launched = await launchWithExtension(profile.dir);
    const page = await openLantern(launched);
    try {
      expect(await policies(page)).toEqual(["connect-src 'none'"]);
      expect(await tryReach(page, saved.url)).toBe('refused');

      // As a device with sync set up opens: only that server's origin.
      await page.evaluate((origin) => localStorage.setItem('lantern.syncOrigin', origin), saved.url);
      await page.reload();
      expect(await policies(page)).toEqual([`connect-src ${saved.url}`]);
      expect(await tryReach(page, other.url)).toBe('refused');
      expect(await tryReach(page, 'https://example.org/')).toBe('refused');
      expect(await tryReach(page, saved.url)).toBe('reached');
      expect(launched.outsideRequests).toEqual([`${saved.url}/`]);
    } finally {
      await launched.context.close();
      profile.dispose();
    }
  });
});
