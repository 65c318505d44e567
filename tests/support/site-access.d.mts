import type { BrowserContext } from 'playwright-core';

/** Grants the extension access to http://127.0.0.1, as chrome://extensions' Site access does. */
export function grantLocalServers(context: BrowserContext, extensionId: string): Promise<void>;
