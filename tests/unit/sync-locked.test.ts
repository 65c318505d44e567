import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Entry } from '../../lib/entries/schema';
import { startSync } from '../../lib/sync';
import { JournalLockedError, lockJournal, readBlobBytes, setPassphrase, unlockJournal } from '../../lib/vault';
import { type CouchServer, startCouch } from '../support/couch-server.mjs';
import { anEntryInput } from './fixtures/entries';
import { closeDevices, eventually, joinSync, newDevice } from './fixtures/sync';

let server: CouchServer;
beforeAll(async () => {
  server = await startCouch();
}, 60_000);
afterAll(() => server?.stop());
afterEach(closeDevices);

const JOURNAL_PASSPHRASE = 'my journal passphrase';

describe('sync with a journal that has a passphrase', { timeout: 60_000 }, () => {
  it('keeps the server password sealed, syncs only while unlocked, and carries files', async () => {
    const url = `${server.url}/locked-${crypto.randomUUID().slice(0, 8)}`;
    const work = newDevice();
    await setPassphrase(work.db, JOURNAL_PASSPHRASE, { iterations: 1_000 });
    await joinSync(work, url);
    const stored = JSON.stringify((await work.db.syncMeta.get('config'))?.value);
    expect(stored).not.toContain('dataKey');
    expect(stored).toContain('sealed');

    const entry = Entry.parse(anEntryInput({ title: 'Sealed at rest, synced sealed' }));
    const bytes = new TextEncoder().encode('%PDF certificate bytes');
    const file = {
      id: 'file-1',
      entryId: entry.id,
      name: 'certificate.pdf',
      type: 'application/pdf',
      size: bytes.length,
      addedAt: 1,
    };
    await work.db.entries.put(entry);
    const blob = new Blob([bytes], { type: 'application/pdf' });
    await readBlobBytes(blob);
    await work.db.attachments.put({ ...file, blob });

    const home = await joinSync(newDevice(), url);
    const arrived = await eventually('the file at home', () => home.db.attachments.get(file.id));
    expect(new Uint8Array(await arrived.blob.arrayBuffer())).toEqual(bytes);
    expect(await home.db.entries.get(entry.id)).toMatchObject({ title: entry.title });

    await work.sync?.stop();
    lockJournal(work.db);
    await expect(startSync(work.db)).rejects.toBeInstanceOf(JournalLockedError);
    await unlockJournal(work.db, JOURNAL_PASSPHRASE);
    work.sync = await startSync(work.db);
    await eventually('sync running again once unlocked', () => work.sync?.status.state === 'synced');
  });
});
