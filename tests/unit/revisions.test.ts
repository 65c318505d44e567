import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LanternDB, setDb } from '../../lib/db';
import {
  countRevisions,
  deleteForever,
  emptyTrash,
  getEntry,
  moveToTrash,
  putEntry,
} from '../../lib/entries/repository';
import { addRevision, listRevisions, MAX_REVISIONS, restoreRevision } from '../../lib/entries/revisions';
import type { Entry, EntryInput, Revision } from '../../lib/entries/schema';
import { anEntryInput, FIXTURE_NOW } from './fixtures/entries';

const NOW = FIXTURE_NOW;
const MINUTE = 60 * 1000;

let db: LanternDB;
const anEntry = (overrides: Partial<EntryInput> = {}): EntryInput =>
  anEntryInput({ body: 'First thoughts after the ward round.', ...overrides });

function stored(overrides: Partial<EntryInput> = {}): Promise<Entry> {
  return putEntry(anEntry(overrides));
}

const bodies = (revisions: Revision[]) => revisions.map((revision) => revision.body);

/** Records `count` distinct versions of the entry, a minute apart, from `from`. */
async function recordVersions(entry: Entry, count: number, from = NOW): Promise<void> {
  for (let index = 0; index < count; index += 1) {
    await addRevision({ ...entry, body: `Version ${index}` }, 'interval', from + index * MINUTE);
  }
}

beforeEach(() => {
  db = new LanternDB(`test-${crypto.randomUUID()}`);
  setDb(db);
});

afterEach(async () => {
  db.close();
  await db.delete();
});

describe('addRevision', () => {
  it('records the entry’s title and text with the reason and time', async () => {
    const entry = await stored({ title: 'Handover', body: 'It went well.' });
    expect(await addRevision(entry, 'session', NOW + MINUTE)).toBe(true);
    expect(await listRevisions(entry.id)).toEqual([
      {
        id: expect.any(String),
        entryId: entry.id,
        savedAt: NOW + MINUTE,
        title: 'Handover',
        body: 'It went well.',
        reason: 'session',
      },
    ]);
  });

  it('skips a revision identical to the latest one', async () => {
    const entry = await stored();
    expect(await addRevision(entry, 'interval', NOW + MINUTE)).toBe(true);
    expect(await addRevision(entry, 'session', NOW + 2 * MINUTE)).toBe(false);
    expect(await countRevisions(entry.id)).toBe(1);
  });

  it('keeps a revision whose title alone changed, and one that returns to earlier text', async () => {
    const entry = await stored({ title: 'Draft', body: 'Same words.' });
    await addRevision(entry, 'interval', NOW + MINUTE);
    await addRevision({ ...entry, title: 'Final' }, 'interval', NOW + 2 * MINUTE);
    await addRevision(entry, 'session', NOW + 3 * MINUTE);
    expect((await listRevisions(entry.id)).map((revision) => revision.title)).toEqual(['Draft', 'Final', 'Draft']);
  });

  it('does not compare with another entry’s revisions', async () => {
    const first = await stored({ body: 'Shared words.' });
    const second = await stored({ body: 'Shared words.' });
    await addRevision(first, 'session', NOW + MINUTE);
    expect(await addRevision(second, 'session', NOW + 2 * MINUTE)).toBe(true);
  });

  it(`keeps only the last ${MAX_REVISIONS} per entry, dropping the oldest, and leaves other entries alone`, async () => {
    const busy = await stored();
    const quiet = await stored();
    await recordVersions(quiet, 3);
    await recordVersions(busy, MAX_REVISIONS + 5);

    const kept = await listRevisions(busy.id);
    expect(kept).toHaveLength(MAX_REVISIONS);
    expect(kept[0]?.body).toBe(`Version ${MAX_REVISIONS + 4}`);
    expect(kept.at(-1)?.body).toBe('Version 5');
    expect(bodies(await listRevisions(quiet.id))).toEqual(['Version 2', 'Version 1', 'Version 0']);
  });
});

describe('listRevisions', () => {
  it('lists an entry’s revisions newest first, whatever order they were written in', async () => {
    const entry = await stored();
    await addRevision({ ...entry, body: 'Middle' }, 'interval', NOW + 2 * MINUTE);
    await addRevision({ ...entry, body: 'Oldest' }, 'conflict', NOW + MINUTE);
    await addRevision({ ...entry, body: 'Newest' }, 'session', NOW + 3 * MINUTE);
    expect(bodies(await listRevisions(entry.id))).toEqual(['Newest', 'Middle', 'Oldest']);
  });

  it('is empty for an entry with no history', async () => {
    const entry = await stored();
    expect(await listRevisions(entry.id)).toEqual([]);
  });
});

describe('restoreRevision', () => {
  async function entryWithEarlierVersion() {
    const entry = await stored({ title: 'Clinic', body: 'What I wrote first.', updatedAt: NOW });
    await addRevision(entry, 'session', NOW);
    const edited = await putEntry({
      ...entry,
      title: 'Clinic (edited)',
      body: 'What I wrote later.',
      updatedAt: NOW + MINUTE,
    });
    const [earlier] = await listRevisions(entry.id);
    if (!earlier?.id) throw new Error('No revision recorded');
    return { entry: edited, earlier: { ...earlier, id: earlier.id } };
  }

  it('puts the earlier text back and keeps the replaced text as a "restore" revision', async () => {
    const { entry, earlier } = await entryWithEarlierVersion();
    const restored = await restoreRevision(entry.id, earlier.id, NOW + 2 * MINUTE);

    expect(restored).toMatchObject({ title: 'Clinic', body: 'What I wrote first.' });
    expect(await getEntry(entry.id)).toEqual(restored);
    const [latest] = await listRevisions(entry.id);
    expect(latest).toMatchObject({
      reason: 'restore',
      title: 'Clinic (edited)',
      body: 'What I wrote later.',
      savedAt: NOW + 2 * MINUTE,
    });
  });

  it('bumps updatedAt, even when the clock is behind the last save', async () => {
    const { entry, earlier } = await entryWithEarlierVersion();
    expect((await restoreRevision(entry.id, earlier.id, NOW + 5 * MINUTE)).updatedAt).toBe(NOW + 5 * MINUTE);

    const again = await getEntry(entry.id);
    if (!again) throw new Error('Entry missing');
    const [replaced] = await listRevisions(entry.id);
    const behind = await restoreRevision(entry.id, replaced?.id ?? 'missing', NOW);
    expect(behind.updatedAt).toBe(again.updatedAt + 1);
  });

  it('keeps the other fields of the entry as they are', async () => {
    const entry = await stored({ tags: ['QI'], starred: true, kind: 'cpd', cpdHours: 2 });
    await addRevision(entry, 'session', NOW);
    await putEntry({ ...entry, body: 'Changed.', updatedAt: NOW + MINUTE });
    const [earlier] = await listRevisions(entry.id);
    const restored = await restoreRevision(entry.id, earlier?.id ?? 'missing', NOW + 2 * MINUTE);
    expect(restored).toMatchObject({ tags: ['QI'], starred: true, kind: 'cpd', cpdHours: 2 });
  });

  it('still keeps no more than the last revisions when restoring', async () => {
    const entry = await stored();
    await recordVersions(entry, MAX_REVISIONS);
    const oldest = (await listRevisions(entry.id)).at(-1);
    await restoreRevision(entry.id, oldest?.id ?? 'missing', NOW + MAX_REVISIONS * MINUTE);
    const kept = await listRevisions(entry.id);
    expect(kept).toHaveLength(MAX_REVISIONS);
    expect(kept[0]?.reason).toBe('restore');
  });

  it('refuses a version of another entry, saying so, and changes nothing', async () => {
    const { entry } = await entryWithEarlierVersion();
    const other = await stored({ body: 'Someone else’s reflection.' });
    await addRevision(other, 'session', NOW);
    const [foreign] = await listRevisions(other.id);

    await expect(restoreRevision(entry.id, foreign?.id ?? 'missing', NOW + 2 * MINUTE)).rejects.toThrow(
      /belongs to another entry/,
    );
    expect((await getEntry(entry.id))?.body).toBe('What I wrote later.');
    expect(await countRevisions(entry.id)).toBe(1);
  });

  it('refuses a version that no longer exists, saying so', async () => {
    const { entry } = await entryWithEarlierVersion();
    await expect(restoreRevision(entry.id, 'no-such-version', NOW + 2 * MINUTE)).rejects.toThrow(
      'That version of the entry no longer exists.',
    );
    expect((await getEntry(entry.id))?.body).toBe('What I wrote later.');
  });

  it('refuses when the entry itself has been deleted for good', async () => {
    const { entry, earlier } = await entryWithEarlierVersion();
    await db.entries.delete(entry.id);
    await expect(restoreRevision(entry.id, earlier.id, NOW + 2 * MINUTE)).rejects.toThrow(
      /This entry no longer exists/,
    );
    expect(await getEntry(entry.id)).toBeUndefined();
  });
});

describe('deleting an entry for good', () => {
  it('removes its revisions and keeps those of other entries (deleteForever)', async () => {
    const gone = await stored();
    const kept = await stored();
    await recordVersions(gone, 3);
    await recordVersions(kept, 2);

    await deleteForever(gone.id);
    expect(await countRevisions(gone.id)).toBe(0);
    expect(await countRevisions(kept.id)).toBe(2);
  });

  it('removes the revisions of everything in Trash (emptyTrash)', async () => {
    const trashed = await stored();
    const live = await stored();
    await recordVersions(trashed, 4);
    await recordVersions(live, 1);
    await moveToTrash(trashed.id, NOW + MINUTE);

    expect(await emptyTrash()).toBe(1);
    expect(await countRevisions(trashed.id)).toBe(0);
    expect(await countRevisions(live.id)).toBe(1);
    expect(await db.revisions.count()).toBe(1);
  });

  it('keeps the revisions of an entry only moved to Trash', async () => {
    const entry = await stored();
    await recordVersions(entry, 2);
    await moveToTrash(entry.id, NOW + MINUTE);
    expect(await countRevisions(entry.id)).toBe(2);
  });
});
