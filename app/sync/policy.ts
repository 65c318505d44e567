/*
 * The page's network policy. The manifest's policy can only be static, so it allows https: and
 * loopback; each page narrows it as it starts with a <meta http-equiv="Content-Security-Policy">
 * (browsers enforce the narrower of the two): to the saved sync server's origin, or to nothing at
 * all while sync is off. A policy can be narrowed later but never widened, so the one page where
 * sync is being set up starts without the narrowing and narrows the moment set-up succeeds.
 */

/** The saved sync server's origin, kept where the page can read it before anything else loads. */
export const SYNC_ORIGIN_KEY = 'lantern.syncOrigin';
/** A page opened with this query is setting up sync: it may reach the server the user types. */
export const SET_UP_QUERY = 'set-up-sync';

/** What this page's policy allows now: 'none', one origin, or null (only the manifest's policy). */
let narrowedTo: string | null = null;

export function currentNarrowing(): string | null {
  return narrowedTo;
}

/** The origin of an http(s) address, or null for anything else (a damaged stored value included). */
export function originOf(address: string): string | null {
  try {
    const url = new URL(address);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : null;
  } catch {
    return null;
  }
}

export function savedSyncOrigin(): string | null {
  try {
    const stored = localStorage.getItem(SYNC_ORIGIN_KEY);
    return stored ? originOf(stored) : null;
  } catch {
    return null;
  }
}

export function saveSyncOrigin(origin: string | null): void {
  if (origin) localStorage.setItem(SYNC_ORIGIN_KEY, origin);
  else localStorage.removeItem(SYNC_ORIGIN_KEY);
}

/** Narrows this page's connections to `origin` (or to nothing with 'none'); never widens them. */
export function narrowConnections(origin: string | 'none', doc: Document = document): void {
  if (narrowedTo === origin || narrowedTo === 'none') return;
  const meta = doc.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = `connect-src ${origin === 'none' ? "'none'" : origin}`;
  doc.head.prepend(meta);
  narrowedTo = origin;
}

/** Run first thing as the page starts: before any of the app's code could open a connection. */
export function narrowAtStartup(): void {
  const origin = savedSyncOrigin();
  if (origin) narrowConnections(origin);
  else if (!isSettingUp()) narrowConnections('none');
}

export function isSettingUp(): boolean {
  return new URLSearchParams(location.search).has(SET_UP_QUERY);
}

/** For tests: as if the page had just opened, with no narrowing yet. */
export function resetNarrowingForTests(doc: Document = document): void {
  for (const meta of doc.head.querySelectorAll('meta[http-equiv="Content-Security-Policy"]')) meta.remove();
  narrowedTo = null;
}
