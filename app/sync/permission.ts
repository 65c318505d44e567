import { browser } from 'wxt/browser';

/**
 * Asks the browser for leave to reach this one server (an optional host permission). It must be
 * called inside the user's click, before anything awaits, or the browser refuses to ask.
 */
export function requestServerAccess(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [`${origin}/*`] });
}
