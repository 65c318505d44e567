import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSliceReader, type ReaderWorker } from '../../app/journal/sliceReader';
import { createSliceAnswerer, type SliceAnswer, type SliceRequest } from '../../app/journal/sliceRequests';
import { LanternDB, setDb } from '../../lib/db';
import { getEntries, JOURNAL_SLICE, readJournalHeadsUnless, readStoredSlice } from '../../lib/entries/repository';
import { Entry } from '../../lib/entries/schema';
import { lockJournal, setPassphrase } from '../../lib/vault';
import { anEntryInput } from '../unit/fixtures/entries';

// The journal is read a slice at a time in a worker of the page (app/journal/sliceReader.ts). Here the worker's
// side runs in the test's own thread, behind a fake worker that answers as the real one does: by message, later.

let db: LanternDB;
/** The worker's own connections, closed after each test as ending the worker would. */
const opened: LanternDB[] = [];
const ownDb = (name: string) => {
  const own = new LanternDB(name);
  opened.push(own);
  return own;
};

beforeEach(() => {
  db = new LanternDB(`reader-${crypto.randomUUID()}`);
  setDb(db);
});

afterEach(async () => {
  for (const own of opened.splice(0)) own.close();
  db.close();
  await db.delete();
});

/** A worker answering with `answer`, by message, a turn later; `sent` records what the page asked. */
function fakeWorker(answer: (request: SliceRequest) => Promise<SliceAnswer>) {
  const sent: SliceRequest[] = [];
  let terminated = false;
  const worker: ReaderWorker = {
    onmessage: null,
    onerror: null,
    postMessage(request) {
      sent.push(structuredClone(request));
      void answer(structuredClone(request)).then((data) => {
        if (!terminated) setTimeout(() => worker.onmessage?.({ data: structuredClone(data) } as MessageEvent), 0);
      });
    },
    terminate() {
      terminated = true;
    },
  };
  return { worker, sent, terminated: () => terminated };
}

async function storeEntries(count: number, extra: (at: number) => Partial<Entry> = () => ({})): Promise<Entry[]> {
  const entries = Array.from({ length: count }, (_, at) =>
    Entry.parse(
      anEntryInput({ title: `Ward round ${at}`, occurredOn: `2026-0${(at % 9) + 1}-1${at % 10}`, ...extra(at) }),
    ),
  );
  await db.entries.bulkPut(entries);
  return entries;
}

describe('the journal read in a worker', () => {
  it('reads every live entry, in the same slices and journal order as the page reading for itself', async () => {
    const stored = await storeEntries(JOURNAL_SLICE + 37, (at) => (at % 50 === 0 ? { deletedAt: 1 } : {}));
    const { worker, sent } = fakeWorker(createSliceAnswerer(ownDb));
    const reader = openSliceReader(() => worker);
    const viaWorker = await readJournalHeadsUnless(() => false, undefined, reader.read);
    const inPage = await readJournalHeadsUnless(() => false);
    reader.close();
    expect(viaWorker).toEqual(inPage);
    expect(viaWorker).toHaveLength(stored.filter((entry) => entry.deletedAt === undefined).length);
    expect(sent.length).toBe(2);
    expect(sent[0]?.database).toBe(db.name);
  });

  it('reads the entries a burst of writes touched, by id, as the page would', async () => {
    const stored = await storeEntries(5);
    const ids = [stored[3]?.id ?? '', 'never-written', stored[0]?.id ?? ''];
    const { worker, sent } = fakeWorker(createSliceAnswerer(ownDb));
    const reader = openSliceReader(() => worker);
    expect(await reader.readIds(ids)).toEqual(await getEntries(ids));
    expect(sent[0]).toMatchObject({ ids });
    reader.close();
  });

  it('opens a journal with a passphrase with the keys the page holds, and ends the worker when done', async () => {
    await setPassphrase(db, 'a long journal passphrase', { iterations: 1_000 });
    const [entry] = await storeEntries(1, () => ({ body: 'Sealed words about the night shift' }));
    const raw = await new Promise<unknown>((resolve) => {
      const request = indexedDB.open(db.name);
      request.onsuccess = () => {
        const get = request.result
          .transaction('entries')
          .objectStore('entries')
          .get(entry?.id ?? '');
        get.onsuccess = () => {
          resolve(get.result);
          request.result.close();
        };
      };
    });
    expect(JSON.stringify(raw)).not.toContain('night shift');
    const fake = fakeWorker(createSliceAnswerer(ownDb));
    const reader = openSliceReader(() => fake.worker);
    const { entries } = await reader.read(undefined, 10);
    expect(entries.map((read) => read.body)).toEqual(['Sealed words about the night shift']);
    expect(fake.sent[0]?.vault.keys.length).toBeGreaterThan(0);
    reader.close();
    expect(fake.terminated()).toBe(true);
  });

  it('leaves a locked journal unread in the worker, and the page meets the lock as its own error', async () => {
    await setPassphrase(db, 'a long journal passphrase', { iterations: 1_000 });
    await storeEntries(3);
    lockJournal(db);
    const { worker } = fakeWorker(createSliceAnswerer(ownDb));
    const reader = openSliceReader(() => worker);
    const failed = await reader.read(undefined, 10).catch((error: Error) => error);
    const inPage = await readStoredSlice(undefined, 10).catch((error: Error) => error);
    expect(failed).toBeInstanceOf(Error);
    expect((failed as Error).name).toBe((inPage as Error).name);
  });

  it('falls back to reading in the page when the worker cannot load, and when no worker can run', async () => {
    await storeEntries(5);
    const broken: ReaderWorker = {
      onmessage: null,
      onerror: null,
      postMessage() {
        setTimeout(() => broken.onerror?.(new Event('error')), 0);
      },
      terminate() {},
    };
    const afterError = openSliceReader(() => broken);
    expect((await afterError.read(undefined, 10)).entries).toHaveLength(5);
    const without = openSliceReader(() => null);
    expect((await without.read(undefined, 10)).entries).toHaveLength(5);
  });

  it('answers a read still waiting when closed with nothing, so a journal being locked is not read on', async () => {
    await storeEntries(5);
    const { worker } = fakeWorker(() => new Promise(() => {}));
    const reader = openSliceReader(() => worker);
    const waiting = reader.read(undefined, 10);
    reader.close();
    expect(await waiting).toEqual({ entries: [], next: undefined });
    expect(await reader.read(undefined, 10)).toEqual({ entries: [], next: undefined });
  });
});
