import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyImport } from '../../lib/backup';
import { BACKUP_FORMAT, BACKUP_TABLE_NAMES, BACKUP_VERSION, Backup } from '../../lib/backup/tables';
import { ENTRY_KIND_IDS } from '../../lib/entries/kinds';
import { listRevisions } from '../../lib/entries/revisions';
import { Entry } from '../../lib/entries/schema';
import { entryAsRevised } from '../../lib/entries/whole-revision';
import { freshDbPerTest } from './fixtures/db';

const db = freshDbPerTest();
const ID = 'ward-round';
const T = 1_795_348_800_000;

/** Few values per field, so that two versions often agree on some fields and differ on others. */
const words = fc.constantFrom('', 'Ward round', 'Used SBAR at handover.');
const list = fc.subarray(['sepsis', 'teaching', 'handover']);

/** One version of the entry, as one computer holds it: any field may differ from the other's. */
const aVersion = fc
  .record(
    {
      title: words,
      body: words,
      kind: fc.constantFrom(...ENTRY_KIND_IDS),
      occurredOn: fc.constantFrom('2026-11-20', '2026-11-21'),
      competencies: fc.subarray(['working-with-others', 'improving-services']),
      tags: list,
      role: fc.option(fc.constantFrom('FY1', 'ST3'), { nil: undefined }),
      learningPoints: list,
      actions: list,
      cpdHours: fc.option(fc.constantFrom(1, 2.5), { nil: undefined }),
      starred: fc.boolean(),
      deletedAt: fc.option(fc.constant(T - 1), { nil: undefined }),
      updatedAt: fc.integer({ min: T, max: T + 3 }),
    },
    { requiredKeys: ['title', 'body', 'updatedAt'] },
  )
  .map((fields) => Entry.parse({ id: ID, occurredOn: '2026-11-20', createdAt: T - 10, ...fields }));

function backupHolding(entry: Entry): Backup {
  const tables = Object.fromEntries(BACKUP_TABLE_NAMES.map((name) => [name, name === 'entries' ? [entry] : []]));
  return Backup.parse({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: T,
    app: { name: 'Lantern', schemaVersion: db().verno },
    tables,
  });
}

/** Everything the doctor wrote or chose; the time of the change is the merge's, not theirs. */
const content = ({ updatedAt: _time, ...rest }: Entry) => rest;

describe('merging a backup keeps every field of both versions of an entry', () => {
  it('property: each version is the entry or a conflict revision, whole', async () => {
    await db().open();
    await fc.assert(
      fc.asyncProperty(aVersion, aVersion, async (here, there) => {
        await Promise.all([db().entries.clear(), db().revisions.clear()]);
        await db().entries.put(here);
        await applyImport(backupHolding(there), 'merge');

        const entry = await db().entries.get(ID);
        if (!entry) throw new Error('The entry went missing');
        const kept = (await listRevisions(ID)).filter((revision) => revision.reason === 'conflict');
        const recoverable = [entry, ...kept.map((revision) => entryAsRevised(revision, entry))].map(content);
        expect(recoverable).toContainEqual(content(here));
        expect(recoverable).toContainEqual(content(there));
      }),
      { numRuns: 60 },
    );
  });
});
