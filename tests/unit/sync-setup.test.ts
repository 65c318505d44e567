import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import memory from 'pouchdb-adapter-memory';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LanternDB } from '../../lib/db';
import { changeSyncPassphrase, loadSyncConfig, SyncSetupError, setUpSync, turnOffSync } from '../../lib/sync';
import { PouchDB, useLocalAdapter } from '../../lib/sync/pouch';
import { resolveAddress } from '../../lib/sync/server';
import { type CouchServer, startCouch } from '../support/couch-server.mjs';
import { closeDevices, FAST, newDevice, PASSPHRASE } from './fixtures/sync';

let couch: CouchServer;
let fake: Server;
let fakeUrl: string;
const held: import('node:http').ServerResponse[] = [];

beforeAll(async () => {
  couch = await startCouch();
  // A server that is not CouchDB, or refuses: each path answers one way.
  fake = createServer((request, response) => {
    if (request.url?.startsWith('/web-page'))
      response.writeHead(200, { 'content-type': 'text/html' }).end('<h1>Hi</h1>');
    else if (request.url?.startsWith('/locked')) response.writeHead(401).end('{"error":"unauthorized"}');
    else if (request.url?.startsWith('/forbidden')) response.writeHead(403).end('{"error":"forbidden"}');
    else held.push(response); // never answers
  });
  await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
  fakeUrl = `http://127.0.0.1:${(fake.address() as AddressInfo).port}`;
}, 60_000);
afterAll(async () => {
  for (const response of held) response.destroy();
  await new Promise((resolve) => fake.close(resolve));
  await couch?.stop();
  await closeDevices();
});

async function refusal(db: LanternDB, serverUrl: string, passphrase = PASSPHRASE, username = '') {
  const error = await setUpSync(db, { serverUrl, username, password: 'pw' }, passphrase, FAST).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(SyncSetupError);
  expect(await loadSyncConfig(db)).toBeUndefined();
  return error as SyncSetupError;
}

describe('setting up sync', { timeout: 60_000 }, () => {
  it('refuses, in plain words and storing nothing, what cannot work', async () => {
    const { db } = newDevice();
    expect((await refusal(db, 'couch.example.org')).reason).toBe('bad-address');
    expect((await refusal(db, 'ftp://couch.example.org/journal')).reason).toBe('bad-address');
    expect((await refusal(db, 'https://couch.example.org')).message).toMatch(/Add the database’s name/);
    expect((await refusal(db, `${couch.url}/journal`, 'short')).reason).toBe('passphrase-too-short');
    expect((await refusal(db, `${fakeUrl}/web-page`)).reason).toBe('not-couchdb');
    expect((await refusal(db, `${fakeUrl}/locked`)).message).toBe(
      'The server did not accept that username and password.',
    );
    expect((await refusal(db, `${fakeUrl}/forbidden`)).reason).toBe('forbidden');
    expect((await refusal(db, 'http://127.0.0.1:9/journal')).reason).toBe('unreachable');
  });

  it('says when the server takes too long to answer', async () => {
    const { db } = newDevice();
    const error = await refusal(db, `${fakeUrl}/silent`);
    expect(error.reason).toBe('timeout');
    expect(error.message).toMatch(/did not answer within 10 seconds/);
  });

  it('creates the database on first set-up, and a server root with a username means their own database', async () => {
    const { db } = newDevice();
    await setUpSync(db, { serverUrl: `${couch.url}/my-journal/`, username: '', password: '' }, PASSPHRASE, FAST);
    expect(await loadSyncConfig(db)).toEqual({ serverUrl: `${couch.url}/my-journal`, username: '' });
    const info = (await (await fetch(`${couch.url}/my-journal`)).json()) as { doc_count: number };
    expect(info.doc_count).toBe(1);
    await turnOffSync(db);
    expect(await loadSyncConfig(db)).toBeUndefined();
    // couch_peruser: user "jsmith" has the database userdb- and their name in hex.
    expect(resolveAddress('https://couch.example.org/', 'jsmith').databaseUrl).toBe(
      'https://couch.example.org/userdb-6a736d697468',
    );
  });

  it('changes the sync passphrase: the old one no longer opens the journal, the new one does', async () => {
    const url = `${couch.url}/changing`;
    const first = newDevice();
    await setUpSync(first.db, { serverUrl: url, username: '', password: '' }, PASSPHRASE, FAST);
    await expect(
      changeSyncPassphrase(first.db, 'not the current one', 'a brand new phrase', FAST),
    ).rejects.toMatchObject({
      reason: 'wrong-passphrase',
    });
    await changeSyncPassphrase(first.db, PASSPHRASE, 'a brand new phrase', FAST);
    expect((await refusal(newDevice().db, url)).reason).toBe('wrong-passphrase');
    const second = newDevice();
    await setUpSync(second.db, { serverUrl: url, username: '', password: '' }, 'a brand new phrase', FAST);
    expect(await loadSyncConfig(second.db)).toBeDefined();
  });

  it('says so in plain words, and keeps sync set up, when this device’s sync copy cannot be cleared', async () => {
    const { db } = newDevice();
    await setUpSync(db, { serverUrl: `${couch.url}/turning-off`, username: '', password: '' }, PASSPHRASE, FAST);
    const held = copiesRefuseRemoval(Number.POSITIVE_INFINITY);
    try {
      await expect(turnOffSync(db)).rejects.toThrow(
        'Lantern could not clear this device’s sync copy of the journal, so nothing was changed. Close any other Lantern window, then try again.',
      );
    } finally {
      held.release();
    }
    expect(await loadSyncConfig(db)).toBeDefined();
    // A copy held only for a moment (another window letting go of it) is cleared on a second try.
    const briefly = copiesRefuseRemoval(1);
    try {
      await turnOffSync(db);
    } finally {
      briefly.release();
    }
    expect(briefly.refusals()).toBe(1);
    expect(await loadSyncConfig(db)).toBeUndefined();
  });
});

/** Until released, this device's sync copies (mirrors) fail to be removed, `times` times. */
function copiesRefuseRemoval(times: number) {
  type Callback = (error: Error | null, result?: unknown) => void;
  type Adapter = { _destroy(options: unknown, callback: Callback): void };
  const adapters = (PouchDB as unknown as { adapters: Record<string, (...args: unknown[]) => void> }).adapters;
  const inMemory = adapters.memory as (this: Adapter, ...args: unknown[]) => void;
  let refusals = 0;
  function Held(this: Adapter, ...args: unknown[]) {
    inMemory.apply(this, args);
    const destroy = this._destroy;
    this._destroy = (options, callback) => {
      if (refusals >= times) return destroy.call(this, options, callback);
      refusals += 1;
      callback(new Error('UnknownError: the database is in use'));
    };
  }
  Object.assign(Held, { valid: () => true, use_prefix: false });
  useLocalAdapter(
    (pouch) => (pouch as unknown as { adapter: (...args: unknown[]) => void }).adapter('held', Held, true),
    'held',
  );
  return { release: () => useLocalAdapter(memory, 'memory'), refusals: () => refusals };
}
