import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyImport, BACKUP_TABLE_NAMES, exportBackup, readBackup } from '../../lib/backup';
import { bytesToBase64 } from '../../lib/crypto/base64';
import { DEVICE_ONLY_TABLES, LanternDB, setDb } from '../../lib/db';
import { PDF_BYTES, PNG_BYTES, read, seedJournal, snapshot, wipe } from './fixtures/backup-journal';
import { LOCAL_NOW } from './fixtures/entries';

const NOW = LOCAL_NOW;
let db: LanternDB;

beforeEach(() => {
  db = new LanternDB(`test-${crypto.randomUUID()}`);
  setDb(db);
});

afterEach(async () => {
  await db.delete();
});
describe('exporting a backup', () => {
  it('names the file for the local date and counts what it holds', async () => {
    await seedJournal(db);
    const { filename, text, counts } = await exportBackup({ now: NOW });
    expect(filename).toBe('lantern-backup-2026-11-22.json');
    expect(counts).toEqual({
      entries: 3,
      revisions: 2,
      settings: 2,
      assessments: 1,
      goals: 0,
      attachments: 2,
      mentees: 0,
      mentorComments: 0,
      suggestedGoals: 0,
      feedback: 0,
      appraisalNotes: 0,
    });
    expect(JSON.parse(text)).toMatchObject({
      format: 'lantern-backup',
      version: 1,
      exportedAt: NOW,
      app: { name: 'Lantern', schemaVersion: db.verno },
    });
  });

  it('exports an empty journal as a valid backup', async () => {
    const result = await readBackup((await exportBackup({ now: NOW })).text);
    expect(result).toMatchObject({
      ok: true,
      counts: {
        entries: 0,
        revisions: 0,
        settings: 0,
        assessments: 0,
        goals: 0,
        attachments: 0,
        mentees: 0,
        mentorComments: 0,
        suggestedGoals: 0,
        feedback: 0,
        appraisalNotes: 0,
      },
      encrypted: false,
    });
  });
});

describe('restoring a backup', () => {
  it('covers every table in the database, so a new table cannot be left out of backups', () => {
    expect(db.tables.map((table) => table.name).sort()).toEqual([...BACKUP_TABLE_NAMES, ...DEVICE_ONLY_TABLES].sort());
  });

  it.each(['replace', 'merge'] as const)('brings back an emptied journal exactly as it was (%s)', async (mode) => {
    await seedJournal(db);
    const before = await snapshot(db);
    const { text } = await exportBackup({ now: NOW });
    await wipe(db);

    const result = await readBackup(text);
    expect(result).toMatchObject({
      ok: true,
      counts: {
        entries: 3,
        revisions: 2,
        settings: 2,
        assessments: 1,
        goals: 0,
        attachments: 2,
        mentees: 0,
        mentorComments: 0,
        suggestedGoals: 0,
        feedback: 0,
        appraisalNotes: 0,
      },
      encrypted: false,
    });
    await applyImport(await read(text), mode);
    expect(await snapshot(db)).toEqual(before);
  });

  it('writes attachments as base64 and brings each file back byte for byte, with its name and type', async () => {
    const [entry] = await seedJournal(db);
    const { text } = await exportBackup({ now: NOW });
    const written: Record<string, unknown>[] = JSON.parse(text).tables.attachments;
    expect(written.sort((a, b) => Number(a.addedAt) - Number(b.addedAt))).toEqual([
      expect.objectContaining({ name: 'Certificate – SBAR course.pdf', data: bytesToBase64(PDF_BYTES) }),
      expect.objectContaining({ name: 'whiteboard.png', data: bytesToBase64(PNG_BYTES) }),
    ]);
    for (const attachment of written) expect(attachment).not.toHaveProperty('blob');
    await db.delete();
    db = new LanternDB(`test-${crypto.randomUUID()}`);
    setDb(db);

    await applyImport(await read(text), 'replace');
    const restored = await db.attachments.orderBy('addedAt').toArray();
    expect(restored.map(({ blob, ...details }) => details)).toEqual([
      {
        id: expect.any(String),
        entryId: entry?.id,
        name: 'Certificate – SBAR course.pdf',
        type: 'application/pdf',
        size: PDF_BYTES.length,
        addedAt: NOW,
      },
      {
        id: expect.any(String),
        entryId: entry?.id,
        name: 'whiteboard.png',
        type: 'image/png',
        size: PNG_BYTES.length,
        addedAt: NOW + 1,
      },
    ]);
    const [pdf, png] = restored;
    expect(pdf?.blob.type).toBe('application/pdf');
    expect(png?.blob.type).toBe('image/png');
    expect(new Uint8Array((await pdf?.blob.arrayBuffer()) ?? [])).toEqual(PDF_BYTES);
    expect(new Uint8Array((await png?.blob.arrayBuffer()) ?? [])).toEqual(PNG_BYTES);
  });
});
