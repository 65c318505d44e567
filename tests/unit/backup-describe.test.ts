import { describe, expect, it } from 'vitest';
import {
  BACKUP_TABLE_NAMES,
  BACKUP_TABLES,
  type BackupTableName,
  describeCounts,
  describePlan,
  describeRestore,
  type ImportPlan,
  type TableChanges,
} from '../../lib/backup';

function aPlan(mode: ImportPlan['mode'], changes: Partial<Record<BackupTableName, Partial<TableChanges>>>): ImportPlan {
  const tables = Object.fromEntries(
    BACKUP_TABLE_NAMES.map((name) => [name, { add: 0, update: 0, unchanged: 0, delete: 0, ...changes[name] }]),
  ) as ImportPlan['tables'];
  return { mode, tables, keptAsRevision: 0, prunedRevisions: 0 };
}

describe('what a backup holds, in words', () => {
  it('names each table in the doctor’s words, one and many', () => {
    expect(describeCounts({ goals: 1, mentees: 1, mentorComments: 1, suggestedGoals: 1, feedback: 2 })).toBe(
      '1 goal, 1 mentee, 1 mentor comment, 1 suggested goal and 2 feedback notes',
    );
    expect(describeCounts({ entries: 1, revisions: 2, assessments: 3, attachments: 1, settings: 4 })).toBe(
      '1 entry, 2 earlier versions, 4 settings, 3 self-assessments and 1 attachment',
    );
  });

  it('has words for every table, so no internal name reaches the doctor', () => {
    for (const name of BACKUP_TABLE_NAMES) {
      for (const count of [1, 2]) {
        const words = describeCounts({ [name]: count });
        // Plain lower-case words: no internal names such as "mentorComments".
        expect(words).toMatch(/^\d+ [a-z -]+$/);
        expect(words).toBe(`${count} ${BACKUP_TABLES[name].nouns[count === 1 ? 0 : 1]}`);
      }
    }
  });

  it('leaves out empty tables, and says nothing for an empty backup', () => {
    expect(describeCounts({ entries: 0, goals: 3 })).toBe('3 goals');
    expect(describeCounts({})).toBe('');
  });
});

describe('what a restore will do and did', () => {
  it('counts records with the right plural before a restore', () => {
    expect(describePlan(aPlan('merge', { entries: { add: 1, unchanged: 2 } }))).toBe(
      'This will add 1 record, update 0 records and leave 2 records as they are.',
    );
    const replace = { ...aPlan('replace', { entries: { update: 1, delete: 3 } }), keptAsRevision: 1 };
    expect(describePlan(replace)).toBe(
      'This will add 0 records, update 1 record, delete 3 records and leave 0 records as they are; 1 overwritten entry is kept whole as an earlier version.',
    );
  });

  it('says what was added and updated, with the right plural', () => {
    expect(describeRestore(aPlan('merge', { goals: { add: 1 } }))).toBe('Backup restored: added 1 goal.');
    expect(describeRestore(aPlan('merge', { entries: { add: 2, update: 1 }, feedback: { add: 1 } }))).toBe(
      'Backup restored: added 2 entries and 1 feedback note; updated 1 entry.',
    );
  });

  it('says what Replace removed', () => {
    expect(describeRestore(aPlan('replace', { entries: { add: 1, delete: 2 }, goals: { delete: 1 } }))).toBe(
      'Backup restored: added 1 entry; removed 2 entries and 1 goal that were not in the backup.',
    );
    expect(describeRestore(aPlan('replace', { attachments: { delete: 1 } }))).toBe(
      'Backup restored: removed 1 attachment that was not in the backup.',
    );
  });

  it('says when nothing changed', () => {
    expect(describeRestore(aPlan('merge', { entries: { unchanged: 4 } }))).toBe(
      'Backup restored: this journal already held everything in it, so nothing changed.',
    );
  });
});
