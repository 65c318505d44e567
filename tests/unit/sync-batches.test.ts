import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { LanternDB } from '../../lib/db';
import { Entry } from '../../lib/entries/schema';
import { mapInTurns } from '../../lib/sync/batches';
import { pullChanges } from '../../lib/sync/incoming';
import { deriveSyncKeys, newDataKey } from '../../lib/sync/keys';
import { pushRecords, type RecordRef } from '../../lib/sync/outgoing';
import { openMirror, type Pouch } from '../../lib/sync/pouch';
import { anEntryInput } from './fixtures/entries';
import './fixtures/sync';

const FILE_BYTES = 3_000;
const STEP_BYTES = 4_000;

const opened: { dbs: LanternDB[]; mirror: Pouch }[] = [];
afterEach(async () => {
  for (const { dbs, mirror } of opened.splice(0)) {
    await mirror.destroy();
    for (const db of dbs) {
      db.close();
      await Dexie.delete(db.name);
    }
  }
});

/** A journal with an entry and five scans of FILE_BYTES, each filled with its own byte. */
async function journalWithScans() {
  const db = new LanternDB(`batches-${crypto.randomUUID()}`);
  const mirror = openMirror(`${db.name}-sync`);
  opened.push({ dbs: [db], mirror });
  const entry = Entry.parse(anEntryInput({ title: 'Audit of sepsis bundle' }));
  await db.entries.put(entry);
  const scans = Array.from({ length: 5 }, (_, index) => ({
    id: `scan-${index}`,
    entryId: entry.id,
    name: `scan-${index}.pdf`,
    type: 'application/pdf',
    size: FILE_BYTES,
    addedAt: 1,
    blob: new Blob([new Uint8Array(FILE_BYTES).fill(index + 1)], { type: 'application/pdf' }),
  }));
  await db.attachments.bulkPut(scans);
  const refs: RecordRef[] = [
    { table: 'entries', key: entry.id },
    ...scans.map((scan) => ({ table: 'attachments' as const, key: scan.id })),
  ];
  return { db, mirror, refs, keys: await deriveSyncKeys(newDataKey().dataKey) };
}

/** How many files' data one answer of the mirror holds. */
function filesIn(answer: unknown): number {
  const docs = (answer as { results?: { doc?: unknown }[] }).results?.map((result) => result.doc) ?? [answer];
  let files = 0;
  for (const doc of docs) {
    const attachments = (doc as { _attachments?: Record<string, { data?: unknown }> } | undefined)?._attachments;
    for (const attachment of Object.values(attachments ?? {})) if (attachment.data !== undefined) files += 1;
  }
  return files;
}

describe('sync with large files', () => {
  it('sends files a few at a time, never a whole batch of them at once', async () => {
    const { db, mirror, refs, keys } = await journalWithScans();
    const written: number[] = [];
    const bulkDocs = mirror.bulkDocs.bind(mirror);
    mirror.bulkDocs = ((docs: unknown[], ...rest: unknown[]) => {
      written.push(filesIn({ results: docs.map((doc) => ({ doc })) }));
      return (bulkDocs as (...args: unknown[]) => unknown)(docs, ...rest);
    }) as typeof mirror.bulkDocs;

    expect(await pushRecords(db, mirror, keys, refs, { batchBytes: STEP_BYTES })).toEqual([]);
    expect(Math.max(...written)).toBe(1);
    expect(written.reduce((sum, files) => sum + files, 0)).toBe(5);
    expect(await db.syncDocs.count()).toBe(6);
  });

  it('takes files in a few at a time, giving the page a turn between steps', async () => {
    const sender = await journalWithScans();
    await pushRecords(sender.db, sender.mirror, sender.keys, sender.refs);
    const db = new LanternDB(`batches-${crypto.randomUUID()}`);
    opened[0]?.dbs.push(db);
    const { mirror, keys } = sender;

    // Files held between two steps taken in; whether the page had a turn before each step began.
    const held: number[] = [0];
    const turns: boolean[] = [];
    let pageTurn = true;
    const originals = { get: mirror.get, changes: mirror.changes };
    const watch = <K extends 'changes' | 'get'>(name: K) => {
      const original = (mirror[name] as (...args: unknown[]) => Promise<unknown>).bind(mirror);
      (mirror as unknown as Record<K, unknown>)[name] = async (...args: unknown[]) => {
        const answer = await original(...args);
        held[held.length - 1] = (held.at(-1) ?? 0) + filesIn(answer);
        return answer;
      };
    };
    watch('changes');
    watch('get');
    const get = mirror.get.bind(mirror);
    mirror.get = ((...args: Parameters<typeof get>) => {
      turns.push(pageTurn);
      return get(...args);
    }) as typeof mirror.get;

    const toSend = await pullChanges({
      db,
      mirror,
      keys,
      onProblem: (message) => expect.fail(message),
      onKeyDocument: () => undefined,
      limits: { bytes: STEP_BYTES },
      onProgress: () => {
        held.push(0);
        // A timer set by the page: it runs before sync's next step only if sync lets it.
        pageTurn = false;
        setTimeout(() => {
          pageTurn = true;
        }, 0);
      },
    });

    Object.assign(mirror, originals);
    expect(toSend).toEqual([]);
    expect(Math.max(...held)).toBe(1);
    expect(turns.length).toBeGreaterThanOrEqual(5);
    expect(turns.every(Boolean)).toBe(true);
    const scans = await db.attachments.orderBy('id').toArray();
    expect(scans.map((scan) => scan.name)).toEqual([
      'scan-0.pdf',
      'scan-1.pdf',
      'scan-2.pdf',
      'scan-3.pdf',
      'scan-4.pdf',
    ]);
    for (const [index, scan] of scans.entries())
      expect(new Uint8Array(await scan.blob.arrayBuffer())).toEqual(new Uint8Array(FILE_BYTES).fill(index + 1));
    expect(await db.entries.count()).toBe(1);
  });

  it('does not read again the files it has just sent when they come back through its copy', async () => {
    const { db, mirror, refs, keys } = await journalWithScans();
    await pushRecords(db, mirror, keys, refs);
    const get = mirror.get;
    let reads = 0;
    mirror.get = ((...args: Parameters<typeof get>) => {
      reads += 1;
      return get.apply(mirror, args);
    }) as typeof mirror.get;
    const toSend = await pullChanges({ db, mirror, keys, onProblem: expect.fail, onKeyDocument: () => undefined });
    mirror.get = get;
    expect(toSend).toEqual([]);
    expect(reads).toBe(0);
    expect(await db.attachments.count()).toBe(5);
  });
});

describe('opening or sealing a step’s documents', () => {
  it('gives the page turns within a step of slow work, and keeps every result in order', async () => {
    const busy = (ms: number) => {
      const until = performance.now() + ms;
      while (performance.now() < until);
    };
    let done = 0;
    let doneWhenThePageRan = -1;
    // Work the page queued as the step began (a key typed, a frame): it must not wait for the whole step.
    const page = new MessageChannel();
    page.port1.onmessage = () => {
      doneWhenThePageRan = done;
      page.port1.close();
    };
    page.port2.postMessage(null);
    const items = Array.from({ length: 48 }, (_, index) => index);
    const results = await mapInTurns(items, async (item, index) => {
      busy(2);
      done += 1;
      return item * 10 + (index === item ? 0 : 1);
    });
    expect(results).toEqual(items.map((item) => item * 10));
    expect(doneWhenThePageRan).toBeGreaterThan(0);
    expect(doneWhenThePageRan).toBeLessThan(items.length);
  });
});
