import { describe, expect, it, vi } from 'vitest';
import { getJournalSnapshot, subscribeJournal, wantSearchIndex } from '../../app/journal/journalCache';
import type { LanternDB } from '../../lib/db';
import { freshJournalEachTest } from './journal-db';

/** The journal's service while its worker is still starting: nothing it is asked is answered until `release`. */
const starting = vi.hoisted(() => {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { held, release: () => release() };
});

vi.mock('../../app/journal/journalConnection', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../app/journal/journalConnection')>();
  return {
    ...actual,
    openJournalConnection: (options: Parameters<typeof actual.openJournalConnection>[0]) => {
      const real = actual.openJournalConnection(options);
      const later =
        <A extends unknown[], R>(ask: (...args: A) => Promise<R>) =>
        async (...args: A) => {
          await starting.held;
          return ask(...args);
        };
      return {
        readHeads: later(real.readHeads),
        readIds: later(real.readIds),
        index: later(real.index),
        finish: later(real.finish),
        search: later(real.search),
        close: real.close,
      };
    },
  };
});

let db: LanternDB;
freshJournalEachTest((fresh) => {
  db = fresh;
});

describe('a new journal while its worker starts', () => {
  it('is shown whole (and counted) without waiting for the worker, whose index follows', async () => {
    await db.entries.put({
      id: 'a',
      title: 'First night shift',
      body: 'Sepsis alerts all night.',
      kind: 'reflection',
      occurredOn: '2026-11-20',
      createdAt: 1,
      updatedAt: 1,
      template: 'free',
      competencies: ['mlcf.1.1'],
      tags: [],
      learningPoints: [],
      actions: [],
      starred: false,
    });
    const unsubscribe = subscribeJournal(() => undefined);
    // The Journal view is shown, so it wants search: the index would begin with the first page.
    const withdraw = wantSearchIndex();
    await expect.poll(() => getJournalSnapshot().entries?.map((entry) => entry.id), { timeout: 3000 }).toEqual(['a']);
    expect(getJournalSnapshot().search?.ready).not.toBe(true);

    starting.release();
    await expect.poll(() => getJournalSnapshot().search?.ready, { timeout: 3000 }).toBe(true);
    const results = await getJournalSnapshot().search?.index.search('sepsis');
    expect(results?.map((result) => result.id)).toEqual(['a']);
    withdraw();
    unsubscribe();
  });
});
