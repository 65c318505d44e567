/**
 * Gives the extension leave to reach servers on this computer, as a user would on its details page in
 * chrome://extensions (Site access), through the same browser API that page calls. A headless browser
 * cannot answer the prompt that `permissions.request` shows; once granted, Lantern's own request (still
 * made by Start syncing, unchanged) resolves at once without one. Used by the end-to-end tests and the
 * bench (plain JavaScript so both can import it). Types: site-access.d.mts.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} extensionId
 */
export async function grantLocalServers(context, extensionId) {
  const page = await context.newPage();
  await page.goto(`chrome://extensions/?id=${extensionId}`);
  await page.evaluate(async (id) => {
    await globalThis.chrome.developerPrivate.addHostPermission(id, 'http://127.0.0.1/*');
  }, extensionId);
  await page.close();
}
