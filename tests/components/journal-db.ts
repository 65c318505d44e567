import { afterEach, beforeEach } from 'vitest';
import { forgetJournalCaches } from '../../app/journal/journalCache';
import { LanternDB, setDb } from '../../lib/db';

/**
 * Before each test, a fresh database set as Lantern's (handed to `use`); after it, the journal in memory is
 * dropped and the database deleted.
 */
export function freshJournalEachTest(use: (db: LanternDB) => void): void {
  let db: LanternDB | undefined;
  beforeEach(() => {
    db = new LanternDB(`test-${crypto.randomUUID()}`);
    setDb(db);
    use(db);
  });
  afterEach(async () => {
    forgetJournalCaches();
    db?.close();
    await db?.delete();
  });
}
