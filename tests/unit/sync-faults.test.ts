import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Entry } from '../../lib/entries/schema';
import { type CouchServer, startCouch } from '../support/couch-server.mjs';
import { anEntryInput } from './fixtures/entries';
import { closeDevices, eventually, joinSync, newDevice } from './fixtures/sync';

let server: CouchServer;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lantern-sync-faults-'));
  server = await startCouch({ dir });
}, 60_000);
afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});
afterEach(closeDevices);

const newJournalUrl = () => `${server.url}/lantern-${crypto.randomUUID().slice(0, 8)}`;
const entries = (count: number, prefix: string) =>
  Array.from({ length: count }, (_, i) => Entry.parse(anEntryInput({ title: `${prefix} ${i}` })));

describe('sync when things go wrong', { timeout: 90_000 }, () => {
  it('says Offline while the server is stopped, then carries on without duplicates', async () => {
    const url = newJournalUrl();
    const work = await joinSync(newDevice(), url);
    await work.db.entries.bulkPut(entries(40, 'Before'));
    const home = await joinSync(newDevice(), url);
    await eventually('the first sync to finish', () => home.sync?.status.state === 'synced');

    const restarted = server.restart({ downMs: 4_000 });
    await eventually('Offline on the device', () => home.sync?.status.state === 'offline', 15_000);
    expect(home.sync?.status.message).toMatch(/reach the server/);
    await work.db.entries.bulkPut(entries(10, 'While away'));
    await restarted;

    await eventually('everything on the second device', async () => (await home.db.entries.count()) === 50, 60_000);
    await eventually('Synced again', () => home.sync?.status.state === 'synced', 60_000);
    expect(await home.db.entries.count()).toBe(50);
  });

  it('skips a document that does not open, with a message, and takes in the rest', async () => {
    const url = newJournalUrl();
    const work = await joinSync(newDevice(), url);
    await work.db.entries.bulkPut(entries(3, 'Fine'));
    await eventually('work synced', () => work.sync?.status.state === 'synced');
    const forged = { s: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' };
    const put = await fetch(`${url}/0123456789abcdef0123456789abcdef`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(forged),
    });
    expect(put.status).toBe(201);

    const home = await joinSync(newDevice(), url);
    await eventually('the readable entries', async () => (await home.db.entries.count()) === 3);
    const problems = await eventually('a message about the damaged document', () => home.sync?.status.problems);
    expect(problems.join(' ')).toMatch(/could not be opened with this journal’s key/);
    expect(await home.db.entries.count()).toBe(3);
  });
});
