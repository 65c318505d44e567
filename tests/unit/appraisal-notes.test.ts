import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  appraisalNotesFor,
  includeWellbeingInExports,
  saveAppraisalNote,
  wellbeingFor,
} from '../../lib/appraisal-notes/repository';
import { applyImport, exportBackup, readBackup } from '../../lib/backup';
import { SYNCED_TABLES, schemaFor } from '../../lib/sync/tables';
import { lockJournal, setPassphrase, unlockJournal } from '../../lib/vault';
import { freshDbPerTest } from './fixtures/db';

const db = freshDbPerTest();
const YEAR = '2026-03-31';
const NEXT_YEAR = '2027-03-31';
const WORDS = 'The audit of Quokkaville handovers changed how I run the morning huddle.';
const PASSPHRASE = 'correct horse battery';

describe('the doctor’s reflections on the appraisal summary', () => {
  it('are kept per appraisal year and section, the latest words winning', async () => {
    await saveAppraisalNote(YEAR, 'quality-improvement', 'First thoughts', 1000);
    await saveAppraisalNote(YEAR, 'quality-improvement', WORDS, 2000);
    await saveAppraisalNote(YEAR, 'cpd', 'Too little on leadership this year.', 2000);
    await saveAppraisalNote(NEXT_YEAR, 'cpd', 'Better balanced.', 3000);

    expect(await appraisalNotesFor(YEAR)).toEqual({
      'quality-improvement': WORDS,
      cpd: 'Too little on leadership this year.',
    });
    expect(await appraisalNotesFor(NEXT_YEAR)).toEqual({ cpd: 'Better balanced.' });
  });

  it('a cleared reflection no longer shows', async () => {
    await saveAppraisalNote(YEAR, 'cpd', 'Something', 1000);
    await saveAppraisalNote(YEAR, 'cpd', '', 2000);
    expect(await appraisalNotesFor(YEAR)).toEqual({});
  });

  it('one too long is refused with a clear message, and the saved one stays', async () => {
    await saveAppraisalNote(YEAR, 'cpd', WORDS);
    await expect(saveAppraisalNote(YEAR, 'cpd', 'x'.repeat(20_001))).rejects.toThrow(/up to 20,000 characters/);
    expect(await appraisalNotesFor(YEAR)).toEqual({ cpd: WORDS });
  });

  it('are sealed with a passphrase, readable only once unlocked', async () => {
    await saveAppraisalNote(YEAR, 'quality-improvement', WORDS);
    await setPassphrase(db(), PASSPHRASE, { iterations: 1000 });

    const raw = new Dexie(db().name);
    await raw.open();
    const stored = await raw.table('appraisalNotes').toArray();
    raw.close();
    expect(JSON.stringify(stored)).not.toContain('Quokkaville');
    expect(stored[0]).toMatchObject({ id: `${YEAR}:quality-improvement`, periodEnd: YEAR });

    lockJournal(db());
    await expect(appraisalNotesFor(YEAR)).rejects.toThrow();
    await unlockJournal(db(), PASSPHRASE);
    expect(await appraisalNotesFor(YEAR)).toEqual({ 'quality-improvement': WORDS });
  });

  it('travel in a backup and come back from it', async () => {
    await saveAppraisalNote(YEAR, 'achievements', WORDS);
    const { text, counts } = await exportBackup();
    expect(counts.appraisalNotes).toBe(1);

    await db().appraisalNotes.clear();
    const read = await readBackup(text);
    if (!read.ok) throw new Error(read.error.message);
    await applyImport(read.backup, 'merge');
    expect(await appraisalNotesFor(YEAR)).toEqual({ achievements: WORDS });
  });

  it('sync, checked against their own schema', () => {
    expect(SYNCED_TABLES).toContain('appraisalNotes');
    expect(
      schemaFor('appraisalNotes').safeParse({ id: 'x', periodEnd: 'soon', sectionId: 'cpd', text: '' }).success,
    ).toBe(false);
  });
});

describe('the health and wellbeing reflection and the choice to include it', () => {
  const FEELING = 'Sleeping badly since the rota changed; talking to occupational health helped.';

  it('is private by default, and the choice is kept per appraisal year', async () => {
    await saveAppraisalNote(YEAR, 'health-wellbeing', FEELING, 1000);
    expect(await wellbeingFor(YEAR)).toEqual({ text: FEELING, includeInExports: false });

    await includeWellbeingInExports(YEAR, true, 2000);
    expect(await wellbeingFor(YEAR)).toEqual({ text: FEELING, includeInExports: true });
    expect(await wellbeingFor(NEXT_YEAR)).toEqual({ text: '', includeInExports: false });
  });

  it('keeps the choice when the words change, and the words when the choice changes', async () => {
    await includeWellbeingInExports(YEAR, true, 1000);
    await saveAppraisalNote(YEAR, 'health-wellbeing', FEELING, 2000);
    expect(await wellbeingFor(YEAR)).toEqual({ text: FEELING, includeInExports: true });
    await includeWellbeingInExports(YEAR, false, 3000);
    expect(await wellbeingFor(YEAR)).toEqual({ text: FEELING, includeInExports: false });
  });

  it('seals the choice with the words when the journal has a passphrase', async () => {
    await saveAppraisalNote(YEAR, 'health-wellbeing', FEELING);
    await includeWellbeingInExports(YEAR, true);
    await setPassphrase(db(), PASSPHRASE, { iterations: 1000 });

    const raw = new Dexie(db().name);
    await raw.open();
    const stored = await raw.table('appraisalNotes').toArray();
    raw.close();
    expect(JSON.stringify(stored)).not.toContain('includeInExports');
    expect(JSON.stringify(stored)).not.toContain('rota');
    expect(await wellbeingFor(YEAR)).toEqual({ text: FEELING, includeInExports: true });
  });
});
