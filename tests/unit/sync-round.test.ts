import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Entry } from '../../lib/entries/schema';
import { syncRound } from '../../lib/sync';
import { type CouchServer, startCouch } from '../support/couch-server.mjs';
import { anEntryInput } from './fixtures/entries';
import { closeDevices, eventually, joinSync, newDevice } from './fixtures/sync';

let server: CouchServer;
beforeAll(async () => {
  server = await startCouch();
}, 60_000);
afterAll(() => server?.stop());
afterEach(closeDevices);

const newJournalUrl = () => `${server.url}/lantern-${crypto.randomUUID().slice(0, 8)}`;
const entry = (title: string) => Entry.parse(anEntryInput({ title, body: 'Written on the ward PC.' }));

describe('a round of sync with no Lantern window open (the background alarm)', { timeout: 60_000 }, () => {
  it('takes in what another device sent and sends what this one wrote since its window closed', async () => {
    const url = newJournalUrl();
    const ward = await joinSync(newDevice(), url);
    const home = await joinSync(newDevice(), url);
    await eventually('the second device synced', () => home.sync?.status.state === 'synced');
    // The home window closes; an entry it saved just before had no time to leave.
    await home.sync?.stop();
    const late = entry('Saved just before closing');
    await home.db.entries.put(late);
    const fromWard = entry('Handover on the ward');
    await ward.db.entries.put(fromWard);
    await eventually('the ward entry on the server', async () => {
      const info = (await (await fetch(url)).json()) as { doc_count: number };
      return info.doc_count >= 2 && ward.sync?.status.state === 'synced';
    });

    expect(await syncRound(home.db)).toBe('synced');
    expect(await home.db.entries.get(fromWard.id)).toMatchObject({ title: 'Handover on the ward' });
    await eventually('the late entry on the ward PC', () => ward.db.entries.get(late.id));
  });

  it('does nothing, and asks nothing of any server, where sync is off', async () => {
    const device = newDevice();
    await device.db.entries.put(entry('Private'));
    expect(await syncRound(device.db)).toBe('off');
  });

  it('stands aside while a window holds the journal’s sync lock', async () => {
    const device = await joinSync(newDevice(), newJournalUrl());
    await device.sync?.stop();
    // Node has no navigator.locks: the browser's answer while a window syncs this journal.
    const held = [{ name: `lantern-sync:${device.db.name}`, mode: 'exclusive' }];
    vi.stubGlobal('navigator', { locks: { query: async () => ({ held, pending: [] }) } });
    try {
      expect(await syncRound(device.db)).toBe('busy');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
