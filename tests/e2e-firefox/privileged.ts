import type { Browser } from 'puppeteer-core';

// WebDriver BiDi reports no console message or request from moz-extension:// pages, so these read
// Firefox's own records from its privileged (chrome) side, which --remote-allow-system-access opens.

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

/**
 * Runs `expression` (returning a JSON string) in Firefox's privileged window, with `origin` (the
 * extension's, ending in /) in scope, and parses the answer.
 */
async function inChrome<T>(browser: Browser, origin: string, expression: string): Promise<T> {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const [chrome] = tree.result.contexts as { context: string }[];
  if (!chrome) throw new Error('Firefox showed no privileged window to ask.');
  const evaluated = await connection.send('script.evaluate', {
    expression: `(() => { const origin = ${JSON.stringify(origin)}; ${expression} })()`,
    target: { context: chrome.context },
    awaitPromise: false,
  });
  const result = evaluated.result as { type: string; result?: { value?: string }; exceptionDetails?: { text: string } };
  if (result.type !== 'success' || typeof result.result?.value !== 'string') {
    throw new Error(`Firefox's privileged side did not answer: ${result.exceptionDetails?.text ?? 'no value'}`);
  }
  return JSON.parse(result.result.value);
}

/**
 * Reads and empties Firefox's console stores: the console service holds uncaught errors and CSP
 * violations from every context, the background page included; the console API store holds
 * console.error calls. Each call reports only what is new.
 */
export function takeLanternErrors(browser: Browser, origin: string): Promise<string[]> {
  return inChrome(
    browser,
    origin,
    `const errors = [];
    const quiet = Ci.nsIScriptError.warningFlag | Ci.nsIScriptError.infoFlag;
    for (const message of Services.console.getMessageArray() ?? []) {
      if (!(message instanceof Ci.nsIScriptError) || (message.flags & quiet) !== 0) continue;
      if (message.sourceName.startsWith(origin)) errors.push(message.errorMessage + ' (' + message.sourceName + ')');
    }
    Services.console.reset();
    const store = Cc['@mozilla.org/consoleAPI-storage;1'].getService(Ci.nsIConsoleAPIStorage);
    for (const event of store.getEvents()) {
      if (event.level === 'error' && String(event.filename).startsWith(origin)) {
        errors.push('console.error: ' + Array.from(event.arguments, String).join(' ') + ' (' + event.filename + ')');
      }
    }
    store.clearEvents();
    return JSON.stringify(errors);`,
  );
}

/** Starts noting every HTTP(S) request that Lantern's pages or background start. */
export async function watchRequests(browser: Browser, origin: string): Promise<void> {
  await inChrome(
    browser,
    origin,
    `const seen = [];
    Services.obs.addObserver((subject) => {
      const channel = subject.QueryInterface(Ci.nsIHttpChannel);
      const from = channel.loadInfo?.triggeringPrincipal;
      if (from && (from.originNoSuffix + '/').startsWith(origin)) seen.push(channel.URI.spec);
    }, 'http-on-modify-request');
    window.lanternRequests = seen;
    return '[]';`,
  );
}

/** The requests noted since the last call. */
export function takeOutsideRequests(browser: Browser, origin: string): Promise<string[]> {
  return inChrome(browser, origin, 'return JSON.stringify(window.lanternRequests.splice(0));');
}
