import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LanternDB } from '../../lib/db';
import { changeSyncPassphrase, loadSyncConfig, SyncSetupError, setUpSync, turnOffSync } from '../../lib/sync';
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
});
