/**
 * A CouchDB-compatible server for tests: npm `pouchdb-server` on 127.0.0.1 at a free port, started by
 * the test itself so `npm test` needs nothing installed by hand. In memory by default; with `dir` its
 * databases are files there and survive `restart()` (a server stopped and started mid-sync).
 */
export interface CouchServer {
  /** The server's root, e.g. `http://127.0.0.1:41234` (no trailing slash). */
  url: string;
  stop(): Promise<void>;
  /**
   * Stops and starts it again on the same port (same data when started with `dir`); `downMs` keeps
   * it stopped that long first, for tests of what a device does while the server is away.
   */
  restart(options?: { downMs?: number }): Promise<void>;
}

export function startCouch(options?: { dir?: string }): Promise<CouchServer>;
