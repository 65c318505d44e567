// First: narrows the page's network policy before any other code loads.
import '../../app/sync/narrowAtStartup';

// The page's code is evaluated in two tasks rather than one of 50 ms and more: the data layer (Dexie, the
// database's versions, the stored shapes' schemas), then the app, which finds it evaluated.
void import('./foundations')
  .then(() => import('./start'))
  .catch((error: unknown) => {
    document.body.textContent = `Lantern could not start: ${error instanceof Error ? error.message : String(error)}. Try reloading.`;
  });
