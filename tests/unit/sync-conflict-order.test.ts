import { describe, expect, it } from 'vitest';
import { resolveConflicts } from '../../lib/sync/conflicts';
import { deriveSyncKeys, newDataKey, type SyncKeys } from '../../lib/sync/keys';
import { openMirror, type Pouch } from '../../lib/sync/pouch';
import { docIdFor, type PlainRecord, sealDoc } from '../../lib/sync/seal';
import type { SyncTable } from '../../lib/sync/tables';
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
const goal = (title: string, updatedAt: number) => ({
  id: 'goal-1',
  title,
  competencies: [],
  status: 'in-progress',
  entryIds: [],
  reviewNotes: '',
  createdAt: 1,
  updatedAt,
});

/**
 * One document with a leaf per version, as replication leaves it after devices edited offline.
 * CouchDB's winner is the leaf with the greatest revision: unless `revs` says otherwise, the last one.
 */
async function conflicted(
  keys: SyncKeys,
  table: SyncTable,
  key: string,
  records: PlainRecord[],
  revs = records.map((_, index) => `2-${String(index + 1).repeat(4)}`),
) {
  const mirror = openMirror(`conflict-order-${Math.random()}`);
  const id = await docIdFor(keys, table, key);
  for (const [index, record] of records.entries()) {
    const sealed = await sealDoc(keys, id, { table, key, record });
    await mirror.bulkDocs([{ ...sealed, _rev: revs[index] }], { new_edits: false });
  }
  const doc = await mirror.get(id, { conflicts: true, attachments: true });
  return { mirror, id, doc };
}

async function resolvedOn(mirror: Pouch, keys: SyncKeys, doc: unknown) {
  const resolution = await resolveConflicts(mirror, keys, doc as never);
  await resolution.settle();
  return resolution.chosen?.opened.record;
}

describe('a conflict between two devices’ edits', () => {
  it('keeps the losing text and leaves the losing version in place until the journal has kept it', async () => {
    const keys = await deriveSyncKeys(newDataKey().dataKey);
    const { mirror, id, doc } = await conflicted(keys, 'entries', 'entry-1', [
      entry('First laptop.', 2),
      entry('Home computer.', 3),
    ]);
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

  it('keeps the goal edited last, whichever version the server happens to prefer', async () => {
    const keys = await deriveSyncKeys(newDataKey().dataKey);
    // The server prefers the last version given; here that is the older edit.
    const { mirror, doc } = await conflicted(keys, 'goals', 'goal-1', [
      goal('Lead the audit (edited at home, later)', 20),
      goal('Lead the audit (edited at work)', 10),
    ]);
    expect((await resolvedOn(mirror, keys, doc))?.title).toBe('Lead the audit (edited at home, later)');
    // Every device then finds the same version on the server, without a conflict.
    const settled = await mirror.get(doc._id, { conflicts: true });
    expect(settled._conflicts ?? []).toEqual([]);
    const again = await resolveConflicts(mirror, keys, { ...settled, _conflicts: [] } as never);
    expect(again.chosen?.opened.record.title).toBe('Lead the audit (edited at home, later)');
    await mirror.destroy();
  });

  it('settles a goal edited at the same moment on two devices the same way on each', async () => {
    const keys = await deriveSyncKeys(newDataKey().dataKey);
    const versions = [goal('Version A', 30), goal('Version B', 30), goal('Version C', 5)];
    const revs = ['2-1111', '2-2222', '2-3333'];
    // Each device met the same three versions in another order.
    const first = await conflicted(keys, 'goals', 'goal-1', versions, revs);
    const second = await conflicted(keys, 'goals', 'goal-1', [...versions].reverse(), [...revs].reverse());
    // The tie goes to the greater revision of the two newest, on both.
    expect((await resolvedOn(first.mirror, keys, first.doc))?.title).toBe('Version B');
    expect((await resolvedOn(second.mirror, keys, second.doc))?.title).toBe('Version B');
    await first.mirror.destroy();
    await second.mirror.destroy();
  });
});
