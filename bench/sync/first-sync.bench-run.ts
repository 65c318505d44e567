// First sync of a journal to a new device, and the extra storage sync needs (npm run bench:sync).
//   SYNC_BENCH_ENTRIES=10000 (default) entries of ~1.5 kB, written on one device, synced to the server,
//   then timed from set-up on a second, empty device until every entry is in its journal.
// Storage: the sealed documents as JSON (what the device's mirror holds, compacted) plus the
// bookkeeping rows, as a multiple of the journal's own records as JSON. Results: bench/sync/results.json.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, expect, it } from 'vitest';
import { Entry } from '../../lib/entries/schema';
import { startCouch } from '../../tests/support/couch-server';
import { closeDevices, eventually, joinSync, newDevice } from '../../tests/unit/fixtures/sync';

const COUNT = Number(process.env.SYNC_BENCH_ENTRIES ?? 10_000);
const words = 'reflection handover escalation teamwork feedback supervision learning patient safety rota'.split(' ');
const body = (i: number) => Array.from({ length: 200 }, (_, w) => words[(i * 7 + w) % words.length]).join(' ');

afterAll(closeDevices);

it(`first sync of ${COUNT} entries to a new device`, async () => {
  const server = await startCouch();
  try {
    const url = `${server.url}/bench`;
    const first = await joinSync(newDevice(), url);
    const entries = Array.from({ length: COUNT }, (_, i) =>
      Entry.parse({
        id: `e${i}`,
        title: `Entry ${i}`,
        body: body(i),
        occurredOn: '2026-11-22',
        createdAt: i,
        updatedAt: i,
        tags: ['bench'],
      }),
    );
    const seeded = performance.now();
    await first.db.entries.bulkPut(entries);
    await eventually(
      'the first device to send everything',
      async () => {
        const info = (await (await fetch(url)).json()) as { doc_count: number };
        return info.doc_count >= COUNT + 1 && first.sync?.status.state === 'synced';
      },
      600_000,
    );
    const pushMs = performance.now() - seeded;

    const started = performance.now();
    const second = await joinSync(newDevice(), url);
    let maxProgress = 0;
    second.sync?.onStatus((status) => {
      maxProgress = Math.max(maxProgress, status.progress?.done ?? 0);
    });
    await eventually('every entry on the new device', async () => (await second.db.entries.count()) === COUNT, 600_000);
    const firstSyncMs = performance.now() - started;

    // The mirror holds these same sealed documents (compacted: one revision each), as JSON.
    const serverBytes = (await (await fetch(`${url}/_all_docs?include_docs=true&attachments=true`)).text()).length;
    const bookkeeping = JSON.stringify(await second.db.syncDocs.toArray()).length;
    const journal = JSON.stringify(await second.db.entries.toArray()).length;
    const results = {
      entries: COUNT,
      firstSyncSeconds: Number((firstSyncMs / 1000).toFixed(1)),
      pushFromFirstDeviceSeconds: Number((pushMs / 1000).toFixed(1)),
      progressShownUpTo: maxProgress,
      storageMultiple: Number(((serverBytes + bookkeeping) / journal).toFixed(2)),
      journalBytes: journal,
      mirrorBytes: serverBytes,
      bookkeepingBytes: bookkeeping,
      method: 'Node 20, fake-indexeddb, PouchDB memory adapter, pouchdb-server in memory on 127.0.0.1',
    };
    console.log(JSON.stringify(results, null, 2));
    writeFileSync(join(import.meta.dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    expect(results.entries).toBe(COUNT);
  } finally {
    await server.stop();
  }
});
