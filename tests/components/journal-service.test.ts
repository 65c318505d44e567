import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JournalClosed, openJournalConnection, type ServiceWorker } from '../../app/journal/journalConnection';
import type { JournalReply, JournalRequest } from '../../app/journal/journalRequests';
import { createJournalService } from '../../app/journal/journalService';
import type { WorkerAnswer } from '../../app/workers/workerClient';
import { LanternDB, setDb } from '../../lib/db';
import { entryHead } from '../../lib/entries/head';
import { JOURNAL_SLICE, readJournalHeadsUnless, readStoredSlice } from '../../lib/entries/repository';
import { Entry } from '../../lib/entries/schema';
import { lockJournal, setPassphrase } from '../../lib/vault';
import { anEntryInput } from '../unit/fixtures/entries';

// The journal is read, and its search index built and searched, by the journal's service in a worker of the page
// (app/journal/journalConnection.ts). Here the worker's side runs in the test's own thread, behind a fake worker
// that answers as the real one does (journal.worker.ts): by message, later.

let db: LanternDB;
/** The worker's own connections, closed after each test as ending the worker would. */
const opened: LanternDB[] = [];
const ownDb = (name: string) => {
  const own = new LanternDB(name);
  opened.push(own);
  return own;
};

beforeEach(() => {
  db = new LanternDB(`journal-service-${crypto.randomUUID()}`);
  setDb(db);
});

afterEach(async () => {
  for (const own of opened.splice(0)) own.close();
  db.close();
  await db.delete();
});

/** The worker's side, as journal.worker.ts runs it: a failure is answered as such. */
function workerSide() {
  const service = createJournalService(ownDb);
  return async (request: JournalRequest): Promise<WorkerAnswer<JournalReply>> => {
    try {
      return await service.answer(request);
    } catch (error) {
      return { id: request.id, failed: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
    }
  };
}

/** A worker answering with `answer`, by message, a turn later; `sent` records what the page asked. */
function fakeWorker(answer: (request: JournalRequest) => Promise<WorkerAnswer<JournalReply>> = workerSide()) {
  const sent: JournalRequest[] = [];
  let terminated = false;
  const worker: ServiceWorker = {
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

const ids = (results: { id: string }[]) => results.map((result) => result.id);

describe('the journal read in a worker', () => {
  it('reads every live entry, in the same slices and journal order as the page reading for itself', async () => {
    const stored = await storeEntries(JOURNAL_SLICE + 37, (at) => (at % 50 === 0 ? { deletedAt: 1 } : {}));
    const { worker, sent } = fakeWorker();
    const service = openJournalConnection({ start: () => worker });
    const viaWorker = await readJournalHeadsUnless(
      () => false,
      (afterId, limit) => service.readHeads(afterId, limit, 0),
    );
    const inPage = await readJournalHeadsUnless(() => false);
    service.close();
    expect(viaWorker).toEqual(inPage);
    expect(viaWorker).toHaveLength(stored.filter((entry) => entry.deletedAt === undefined).length);
    expect(sent.length).toBe(2);
    expect(sent[0]?.database).toBe(db.name);
  });

  it('sends the page heads alone, and indexes the text it read: search finds it, the page never held it', async () => {
    await storeEntries(30, (at) => ({ body: at === 7 ? 'Debrief after the cardiac arrest.' : 'Quiet clinic.' }));
    const { worker } = fakeWorker();
    const service = openJournalConnection({ start: () => worker });
    const slice = await service.readHeads(undefined, JOURNAL_SLICE, 1);
    expect(slice.heads).toHaveLength(30);
    for (const head of slice.heads) expect(head).not.toHaveProperty('body');
    expect(await service.finish(1)).toBe(true);
    const found = await service.search('debrief', {}, 1);
    expect(found.map((result) => slice.heads.find((head) => head.id === result.id)?.title)).toEqual(['Ward round 7']);
    // A search for a build since replaced finds nothing: its index has gone.
    expect(await service.search('debrief', {}, 0)).toEqual([]);
    service.close();
  });

  it('reads the entries a burst of writes touched, by id, and indexes them as now stored', async () => {
    const stored = await storeEntries(5);
    const { worker, sent } = fakeWorker();
    const service = openJournalConnection({ start: () => worker });
    await service.readHeads(undefined, JOURNAL_SLICE, 1);
    const rewritten = { ...(stored[3] as Entry), body: 'Rewritten about the rota.', updatedAt: 99 };
    await db.entries.put(rewritten);
    await db.entries.delete(stored[0]?.id ?? '');
    const touched = [rewritten.id, 'never-written', stored[0]?.id ?? ''];
    const { found } = await service.readIds(touched, 1);
    expect(found).toEqual([entryHead(rewritten), undefined, undefined]);
    expect(sent.at(-1)).toMatchObject({ kind: 'ids', ids: touched });
    expect(ids(await service.search('rota', {}, 1))).toEqual([rewritten.id]);
    expect(ids(await service.search('ward round', { limit: 10 }, 1))).toHaveLength(4);
    service.close();
  });

  it('opens a journal with a passphrase with the keys the page holds, and ends the worker when closed', async () => {
    await setPassphrase(db, 'a long journal passphrase', { iterations: 1_000 });
    await storeEntries(1, () => ({ body: 'Sealed words about the night shift' }));
    const raw = await new Promise<unknown>((resolve) => {
      const request = indexedDB.open(db.name);
      request.onsuccess = () => {
        const all = request.result.transaction('entries').objectStore('entries').getAll();
        all.onsuccess = () => {
          resolve(all.result);
          request.result.close();
        };
      };
    });
    expect(JSON.stringify(raw)).not.toContain('night shift');
    const fake = fakeWorker();
    const service = openJournalConnection({ start: () => fake.worker });
    await service.readHeads(undefined, 10, 1);
    await service.finish(1);
    expect(await service.search('night shift', {}, 1)).toHaveLength(1);
    expect(fake.sent[0]?.vault?.keys.length).toBeGreaterThan(0);
    service.close();
    expect(fake.terminated()).toBe(true);
  });

  it('leaves a locked journal unread in the worker, and the page meets the lock as its own error', async () => {
    await setPassphrase(db, 'a long journal passphrase', { iterations: 1_000 });
    await storeEntries(3);
    lockJournal(db);
    const { worker } = fakeWorker();
    const service = openJournalConnection({ start: () => worker });
    const failed = await service.readHeads(undefined, 10, 0).catch((error: Error) => error);
    const inPage = await readStoredSlice(undefined, 10).catch((error: Error) => error);
    expect(failed).toBeInstanceOf(Error);
    expect((failed as Error).name).toBe((inPage as Error).name);
  });

  it('runs in the page when the worker cannot load, or no worker can run, and says an index held is lost', async () => {
    await storeEntries(5, () => ({ body: 'Teaching the new FY1s.' }));
    const broken: ServiceWorker = {
      onmessage: null,
      onerror: null,
      postMessage() {
        setTimeout(() => broken.onerror?.(new Event('error')), 0);
      },
      terminate() {},
    };
    let lost = 0;
    const afterError = openJournalConnection({ start: () => broken, onLost: () => lost++ });
    expect((await afterError.readHeads(undefined, 10, 1)).heads).toHaveLength(5);
    expect(lost).toBe(1);
    const without = openJournalConnection({ start: () => null });
    expect((await without.readHeads(undefined, 10, 1)).heads).toHaveLength(5);
    await without.finish(1);
    expect(await without.search('teaching', {}, 1)).toHaveLength(5);
    without.close();
    afterError.close();
  });

  it('answers a request still waiting when closed as closed, so a journal being locked is not read on', async () => {
    await storeEntries(5);
    const { worker } = fakeWorker(() => new Promise(() => {}));
    const service = openJournalConnection({ start: () => worker });
    const waiting = service.readHeads(undefined, 10, 0);
    service.close();
    await expect(waiting).rejects.toBeInstanceOf(JournalClosed);
    await expect(service.search('ward', {}, 1)).rejects.toBeInstanceOf(JournalClosed);
  });
});
