import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES } from '../../lib/attachments/schema';
import { applyImport, exportBackup, readBackup } from '../../lib/backup';
import { EmptyPassphraseError } from '../../lib/crypto';
import { base64ToBytes, bytesToBase64 } from '../../lib/crypto/base64';
import { LanternDB, setDb } from '../../lib/db';
import { seedJournal, snapshot, wipe } from './fixtures/backup-journal';
import { aStoredEntry as anEntry, LOCAL_NOW } from './fixtures/entries';

const NOW = LOCAL_NOW;
let db: LanternDB;

beforeEach(() => {
  db = new LanternDB(`test-${crypto.randomUUID()}`);
  setDb(db);
});

afterEach(async () => {
  await db.delete();
});
describe('a backup protected with a passphrase', () => {
  it('opens only with its passphrase, and then restores exactly', async () => {
    await seedJournal(db);
    const before = await snapshot(db);
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
    await wipe(db);
    await applyImport(result.backup, 'replace');
    expect(await snapshot(db)).toEqual(before);
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
      const before = await snapshot(db);
      const result = await readBackup(text);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.kind).toBe('invalid');
      expect(result.error.message).toContain(message);
      if (where) expect(result.error.where).toBe(where);
      await expect(applyImport(JSON.parse(text), 'replace')).rejects.toThrow(
        `Nothing was imported: ${result.error.message}`,
      );
      expect(await snapshot(db)).toEqual(before);
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
    await seedJournal(db);
    const before = await snapshot(db);
    // Nothing here should ask for a passphrase first: each says what is wrong with or without one.
    expect(await readBackup(text)).toEqual({ ok: false, error: { kind, message } });
    expect(await readBackup(text, 'any passphrase')).toEqual({ ok: false, error: { kind, message } });
    expect(await snapshot(db)).toEqual(before);
  });
});
