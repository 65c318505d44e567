import { describe, expect, it } from 'vitest';
import { resolveConflicts } from '../../lib/sync/conflicts';
import { deriveSyncKeys, newDataKey } from '../../lib/sync/keys';
import { openMirror } from '../../lib/sync/pouch';
import { docIdFor, sealDoc } from '../../lib/sync/seal';
import './fixtures/sync';

const entry = (body: string, updatedAt: number) => ({
  id: 'entry-1',
  title: 'Rota meeting',
  body,
  kind: 'reflection',
  occurredOn: '2026-11-22',
  createdAt: 1,
  updatedAt,
});

describe('a conflict between two devices’ edits', () => {
  it('keeps the losing text and leaves the losing version in place until the journal has kept it', async () => {
    const keys = await deriveSyncKeys(newDataKey().dataKey);
    const mirror = openMirror(`conflict-order-${Math.random()}`);
    const id = await docIdFor(keys, 'entries', 'entry-1');
    const sealed = async (body: string, updatedAt: number) =>
      sealDoc(keys, id, { table: 'entries', key: 'entry-1', record: entry(body, updatedAt) });
    // Two leaves on one document, as replication leaves them after two devices edited offline.
    await mirror.bulkDocs([{ ...(await sealed('First laptop.', 2)), _rev: '2-aaaa' }], { new_edits: false });
    await mirror.bulkDocs([{ ...(await sealed('Home computer.', 3)), _rev: '2-bbbb' }], { new_edits: false });
    const doc = await mirror.get(id, { conflicts: true, attachments: true });
    expect(doc._conflicts).toHaveLength(1);

    const resolution = await resolveConflicts(mirror, keys, doc as never);
    const kept = resolution.keep.map((each) => each.record.body);
    const chosen = resolution.chosen?.opened.record.body;
    expect([...kept, chosen].sort()).toEqual(['First laptop.', 'Home computer.']);
    // Nothing is deleted yet: were keeping it to fail, the next pull would find the conflict again.
    expect((await mirror.get(id, { conflicts: true }))._conflicts).toHaveLength(1);

    await resolution.settle();
    expect((await mirror.get(id, { conflicts: true }))._conflicts ?? []).toEqual([]);
    await mirror.destroy();
  });
});
