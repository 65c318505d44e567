import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Entry } from '../../lib/entries/schema';
import { changeSyncPassphrase, loadSyncConfig, SyncSetupError } from '../../lib/sync';
import { type CouchServer, startCouch } from '../support/couch-server.mjs';
import { anEntryInput } from './fixtures/entries';
import { closeDevices, eventually, FAST, joinSync, newDevice, PASSPHRASE } from './fixtures/sync';

let server: CouchServer;
beforeAll(async () => {
  server = await startCouch();
}, 60_000);
afterAll(() => server?.stop());
afterEach(closeDevices);

const newJournalUrl = () => `${server.url}/lantern-${crypto.randomUUID().slice(0, 8)}`;
const entry = (title: string, body: string) => Entry.parse(anEntryInput({ title, body }));

describe('a journal synced between two devices', { timeout: 60_000 }, () => {
  it('brings entries written on one device to the other, and an edit back', async () => {
    const url = newJournalUrl();
    const laptop = await joinSync(newDevice(), url);
    const written = entry('Ward round teaching', 'The students asked good questions about sepsis.');
    await laptop.db.entries.put(written);

    const home = await joinSync(newDevice(), url);
    const arrived = await eventually('the entry on the second device', () => home.db.entries.get(written.id));
    expect(arrived).toMatchObject({ title: written.title, body: written.body });

    await home.db.entries.put({
      ...arrived,
      body: 'Edited at home: also about escalation.',
      updatedAt: arrived.updatedAt + 1,
    });
    await eventually('the edit back on the first device', async () => {
      return (await laptop.db.entries.get(written.id))?.body === 'Edited at home: also about escalation.';
    });
    await eventually(
      'both devices to say Synced',
      () => laptop.sync?.status.state === 'synced' && home.sync?.status.state === 'synced',
    );
    expect(laptop.sync?.status.pushed).toBeGreaterThan(0);
    expect(home.sync?.status.pulled).toBeGreaterThan(0);
  });

  it('carries Trash, deletions and the person’s settings, but not this device’s theme', async () => {
    const url = newJournalUrl();
    const work = await joinSync(newDevice(), url);
    const home = await joinSync(newDevice(), url);
    const trashed = entry('To trash', 'Soon in Trash.');
    const removed = entry('To delete', 'Soon gone for good.');
    await work.db.entries.bulkPut([trashed, removed]);
    await work.db.settings.bulkPut([
      { key: 'preferences', value: { theme: 'dark' } },
      { key: 'person', value: { roles: ['Clinical lead'], cpdTarget: 40 } },
    ]);
    await eventually('both entries at home', async () => (await home.db.entries.count()) === 2);

    await work.db.entries.put({ ...trashed, deletedAt: 5, updatedAt: trashed.updatedAt + 1 });
    await work.db.entries.delete(removed.id);
    await eventually('Trash and the deletion at home', async () => {
      const [inTrash, gone] = await Promise.all([home.db.entries.get(trashed.id), home.db.entries.get(removed.id)]);
      return inTrash?.deletedAt === 5 && gone === undefined;
    });
    const person = await eventually('the roles at home', async () => {
      const record = await home.db.settings.get('person');
      return (record?.value as { roles?: string[] } | undefined)?.roles?.length ? record?.value : undefined;
    });
    expect(person).toMatchObject({ roles: ['Clinical lead'], cpdTarget: 40 });
    const homePreferences = (await home.db.settings.get('preferences'))?.value as { theme?: string } | undefined;
    expect(homePreferences?.theme).not.toBe('dark');
  });

  it('keeps both texts on both devices when the same entry was edited on each before they met', async () => {
    const url = newJournalUrl();
    const work = await joinSync(newDevice(), url);
    const home = await joinSync(newDevice(), url);
    const shared = entry('Difficult conversation', 'First draft.');
    await work.db.entries.put(shared);
    await eventually('the entry at home', () => home.db.entries.get(shared.id));
    await eventually('both synced', () => work.sync?.status.state === 'synced' && home.sync?.status.state === 'synced');
    await work.sync?.stop();
    await home.sync?.stop();

    await work.db.entries.put({
      ...shared,
      body: 'Written at work after the meeting.',
      updatedAt: shared.updatedAt + 10,
    });
    await home.db.entries.put({ ...shared, body: 'Written at home that evening.', updatedAt: shared.updatedAt + 20 });
    const { startSync } = await import('../../lib/sync');
    work.sync = await startSync(work.db);
    home.sync = await startSync(home.db);

    for (const device of [work, home]) {
      await eventually('both texts on a device', async () => {
        const current = await device.db.entries.get(shared.id);
        const kept = await device.db.revisions.where('entryId').equals(shared.id).toArray();
        const texts = [
          current?.body,
          ...kept.filter((revision) => revision.reason === 'conflict').map((revision) => revision.body),
        ];
        return texts.includes('Written at work after the meeting.') && texts.includes('Written at home that evening.');
      });
    }
    const [a, b] = await Promise.all([work.db.entries.get(shared.id), home.db.entries.get(shared.id)]);
    expect(a?.body).toBe(b?.body);
  });

  it('brings an entry back from Trash when it was edited on another device meanwhile', async () => {
    const url = newJournalUrl();
    const work = await joinSync(newDevice(), url);
    const home = await joinSync(newDevice(), url);
    const shared = entry('Appraisal prep', 'Notes.');
    await work.db.entries.put(shared);
    await eventually('the entry at home', () => home.db.entries.get(shared.id));
    await eventually('both synced', () => work.sync?.status.state === 'synced' && home.sync?.status.state === 'synced');
    await work.sync?.stop();
    await home.sync?.stop();
    await work.db.entries.put({ ...shared, deletedAt: 99, updatedAt: shared.updatedAt + 30 });
    await home.db.entries.put({ ...shared, body: 'More notes added at home.', updatedAt: shared.updatedAt + 5 });
    const { startSync } = await import('../../lib/sync');
    work.sync = await startSync(work.db);
    home.sync = await startSync(home.db);
    for (const device of [work, home])
      await eventually('the edited entry out of Trash', async () => {
        const current = await device.db.entries.get(shared.id);
        return current?.deletedAt === undefined && current?.body === 'More notes added at home.';
      });
  });

  it('tells a running device that the sync passphrase was changed elsewhere, and keeps syncing', async () => {
    const url = newJournalUrl();
    const work = await joinSync(newDevice(), url);
    const home = await joinSync(newDevice(), url);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await changeSyncPassphrase(home.db, PASSPHRASE, 'a new sync passphrase', FAST);
    const notice = await eventually('the notice at work', () => work.sync?.status.notice);
    expect(notice).toMatch(/sync passphrase was changed/);
    const later = entry('After the change', 'Still syncing.');
    await work.db.entries.put(later);
    await eventually('the entry at home', () => home.db.entries.get(later.id));
  });

  it('refuses a third device with the wrong passphrase and stores nothing there', async () => {
    const url = newJournalUrl();
    await joinSync(newDevice(), url);
    const stranger = newDevice();
    const refused = await joinSync(stranger, url, 'not the right phrase').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(SyncSetupError);
    expect((refused as SyncSetupError).reason).toBe('wrong-passphrase');
    expect(await loadSyncConfig(stranger.db)).toBeUndefined();
  });

  it('leaves on the server none of the words written', async () => {
    const url = newJournalUrl();
    const device = await joinSync(newDevice(), url);
    await device.db.entries.put(
      Entry.parse(
        anEntryInput({ title: 'Zanzibar mentoring', body: 'Quixotic rota negotiation', tags: ['leadership'] }),
      ),
    );
    await device.db.settings.put({ key: 'person', value: { roles: ['Xylophone lead'] } });
    const all = await eventually('the documents on the server', async () => {
      const response = await fetch(`${url}/_all_docs?include_docs=true&attachments=true`);
      const body = (await response.json()) as { total_rows: number };
      return body.total_rows >= 3 ? JSON.stringify(body) : undefined;
    });
    for (const word of ['Zanzibar', 'Quixotic', 'leadership', 'Xylophone', 'reflection', 'entries', '2026-11-22'])
      expect(all).not.toContain(word);
  });
});
