import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Assessment } from '../../lib/assessments/schema';
import { addAttachment } from '../../lib/attachments/repository';
import { MAX_ATTACHMENT_BYTES } from '../../lib/attachments/schema';
import { applyImport, BACKUP_TABLE_NAMES, type Backup, exportBackup, readBackup } from '../../lib/backup';
import { EmptyPassphraseError } from '../../lib/crypto';
import { base64ToBytes, bytesToBase64 } from '../../lib/crypto/base64';
import { DEVICE_ONLY_TABLES, LanternDB, setDb } from '../../lib/db';
import type { Entry } from '../../lib/entries/schema';
import { aStoredEntry, LOCAL_NOW } from './fixtures/entries';
import { snapshotTables } from './fixtures/snapshot';

const NOW = LOCAL_NOW;
let db: LanternDB;

const anEntry = aStoredEntry;

/** Every byte value, then a PDF's first line: a file whose base64 uses the whole alphabet. */
const PDF_BYTES = Uint8Array.from([
  ...Array.from({ length: 256 }, (_, i) => i),
  ...new TextEncoder().encode('%PDF-1.7'),
]);
const PNG_BYTES = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);

/** A journal with something in every table and every optional field used somewhere. */
async function seedJournal(): Promise<Entry[]> {
  const entries = [
    anEntry({
      title: 'Handover that went wrong',
      body: '## What happened\n\nWe used **SBAR** — next time earlier. 患者 🩺',
      kind: 'significant-event',
      tags: ['handover'],
      competencies: ['working-with-others'],
      learningPoints: ['Use SBAR'],
      actions: ['Teach SBAR at induction'],
      cpdHours: 1.5,
      starred: true,
      role: 'clinical',
      promptId: 'prompt-1',
      source: { url: 'https://example.org/article', quote: 'Engagement matters.' },
    }),
    anEntry({ title: 'In Trash', deletedAt: NOW - 1000 }),
    anEntry({ kind: 'cpd', title: '', body: '' }),
  ];
  await db.entries.bulkPut(entries);
  const [first] = entries;
  await db.revisions.bulkAdd([
    {
      id: 'rev-1',
      entryId: first?.id ?? '',
      savedAt: NOW - 50_000,
      title: 'Handover',
      body: 'first draft',
      reason: 'session',
    },
    {
      id: 'rev-2',
      entryId: first?.id ?? '',
      savedAt: NOW - 40_000,
      title: 'Handover',
      body: 'second draft',
      reason: 'conflict',
    },
  ]);
  await db.settings.bulkPut([
    { key: 'preferences', value: { theme: 'dark' } },
    { key: 'person', value: { activeFramework: 'mlcf', roles: ['Clinical lead'] } },
  ]);
  await db.assessments.put(
    Assessment.parse({
      id: crypto.randomUUID(),
      frameworkId: 'mlcf',
      takenAt: NOW,
      takenOn: '2026-11-22',
      ratings: { 'working-with-others': 3 },
    }),
  );
  const entryId = first?.id ?? '';
  await addAttachment(
    entryId,
    new File([PDF_BYTES], 'Certificate – SBAR course.pdf', { type: 'application/pdf' }),
    NOW,
  );
  await addAttachment(entryId, new File([PNG_BYTES], 'whiteboard.png', { type: 'image/png' }), NOW + 1);
  return entries;
}

const snapshot = () => snapshotTables(db);

async function wipe(): Promise<void> {
  await Promise.all(BACKUP_TABLE_NAMES.map((name) => db.table(name).clear()));
}

async function read(text: string): Promise<Backup> {
  const result = await readBackup(text);
  if (!result.ok) throw new Error(`Expected a valid backup: ${result.error.message}`);
  return result.backup;
}

beforeEach(() => {
  db = new LanternDB(`test-${crypto.randomUUID()}`);
  setDb(db);
});

afterEach(async () => {
  await db.delete();
});

describe('exporting a backup', () => {
  it('names the file for the local date and counts what it holds', async () => {
    await seedJournal();
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
    await seedJournal();
    const before = await snapshot();
    const { text } = await exportBackup({ now: NOW });
    await wipe();

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
    expect(await snapshot()).toEqual(before);
  });

  it('writes attachments as base64 and brings each file back byte for byte, with its name and type', async () => {
    const [entry] = await seedJournal();
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

describe('a backup protected with a passphrase', () => {
  it('opens only with its passphrase, and then restores exactly', async () => {
    await seedJournal();
    const before = await snapshot();
    const { text } = await exportBackup({ now: NOW, passphrase: 'night shift 2026' });
    expect(JSON.parse(text)).toMatchObject({ format: 'lantern-envelope', kdf: { iterations: 600_000 } });
    expect(text).not.toContain('SBAR');

    expect(await readBackup(text)).toEqual({
      ok: false,
      error: { kind: 'needs-passphrase', message: 'This backup is protected with a passphrase.' },
    });
    expect(await readBackup(text, 'day shift 2026')).toEqual({
      ok: false,
      error: { kind: 'wrong-passphrase', message: "That passphrase doesn't open this file." },
    });
    const result = await readBackup(text, 'night shift 2026');
    expect(result).toMatchObject({ ok: true, encrypted: true });
    if (!result.ok) return;
    await wipe();
    await applyImport(result.backup, 'replace');
    expect(await snapshot()).toEqual(before);
  });

  it('says a changed or cut-short protected file is damaged, not that the passphrase is wrong', async () => {
    const { text } = await exportBackup({ now: NOW, passphrase: 'night shift 2026' });
    const envelope = JSON.parse(text);
    const bytes = base64ToBytes(envelope.data);
    bytes[3] = (bytes[3] ?? 0) ^ 0x10;
    const damaged = { kind: 'damaged', message: 'This file has been changed or is incomplete.' };
    const flipped = JSON.stringify({ ...envelope, data: bytesToBase64(bytes) });
    expect(await readBackup(flipped, 'night shift 2026')).toEqual({ ok: false, error: damaged });
    expect(await readBackup(text.slice(0, -40), 'night shift 2026')).toEqual({ ok: false, error: damaged });
  });

  it('refuses to protect a backup with an empty passphrase', async () => {
    await expect(exportBackup({ passphrase: '' })).rejects.toThrow(EmptyPassphraseError);
  });
});

describe('a file that is not a valid backup', () => {
  const ID = 'f3a29c1b-5d6e-4f70-8a9b-0c1d2e3f4a5b';
  // biome-ignore lint/suspicious/noExplicitAny: each edit reaches into a different part of the parsed file
  type Edit = (file: any) => void;

  /** A valid backup file with one or two entries, then edited. */
  async function editedFile(edit: Edit): Promise<string> {
    // Exported in key order: 'entry-1' comes before ID.
    await db.entries.bulkPut([anEntry({ id: 'entry-1' }), anEntry({ id: ID })]);
    await db.revisions.add({ id: 'rev-1', entryId: ID, savedAt: NOW, title: 't', body: 'b', reason: 'session' });
    await db.attachments.add({
      id: 'scan-1',
      entryId: ID,
      name: 'ECG\nscan.pdf',
      type: 'application/pdf',
      size: 5,
      addedAt: NOW,
      blob: new Blob([new Uint8Array([1, 2, 3, 4, 5])], { type: 'application/pdf' }),
    });
    const file = JSON.parse((await exportBackup({ now: NOW })).text);
    // As a file made before backups carried a digest: each check must hold without one.
    delete file.digest;
    edit(file);
    return JSON.stringify(file);
  }

  it.each<[string, Edit, string, string?]>([
    [
      'an impossible date',
      (f) => (f.tables.entries[1].occurredOn = '2026-02-30'),
      'Entry 2 (id f3a29c1b…) has an invalid date "2026-02-30" in occurredOn.',
      'tables.entries[1].occurredOn',
    ],
    ['a missing body', (f) => delete f.tables.entries[1].body, 'Entry 2 (id f3a29c1b…) is missing body.'],
    [
      'an overlong title',
      (f) => (f.tables.entries[0].title = 'x'.repeat(301)),
      'has title longer than 300 characters.',
    ],
    ['an unknown kind', (f) => (f.tables.entries[1].kind = 'diary'), 'has an unknown value "diary" in kind.'],
    [
      'negative CPD hours',
      (f) => (f.tables.entries[1].cpdHours = -1),
      'Entry 2 (id f3a29c1b…) has the number -1 in cpdHours, below the minimum of 0.',
    ],
    ['tags that are not a list', (f) => (f.tables.entries[1].tags = 'audit'), 'has "audit" in tags instead of a list.'],
    ['a tag that is not text', (f) => (f.tables.entries[1].tags = [7]), 'has the number 7 in tags[0] instead of text.'],
    [
      'a record that is not an object',
      (f) => (f.tables.entries[1] = 42),
      'Entry 2 is the number 42 instead of a record.',
    ],
    [
      'a revision with an unknown reason',
      (f) => (f.tables.revisions[0].reason = 'whim'),
      'Revision 1 (id rev-1) has an unknown value "whim" in reason.',
      'tables.revisions[0].reason',
    ],
    ['no settings list', (f) => delete f.tables.settings, 'The backup is missing tables.settings.', 'tables.settings'],
    [
      'a bad export time',
      (f) => (f.exportedAt = 'yesterday'),
      'The backup has "yesterday" in exportedAt instead of a number.',
    ],
    [
      'two entries with one id',
      (f) => (f.tables.entries[0].id = ID),
      'Entry 2 (id f3a29c1b…) has the same id as entry 1.',
      'tables.entries[1].id',
    ],
    [
      'two problems',
      (f) => Object.assign(f.tables.entries[1], { occurredOn: '', kind: 'x' }),
      'has an unknown value "x" in kind. There is 1 more problem too.',
    ],
    [
      'an attachment whose base64 is not base64',
      (f) => (f.tables.attachments[0].data = 'AQID*AU='),
      'Attachment 1 “ECG scan.pdf” (id scan-1) has damaged file data: it is not valid base64.',
      'tables.attachments[0].data',
    ],
    [
      'an attachment whose base64 is not the one spelling of its bytes',
      // "AQIDBAV=" decodes to the same 5 bytes as "AQIDBAU=", with stray low bits.
      (f) => (f.tables.attachments[0].data = 'AQIDBAV='),
      'Attachment 1 “ECG scan.pdf” (id scan-1) has damaged file data: it is not valid base64.',
      'tables.attachments[0].data',
    ],
    [
      'an attachment cut short',
      (f) => (f.tables.attachments[0].data = 'AQID'),
      'Attachment 1 “ECG scan.pdf” (id scan-1) holds 3 bytes, but its size says 5 bytes.',
      'tables.attachments[0].data',
    ],
    [
      'an attachment whose size does not match its file',
      (f) => (f.tables.attachments[0].size = 6),
      'Attachment 1 “ECG scan.pdf” (id scan-1) holds 5 bytes, but its size says 6 bytes.',
      'tables.attachments[0].data',
    ],
    [
      'an attachment without its file',
      (f) => delete f.tables.attachments[0].data,
      'Attachment 1 “ECG scan.pdf” (id scan-1) is missing data.',
      'tables.attachments[0].data',
    ],
    [
      'an attachment over 20 MB',
      (f) => {
        f.tables.attachments[0].size = MAX_ATTACHMENT_BYTES + 1;
        f.tables.attachments[0].data = bytesToBase64(new Uint8Array(MAX_ATTACHMENT_BYTES + 1));
      },
      'Attachment 1 “ECG scan.pdf” (id scan-1) is 20,971,521 bytes, over the 20 MB Lantern keeps.',
      'tables.attachments[0].size',
    ],
    [
      'an attachment whose file is over 20 MB whatever its size says',
      (f) => (f.tables.attachments[0].data = bytesToBase64(new Uint8Array(MAX_ATTACHMENT_BYTES + 1))),
      'Attachment 1 “ECG scan.pdf” (id scan-1) holds more than the 20 MB Lantern keeps.',
      'tables.attachments[0].data',
    ],
    [
      'an attachment whose text is too long to decode',
      (f) => (f.tables.attachments[0].data = 'A'.repeat((Math.ceil(MAX_ATTACHMENT_BYTES / 3) + 1) * 4)),
      'Attachment 1 “ECG scan.pdf” (id scan-1) holds more than the 20 MB Lantern keeps.',
      'tables.attachments[0].data',
    ],
    [
      'two attachments with one id',
      (f) => f.tables.attachments.push({ ...f.tables.attachments[0], name: 'copy.pdf' }),
      'Attachment 2 “copy.pdf” (id scan-1) has the same id as attachment 1.',
      'tables.attachments[1].id',
    ],
  ])(
    'names the record and field for %s, and writes nothing',
    async (_, edit, message, where) => {
      const text = await editedFile(edit);
      const before = await snapshot();
      const result = await readBackup(text);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.kind).toBe('invalid');
      expect(result.error.message).toContain(message);
      if (where) expect(result.error.where).toBe(where);
      await expect(applyImport(JSON.parse(text), 'replace')).rejects.toThrow(
        `Nothing was imported: ${result.error.message}`,
      );
      expect(await snapshot()).toEqual(before);
    },
    // The 20 MB cases build, parse and decode a 28 MB file: about a second each, more on a busy machine.
    20_000,
  );

  it.each<[string, string, string, string]>([
    ['plain text', 'Dear Dr Smith, …', 'not-backup', 'This is not a Lantern backup file.'],
    ['an empty file', '', 'not-backup', 'This is not a Lantern backup file.'],
    ['some other JSON', '{"name":"report","rows":[]}', 'not-backup', 'This is not a Lantern backup file.'],
    ['a JSON list', '[1, 2, 3]', 'not-backup', 'This is not a Lantern backup file.'],
    [
      'a cut-short backup',
      '{\n  "format": "lantern-backup",\n  "version": 1,\n  "exp',
      'damaged',
      'This file has been changed or is incomplete.',
    ],
    [
      'a newer backup format',
      '{"format":"lantern-backup","version":2,"whatever":[]}',
      'newer-version',
      'This backup was made by a newer version of Lantern. Update Lantern to open it.',
    ],
    [
      'a newer database',
      '{"format":"lantern-backup","version":1,"app":{"name":"Lantern","schemaVersion":99}}',
      'newer-version',
      'This backup was made by a newer version of Lantern. Update Lantern to open it.',
    ],
    [
      'an envelope from a newer Lantern',
      '{"format":"lantern-envelope","version":9}',
      'newer-version',
      'This file was made by a newer version of Lantern. Update Lantern to open it.',
    ],
    [
      'a damaged protected backup',
      '{"format":"lantern-envelope","version":1,"kdf":{}}',
      'damaged',
      'This file has been changed or is incomplete.',
    ],
  ])('explains %s', async (_, text, kind, message) => {
    await seedJournal();
    const before = await snapshot();
    // Nothing here should ask for a passphrase first: each says what is wrong with or without one.
    expect(await readBackup(text)).toEqual({ ok: false, error: { kind, message } });
    expect(await readBackup(text, 'any passphrase')).toEqual({ ok: false, error: { kind, message } });
    expect(await snapshot()).toEqual(before);
  });
});
