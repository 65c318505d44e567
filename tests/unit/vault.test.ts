import Dexie from 'dexie';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAttachments } from '../../lib/attachments/repository';
import { applyImport, exportBackup, readBackup } from '../../lib/backup';
import { LanternDB, setDb } from '../../lib/db';
import {
  CLEAR_FIELDS,
  changePassphrase,
  eraseJournal,
  finishResealing,
  JournalLockedError,
  loadVault,
  lockJournal,
  PassphraseChoiceError,
  readVault,
  removePassphrase,
  SEALED_TABLES,
  setPassphrase,
  unlockJournal,
  WrongJournalPassphraseError,
} from '../../lib/vault';
import { aStoredEntry, LOCAL_NOW } from './fixtures/entries';
import { bytesOf, PHOTO, rawRecords, rawText, seed } from './fixtures/vault-journal';

/** Real passphrases get 600,000 PBKDF2 rounds; these tests need only the same code path. */
const FAST = { iterations: 1000 };
const NOW = LOCAL_NOW;
const SECRET = 'Mrs Example on Ward 7 — a private reflection';

let db: LanternDB;

const anEntry = aStoredEntry;

beforeEach(() => {
  db = new LanternDB(`test-${crypto.randomUUID()}`);
  setDb(db);
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('the lockable journal', () => {
  it('starts without a passphrase: records are stored as written', async () => {
    await seed(db, SECRET);
    expect(await rawText(db)).toContain(SECRET);
    expect(await readVault(db)).toBeUndefined();
  });

  it('seals every record holding the doctor’s words when a passphrase is set', async () => {
    const entry = await seed(db, SECRET);
    const before = await db.entries.get(entry.id);
    await setPassphrase(db, 'correct horse battery', FAST);
    expect(await rawText(db)).not.toContain('Mrs Example');
    // Unlocked, the app reads exactly what it wrote, files included.
    expect(await db.entries.get(entry.id)).toEqual(before);
    const [file] = await listAttachments(entry.id);
    expect(file?.name).toBe(`photo ${SECRET}.png`);
    expect(file?.blob.type).toBe('image/png');
    expect(await bytesOf(file?.blob as Blob)).toEqual([...PHOTO]);
    expect((await readVault(db))?.resealing).toBe(false);
  });

  it('keeps only ids, dates, kinds, competency ids and timestamps in the clear', async () => {
    await seed(db, SECRET);
    await setPassphrase(db, 'correct horse battery', FAST);
    const raw = await rawRecords(db);
    for (const name of SEALED_TABLES) {
      for (const record of raw[name] ?? []) {
        const fields = Object.keys(record as object).filter((field) => !field.startsWith('_'));
        expect(fields.every((field) => CLEAR_FIELDS[name]?.includes(field))).toBe(true);
      }
    }
    const [entry] = raw.entries as Record<string, unknown>[];
    expect(entry?.kind).toBe('reflection');
    expect(entry?.competencies).toEqual(['working-with-others']);
  });

  it('encrypts what is written after the passphrase is set, and indexes still work', async () => {
    await setPassphrase(db, 'correct horse battery', FAST);
    const entry = await seed(db, SECRET);
    expect(await rawText(db)).not.toContain('Mrs Example');
    const newest = await db.entries.orderBy('[occurredOn+createdAt]').reverse().first();
    expect(newest?.title).toBe(`Title ${SECRET}`);
    expect(await db.entries.where('competencies').equals('working-with-others').count()).toBe(1);
    await db.entries.update(entry.id, { title: 'Renamed' });
    expect((await db.entries.get(entry.id))?.body).toBe(`Body ${SECRET}`);
    await db.entries.where('id').equals(entry.id).modify({ starred: true });
    expect((await db.entries.get(entry.id))?.starred).toBe(true);
  });

  it('locked, nothing can be read or written, and unlocking with the passphrase brings it all back', async () => {
    const entry = await seed(db, SECRET);
    await setPassphrase(db, 'correct horse battery', FAST);
    lockJournal(db);
    await expect(db.entries.get(entry.id)).rejects.toBeInstanceOf(JournalLockedError);
    await expect(db.entries.toArray()).rejects.toBeInstanceOf(JournalLockedError);
    await expect(db.entries.put(anEntry({ title: 'while locked' }))).rejects.toBeInstanceOf(JournalLockedError);
    // Counting reads no text: the status bar may still say how many entries there are.
    expect(await db.entries.count()).toBe(1);
    await expect(unlockJournal(db, 'wrong horse battery')).rejects.toBeInstanceOf(WrongJournalPassphraseError);
    await unlockJournal(db, 'correct horse battery');
    expect((await db.entries.get(entry.id))?.title).toBe(`Title ${SECRET}`);
  });

  it('a page opened later starts locked', async () => {
    await seed(db, SECRET);
    await setPassphrase(db, 'correct horse battery', FAST);
    const later = new LanternDB(db.name);
    setDb(later);
    expect(await loadVault(later)).toBeDefined();
    await expect(later.entries.toArray()).rejects.toBeInstanceOf(JournalLockedError);
    await unlockJournal(later, 'correct horse battery');
    expect(await later.entries.count()).toBe(1);
    expect((await later.entries.toArray())[0]?.body).toBe(`Body ${SECRET}`);
    later.close();
    setDb(db);
  });

  it('refuses a short passphrase and a second Set Passphrase, changing nothing', async () => {
    await seed(db, SECRET);
    await expect(setPassphrase(db, 'short', FAST)).rejects.toBeInstanceOf(PassphraseChoiceError);
    expect(await rawText(db)).toContain(SECRET);
    await setPassphrase(db, 'correct horse battery', FAST);
    await expect(setPassphrase(db, 'another good phrase', FAST)).rejects.toThrow(/already has a passphrase/);
    await unlockJournal(db, 'correct horse battery');
  });

  it('changing the passphrase re-seals everything with a new key; the old passphrase stops working', async () => {
    const entry = await seed(db, SECRET);
    await setPassphrase(db, 'correct horse battery', FAST);
    const keyBefore = (await readVault(db))?.writeKeyId;
    await expect(changePassphrase(db, 'not it at all', 'new phrase for 2027', FAST)).rejects.toBeInstanceOf(
      WrongJournalPassphraseError,
    );
    await changePassphrase(db, 'correct horse battery', 'new phrase for 2027', FAST);
    const vault = await readVault(db);
    expect(vault?.keys.map((key) => key.id)).toEqual([vault?.writeKeyId]);
    expect(vault?.writeKeyId).not.toBe(keyBefore);
    const raw = await rawRecords(db);
    for (const name of SEALED_TABLES)
      for (const record of raw[name] ?? []) expect((record as { _key: string })._key).toBe(vault?.writeKeyId);
    lockJournal(db);
    await expect(unlockJournal(db, 'correct horse battery')).rejects.toBeInstanceOf(WrongJournalPassphraseError);
    await unlockJournal(db, 'new phrase for 2027');
    expect((await db.entries.get(entry.id))?.title).toBe(`Title ${SECRET}`);
  });

  // 450 records written, sealed and re-sealed: seconds on a busy machine running the whole suite.
  it('a change interrupted part way leaves every record readable and resumes on the next unlock', async () => {
    for (let i = 0; i < 450; i++) await db.entries.put(anEntry({ title: `Entry ${i} ${SECRET}` }));
    await setPassphrase(db, 'correct horse battery', FAST);
    // The page closes (locks) after the second batch of records has been re-sealed.
    await changePassphrase(db, 'correct horse battery', 'new phrase for 2027', {
      ...FAST,
      onProgress: (done) => {
        if (done >= 400) lockJournal(db);
      },
    });
    const vault = await readVault(db);
    expect(vault?.resealing).toBe(true);
    expect(vault?.keys).toHaveLength(2);
    const kinds = new Set((await rawRecords(db)).entries?.map((record) => (record as { _key: string })._key));
    expect(kinds.size).toBe(2);
    // Only the new passphrase opens it now, and it reads every record, old key or new.
    await expect(unlockJournal(db, 'correct horse battery')).rejects.toBeInstanceOf(WrongJournalPassphraseError);
    const unlocked = await unlockJournal(db, 'new phrase for 2027');
    expect(await db.entries.count()).toBe(450);
    expect((await db.entries.toArray()).every((entry) => entry.title.endsWith(SECRET))).toBe(true);
    expect(unlocked?.resealing).toBe(true);
    await finishResealing(db);
    const finished = await readVault(db);
    expect(finished?.resealing).toBe(false);
    expect(finished?.keys).toHaveLength(1);
    expect(await rawText(db)).not.toContain('Mrs Example');
  }, 30_000);

  it('removing the passphrase puts every record back in the clear', async () => {
    const entry = await seed(db, SECRET);
    await setPassphrase(db, 'correct horse battery', FAST);
    await expect(removePassphrase(db, 'nope nope nope')).rejects.toBeInstanceOf(WrongJournalPassphraseError);
    await removePassphrase(db, 'correct horse battery');
    expect(await readVault(db)).toBeUndefined();
    expect(db.keyring.enabled).toBe(false);
    expect(await rawText(db)).toContain(SECRET);
    const [file] = await listAttachments(entry.id);
    expect(await bytesOf(file?.blob as Blob)).toEqual([...PHOTO]);
  });

  it('backups hold the journal opened, never the passphrase, and restoring keeps this browser’s passphrase', async () => {
    const entry = await seed(db, SECRET);
    await setPassphrase(db, 'correct horse battery', FAST);
    const { text } = await exportBackup({ now: NOW });
    expect(text).toContain('Mrs Example');
    expect(text).not.toContain('"vault"');
    const read = await readBackup(text);
    if (!read.ok) throw new Error(read.error.message);
    await applyImport(read.backup, 'replace');
    expect(await readVault(db)).toBeDefined();
    expect(await rawText(db)).not.toContain('Mrs Example');
    const [file] = await listAttachments(entry.id);
    expect(await bytesOf(file?.blob as Blob)).toEqual([...PHOTO]);
    lockJournal(db);
    await unlockJournal(db, 'correct horse battery');
    expect((await db.entries.get(entry.id))?.body).toBe(`Body ${SECRET}`);
  });

  it('erasing a journal whose passphrase is forgotten leaves it empty, without a passphrase, preferences kept', async () => {
    await seed(db, SECRET);
    await db.settings.put({ key: 'preferences', value: { theme: 'dark' } });
    await setPassphrase(db, 'correct horse battery', FAST);
    lockJournal(db);
    await eraseJournal(db);
    expect(await readVault(db)).toBeUndefined();
    for (const name of SEALED_TABLES) expect(await db.table(name).count()).toBe(0);
    expect((await db.settings.get('preferences'))?.value).toEqual({ theme: 'dark' });
    await db.entries.put(anEntry({ title: 'A fresh start' }));
    expect(await rawText(db)).toContain('A fresh start');
  });

  it('property: with the journal locked, no stored record holds any of the user’s text', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.string({ minLength: 12, maxLength: 40 }).filter((text) => text.trim().length >= 12),
          {
            minLength: 1,
            maxLength: 4,
          },
        ),
        fc.boolean(),
        async (texts, setFirst) => {
          await Promise.all(SEALED_TABLES.map((name) => db.table(name).clear()));
          await db.settings.clear();
          db.keyring.forget();
          db.keyring.enabled = false;
          if (setFirst) await setPassphrase(db, 'correct horse battery', FAST);
          for (const text of texts) await seed(db, text);
          if (!setFirst) await setPassphrase(db, 'correct horse battery', FAST);
          lockJournal(db);
          const stored = await rawText(db);
          for (const text of texts) expect(stored.includes(text)).toBe(false);
        },
      ),
      { numRuns: 15 },
    );
  });
});
