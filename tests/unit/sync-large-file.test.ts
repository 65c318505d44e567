import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { LanternDB } from '../../lib/db';
import { deriveSyncKeys, newDataKey } from '../../lib/sync/keys';
import { pushRecords } from '../../lib/sync/outgoing';
import { openMirror } from '../../lib/sync/pouch';
import './fixtures/sync';

describe('a file larger than sync carries', () => {
  const db = new LanternDB(`large-file-${crypto.randomUUID()}`);
  const mirror = openMirror(`${db.name}-sync`);
  afterEach(async () => {
    await mirror.destroy();
    db.close();
    await Dexie.delete(db.name);
  });

  it('stays on this device with a message naming it, while the rest is sent', async () => {
    const keys = await deriveSyncKeys(newDataKey().dataKey);
    const file = (id: string, name: string, size: number) => ({
      id,
      entryId: 'entry-1',
      name,
      type: 'application/pdf',
      size,
      addedAt: 1,
      blob: new Blob([new Uint8Array(size)], { type: 'application/pdf' }),
    });
    await db.attachments.bulkPut([file('big', 'scan.pdf', 2048), file('small', 'note.pdf', 100)]);
    const problems: string[] = [];
    const refs = [
      { table: 'attachments' as const, key: 'big' },
      { table: 'attachments' as const, key: 'small' },
    ];
    const retry = await pushRecords(db, mirror, keys, refs, {
      onProblem: (message) => problems.push(message),
      maxFileBytes: 1024,
    });
    expect(retry).toEqual([]);
    expect(problems).toEqual([
      '“scan.pdf” (2.0 KB) is larger than sync carries (1.0 KB), so it stays on this device; everything else syncs.',
    ]);
    expect((await mirror.allDocs()).rows).toHaveLength(1);
    expect(await db.syncDocs.count()).toBe(1);
  });
});
