import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { LanternDB } from '../../lib/db';
import { openAsVersion5 } from './fixtures/version5';

describe('the database version that adds sync’s bookkeeping', () => {
  const name = `sync-version-${crypto.randomUUID()}`;
  afterEach(() => Dexie.delete(name));

  it('opens a journal made before sync with every record intact and nothing synced yet', async () => {
    const old = openAsVersion5(name);
    const entry = {
      id: 'e1',
      title: 'Before sync',
      body: 'Kept.',
      occurredOn: '2026-11-22',
      createdAt: 1,
      updatedAt: 2,
    };
    const goal = { id: 'g1', title: 'Lead a QI project', status: 'active', createdAt: 1, updatedAt: 1 };
    await old.table('entries').put(entry);
    await old.table('goals').put(goal);
    await old.table('settings').put({ key: 'preferences', value: { roles: ['Consultant'] } });
    old.close();

    const db = new LanternDB(name);
    expect(await db.entries.get('e1')).toEqual(entry);
    expect(await db.table('goals').get('g1')).toEqual(goal);
    // Since version 8 the person's details are a setting of their own.
    expect((await db.settings.get('person'))?.value).toEqual({ roles: ['Consultant'] });
    expect(await db.syncDocs.count()).toBe(0);
    expect(await db.syncMeta.count()).toBe(0);
    db.close();
  });
});
