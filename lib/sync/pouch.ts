import HttpPouch from 'pouchdb-adapter-http';
import IdbPouch from 'pouchdb-adapter-idb';
import PouchDB from 'pouchdb-core';
import replication from 'pouchdb-replication';

/*
 * PouchDB from its modules: the IndexedDB adapter for this device's mirror (Chromium and Firefox
 * extension pages), the HTTP adapter for the server, replication. Never map/reduce, `query()` or
 * design-document filters: they need `eval`, which the extension's policy forbids.
 */
PouchDB.plugin(IdbPouch).plugin(HttpPouch).plugin(replication);

let localAdapter = 'idb';

/** For tests under Node, where the IndexedDB adapter does not run: register and use another. */
export function useLocalAdapter(plugin: PouchDB.Plugin, name: string): void {
  PouchDB.plugin(plugin);
  localAdapter = name;
}

export type Pouch = PouchDB.Database;

/** This device's mirror of the server's database: sealed documents only, compacted as it goes. */
export function openMirror(name: string): Pouch {
  return new PouchDB(name, {
    adapter: localAdapter,
    auto_compaction: true,
  } as PouchDB.Configuration.DatabaseConfiguration);
}

export interface ServerAccount {
  serverUrl: string;
  username: string;
  password: string;
}

/** The server's database over HTTP; never created by PouchDB itself (set-up does that, knowingly). */
export function openServer(account: ServerAccount): Pouch {
  const auth = account.username ? { username: account.username, password: account.password } : undefined;
  const server = new PouchDB(account.serverUrl, {
    adapter: 'http',
    skip_setup: true,
    auth,
  } as PouchDB.Configuration.DatabaseConfiguration);
  // PouchDB's replication asks the server for its info after each batch pulled, for a progress figure nobody
  // reads, and leaves that request's failure unhandled: a server that goes away mid-sync (or a sync stopped
  // with the request in flight) would end in an unhandled rejection. Info the server cannot give is answered
  // with none (no documents, no updates); the replication's own requests still meet the failure, and say so.
  const info = server.info.bind(server);
  server.info = (() =>
    info().catch(() => ({ db_name: account.serverUrl, doc_count: 0, update_seq: 0 }))) as Pouch['info'];
  return server;
}

export { PouchDB };
