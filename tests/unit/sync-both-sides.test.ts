import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { LanternDB } from '../../lib/db';
import { Entry } from '../../lib/entries/schema';
import { Goal } from '../../lib/goals/schema';
import { pullChanges } from '../../lib/sync/incoming';
import { deriveSyncKeys, newDataKey, type SyncKeys } from '../../lib/sync/keys';
import { pushRecords, type RecordRef } from '../../lib/sync/outgoing';
import { openMirror, type Pouch } from '../../lib/sync/pouch';
import { docIdFor, type PlainRecord, sealDoc } from '../../lib/sync/seal';
import { anEntryInput } from './fixtures/entries';
import './fixtures/sync';

const opened: { db: LanternDB; mirror: Pouch }[] = [];
afterEach(async () => {
  for (const { db, mirror } of opened.splice(0)) {
    await mirror.destroy();
    db.close();
    await Dexie.delete(db.name);
  }
});

/**
 * A device that synced `record` (none: it never synced it), then changed it to `ours` while another
 * device's `theirs` reached the server (and so this device's mirror). Returns what this device has
 * once it takes that in.
 */
async function changedOnBothSides(
  ref: RecordRef,
  record: PlainRecord | undefined,
  ours: PlainRecord,
  theirs: PlainRecord,
) {
  const db = new LanternDB(`both-sides-${crypto.randomUUID()}`);
  const mirror = openMirror(`${db.name}-sync`);
  opened.push({ db, mirror });
  const keys: SyncKeys = await deriveSyncKeys(newDataKey().dataKey);
  const table = db.table(ref.table);
  const id = await docIdFor(keys, ref.table, ref.key);
  let _rev: string | undefined;
  if (record) {
    await table.put(record);
    await pushRecords(db, mirror, keys, [ref]);
    ({ _rev } = await mirror.get(id));
  }
  await mirror.put({ ...(await sealDoc(keys, id, { ...ref, record: theirs })), _rev });
  await table.put(ours);
  const problems: string[] = [];
  const toSend = await pullChanges({
    db,
    mirror,
    keys,
    onProblem: (message) => problems.push(message),
    onKeyDocument: () => undefined,
  });
  expect(problems).toEqual([]);
  const conflicts = ref.table === 'entries' ? await db.revisions.where('entryId').equals(ref.key).toArray() : [];
  return { here: (await table.get(ref.key)) as PlainRecord, sent: toSend.length > 0, conflicts };
}

const goal = Goal.parse({ id: 'goal-1', title: 'Lead the M&M meeting', createdAt: 1, updatedAt: 1 });
const goalRef: RecordRef = { table: 'goals', key: 'goal-1' };
const entry = Entry.parse(anEntryInput({ title: 'Appraisal prep', body: 'Notes.', updatedAt: 100 }));
const entryRef: RecordRef = { table: 'entries', key: entry.id };

describe('a record changed on this device and on another before they met', () => {
  it('takes in the other device’s goal when it was edited later, and does not send this one', async () => {
    const ours = { ...goal, status: 'in-progress', updatedAt: 10 };
    const theirs = { ...goal, status: 'met', updatedAt: 20 };
    const { here, sent } = await changedOnBothSides(goalRef, goal, ours, theirs);
    expect(here).toMatchObject({ status: 'met', updatedAt: 20 });
    expect(sent).toBe(false);
  });

  it('keeps and sends this device’s goal when it was edited later', async () => {
    const ours = { ...goal, status: 'in-progress', updatedAt: 30 };
    const theirs = { ...goal, status: 'met', updatedAt: 20 };
    const { here, sent } = await changedOnBothSides(goalRef, goal, ours, theirs);
    expect(here).toMatchObject({ status: 'in-progress', updatedAt: 30 });
    expect(sent).toBe(true);
  });

  it('keeps the newer goal of a device joining with its own journal, and the server’s when that is newer', async () => {
    const older = { ...goal, status: 'in-progress', updatedAt: 10 };
    const newer = { ...goal, status: 'met', updatedAt: 20 };
    const joining = await changedOnBothSides(goalRef, undefined, newer, older);
    expect(joining.here).toMatchObject({ status: 'met', updatedAt: 20 });
    expect(joining.sent).toBe(true);
    const behind = await changedOnBothSides(goalRef, undefined, older, newer);
    expect(behind.here).toMatchObject({ status: 'met', updatedAt: 20 });
    expect(behind.sent).toBe(false);
  });

  it('brings an entry put in Trash here back when it was edited elsewhere, keeping both texts', async () => {
    const ours = { ...entry, deletedAt: 130, updatedAt: 130 };
    const theirs = { ...entry, body: 'More notes added at home.', updatedAt: 105 };
    const { here, sent, conflicts } = await changedOnBothSides(entryRef, entry, ours, theirs);
    expect(here.deletedAt).toBeUndefined();
    expect(here.body).toBe('More notes added at home.');
    expect(sent).toBe(false);
    expect(conflicts.map((revision) => revision.body)).toEqual(['Notes.']);
  });

  it('keeps an entry edited here when another device put it in Trash, and sends the edit', async () => {
    const ours = { ...entry, body: 'More notes added here.', updatedAt: 105 };
    const theirs = { ...entry, deletedAt: 130, updatedAt: 130 };
    const { here, sent } = await changedOnBothSides(entryRef, entry, ours, theirs);
    expect(here).toMatchObject({ body: 'More notes added here.' });
    expect(here.deletedAt).toBeUndefined();
    expect(sent).toBe(true);
  });

  it('keeps this device’s entry text when both edited it, the other text kept as a conflict', async () => {
    const ours = { ...entry, body: 'Written here.', updatedAt: 105 };
    const theirs = { ...entry, body: 'Written there, later.', updatedAt: 200 };
    const { here, sent, conflicts } = await changedOnBothSides(entryRef, entry, ours, theirs);
    expect(here.body).toBe('Written here.');
    expect(sent).toBe(true);
    expect(conflicts.map((revision) => [revision.reason, revision.body])).toEqual([
      ['conflict', 'Written there, later.'],
    ]);
  });
});
