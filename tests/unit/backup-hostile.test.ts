import { describe, expect, it } from 'vitest';
import { applyImport, type Backup, exportBackup, readBackup } from '../../lib/backup';
import { MAX_NESTING } from '../../lib/backup/bounds';
import { encryptTextWithIterations, setIterationFloorForTests } from '../../lib/crypto/testing';
import { formatInstantDate } from '../../lib/dates';
import { Entry } from '../../lib/entries/schema';
import { VaultRecord } from '../../lib/vault/schema';
import { freshDbPerTest } from './fixtures/db';
import { snapshotTables } from './fixtures/snapshot';

/*
 * A backup file can come from anywhere: someone may hand the doctor a file made to break Lantern.
 * Whatever it holds, it is refused with a plain message and the journal stays exactly as it was.
 */

// The real clock's now: the import checks a file again against Date.now(), so a fixed date would make a time
// "next week" stop being ahead of it once that week had come.
const NOW = Date.now();
const testDb = freshDbPerTest();

// biome-ignore lint/suspicious/noExplicitAny: each edit reaches into a different part of the parsed file
type File = Record<string, any>;

async function exportedFile(): Promise<File> {
  await testDb().entries.put(
    Entry.parse({
      id: 'ward',
      title: 'Ward round',
      body: 'Led the round.',
      occurredOn: '2026-12-01',
      createdAt: NOW - 1000,
      updatedAt: NOW - 1000,
    }),
  );
  await testDb().settings.put({ key: 'preferences', value: { theme: 'dark' } });
  return JSON.parse((await exportBackup({ now: NOW })).text);
}

/** A file edited by hand: its digest removed, as in a file made before backups had one. */
async function editedFile(edit: (file: File) => void): Promise<string> {
  const file = await exportedFile();
  delete file.digest;
  edit(file);
  return JSON.stringify(file);
}

/** Reads the file, then hands it straight to the import too: both refuse it and nothing changes. */
async function expectRefused(text: string, message: string | RegExp): Promise<string> {
  const before = await snapshotTables(testDb());
  const result = await readBackup(text, undefined, NOW);
  expect(result.ok).toBe(false);
  if (result.ok) return '';
  expect(result.error.message).toMatch(message);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    raw = undefined;
  }
  if (raw !== undefined && result.error.where !== 'digest') {
    await expect(applyImport(raw as Backup, 'replace')).rejects.toThrow(/^Nothing was imported: /);
  }
  expect(await snapshotTables(testDb())).toEqual(before);
  return result.error.message;
}

function nested(depth: number): unknown {
  let value: unknown = 'deep';
  for (let i = 0; i < depth; i += 1) value = [value];
  return value;
}

describe('a backup holding values nested or sized beyond anything Lantern writes', () => {
  it('refuses a value nested 100,000 deep in plain words, where the import used to throw a RangeError', async () => {
    // Written as text: JSON.stringify itself cannot go that deep.
    const deep = `${'['.repeat(100_000)}"deep"${']'.repeat(100_000)}`;
    const text = (await editedFile((file) => (file.tables.settings[0].value.roles = 'DEEP'))).replace('"DEEP"', deep);
    const message = await expectRefused(text, /^Setting 1 \(key preferences\) holds values nested more than 32 levels/);
    expect(message).not.toMatch(/RangeError|stack/i);
  });

  it(`accepts nesting up to ${MAX_NESTING} levels, the bound, and refuses one more`, async () => {
    const ok = await editedFile((file) => {
      file.tables.entries[0].deep = nested(MAX_NESTING - 5);
    });
    expect((await readBackup(ok, undefined, NOW)).ok).toBe(true);
    const tooDeep = await editedFile((file) => {
      file.tables.entries[0].deep = nested(MAX_NESTING - 3);
    });
    await expectRefused(tooDeep, /^Entry 1 \(id ward\) holds values nested more than 32 levels deep in deep\./);
  });

  it('refuses a text of more than a million characters anywhere outside an attachment', async () => {
    const text = await editedFile((file) => {
      file.tables.entries[0].title = 'x'.repeat(1_000_001);
    });
    await expectRefused(text, 'Entry 1 (id ward) has 1,000,001 characters in title, more than the 1,000,000');
  });
});

describe('settings in a backup', () => {
  it('refuses a setting Lantern does not keep, naming it', async () => {
    const text = await editedFile((file) => file.tables.settings.push({ key: 'homepage', value: 'https://x' }));
    await expectRefused(text, 'Setting 2 (key homepage) is not a setting this version of Lantern keeps.');
  });

  it('refuses a prototype key inside a setting’s value, so it is never stored or exported again', async () => {
    const text = (await editedFile(() => undefined)).replace(
      '"value":{"theme":"dark"}',
      '"value":{"theme":"dark","__proto__":{"isAdmin":true}}',
    );
    await expectRefused(text, 'Setting 1 (key preferences) has a field named “__proto__” in value.');
  });

  it('refuses a preference Lantern does not have, or one with a value it cannot use', async () => {
    await expectRefused(
      await editedFile((file) => (file.tables.settings[0].value.colour = 'pink')),
      'Setting 1 (key preferences) has an invalid value "pink" in value.colour.',
    );
    await expectRefused(
      await editedFile((file) => (file.tables.settings[0].value.theme = 'neon')),
      'Setting 1 (key preferences) has an invalid value "neon" in value.theme.',
    );
  });
});

describe('times in the future', () => {
  it('refuses an entry saved years ahead, naming it, as it would win every later merge', async () => {
    const text = await editedFile((file) => (file.tables.entries[0].updatedAt = Date.UTC(2031, 2, 3, 12)));
    await expectRefused(text, /^Entry “Ward round” was saved on 3 Mar 2031, which is in the future\./);
  });

  it('accepts a time less than a day ahead (a clock a little fast), and refuses a backup made next week', async () => {
    const slightly = await editedFile((file) => (file.tables.entries[0].updatedAt = NOW + 23 * 60 * 60 * 1000));
    expect((await readBackup(slightly, undefined, NOW)).ok).toBe(true);
    const weekAhead = NOW + 7 * 24 * 60 * 60 * 1000;
    const nextWeek = await editedFile((file) => (file.exportedAt = weekAhead));
    const message = await expectRefused(nextWeek, /, which is in the future\./);
    expect(message).toContain(`made on ${formatInstantDate(weekAhead)},`);
    expect(formatInstantDate(weekAhead)).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}$/);
  });
});

describe('the digest of an unprotected backup', () => {
  it('is written with every backup, and a changed character is reported as damage', async () => {
    const file = await exportedFile();
    expect(file.digest).toMatchObject({ algorithm: 'SHA-256', value: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const text = JSON.stringify(file, null, 2);
    expect((await readBackup(text, undefined, NOW)).ok).toBe(true);
    const result = await readBackup(text.replace('Led the round.', 'Led the round!'), undefined, NOW);
    expect(result).toMatchObject({ ok: false, error: { kind: 'damaged', where: 'digest' } });
    if (!result.ok)
      expect(result.error.message).toMatch(/^This backup has been changed or damaged since Lantern made it/);
  });

  it('is not needed to import a file made before backups carried one', async () => {
    const text = await editedFile(() => undefined);
    const result = await readBackup(text, undefined, NOW);
    expect(result.ok).toBe(true);
  });
});

describe('the passphrase stretching a protected file asks for', () => {
  it.each([
    [50_000, 'stretched 50,000 times'],
    [20_000_000, 'stretched 20,000,000 times'],
  ])('refuses %i iterations, saying why, before asking for anything else', async (iterations, words) => {
    const envelope = await encryptTextWithIterations(JSON.stringify(await exportedFile()), 'correct horse', 1000);
    const text = JSON.stringify({ ...envelope, kdf: { ...envelope.kdf, iterations } });
    const result = await readBackup(text, 'correct horse', NOW);
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid' } });
    if (!result.ok) {
      expect(result.error.message).toContain(words);
      expect(result.error.message).toContain('Lantern accepts 100,000 to 5,000,000');
    }
  });

  it('holds the journal’s own passphrase record to the same floor', () => {
    const record = {
      version: 1,
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 1000, salt: 'AAAAAAAAAAAAAAAAAAAAAA==' },
      check: { iv: 'AAAA', data: 'AAAA' },
      keys: [{ id: 'k', wrapped: { iv: 'AAAA', data: 'AAAA' } }],
      writeKeyId: 'k',
      resealing: false,
      changedAt: NOW,
    };
    setIterationFloorForTests();
    try {
      expect(VaultRecord.safeParse(record).success).toBe(false);
      expect(VaultRecord.safeParse({ ...record, kdf: { ...record.kdf, iterations: 600_000 } }).success).toBe(true);
      expect(VaultRecord.safeParse({ ...record, kdf: { ...record.kdf, iterations: 5_000_001 } }).success).toBe(false);
    } finally {
      setIterationFloorForTests(1);
    }
  });
});
