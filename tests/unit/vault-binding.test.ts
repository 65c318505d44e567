import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { addAttachment, listAttachments } from '../../lib/attachments/repository';
import type { Entry } from '../../lib/entries/schema';
import {
  CLEAR_FIELDS,
  finishResealing,
  isBound,
  KEY_FIELDS,
  loadVault,
  lockJournal,
  needsResealing,
  readVault,
  SEALED_TABLES,
  setPassphrase,
  UnreadableRecordError,
  unlockJournal,
  VAULT_VERSION,
} from '../../lib/vault';
import { freshDbPerTest } from './fixtures/db';
import { aStoredEntry } from './fixtures/entries';
import { openAsVersion5, sealAsVersion5, version5Vault } from './fixtures/version5';

const db = freshDbPerTest();
const FAST = { iterations: 1000 };
const PASSPHRASE = 'correct horse battery';

type Raw = Record<string, unknown>;

/** Reads and writes IndexedDB as someone with the profile's files could: below Lantern's sealing. */
async function tamper(change: (raw: Dexie) => Promise<unknown>): Promise<void> {
  const raw = new Dexie(db().name);
  await raw.open();
  try {
    await change(raw);
  } finally {
    raw.close();
  }
}

async function rawRecord(table: string, key: string): Promise<Raw> {
  let record: Raw | undefined;
  await tamper(async (raw) => {
    record = await raw.table(table).get(key);
  });
  if (!record) throw new Error(`No ${table} record ${key}`);
  return record;
}

const sealedPart = ({ _sealed, _key, _v, _files }: Raw): Raw => ({ _sealed, _key, _v, _files });

async function twoSealedEntries(): Promise<[Entry, Entry]> {
  const ward = aStoredEntry({ title: 'Ward round', body: 'Mrs Example, bed 4.' });
  const clinic = aStoredEntry({ title: 'Clinic', body: 'Ran late again.' });
  await db().entries.bulkPut([ward, clinic]);
  await setPassphrase(db(), PASSPHRASE, FAST);
  return [ward, clinic];
}

describe('sealed records bound to their table and id', () => {
  it('refuses two entries whose sealed text was swapped between their ids', async () => {
    const [ward, clinic] = await twoSealedEntries();
    const [a, b] = [await rawRecord('entries', ward.id), await rawRecord('entries', clinic.id)];
    await tamper((raw) =>
      raw.table('entries').bulkPut([
        { ...a, ...sealedPart(b) },
        { ...b, ...sealedPart(a) },
      ]),
    );

    await expect(db().entries.get(ward.id)).rejects.toBeInstanceOf(UnreadableRecordError);
    await expect(db().entries.get(clinic.id)).rejects.toBeInstanceOf(UnreadableRecordError);
  });

  it('refuses a sealed record copied into another table under the same id', async () => {
    const [ward] = await twoSealedEntries();
    await db().goals.put({ id: ward.id, title: 'Teach SBAR', createdAt: 1, updatedAt: 1 } as never);
    const entry = await rawRecord('entries', ward.id);
    const goal = await rawRecord('goals', ward.id);
    await tamper((raw) => raw.table('goals').put({ ...goal, ...sealedPart(entry) }));
    await expect(db().goals.get(ward.id)).rejects.toBeInstanceOf(UnreadableRecordError);
  });

  it('refuses a file swapped between two attachments', async () => {
    const [ward] = await twoSealedEntries();
    const first = await addAttachment(ward.id, new File(['first file'], 'one.txt', { type: 'text/plain' }), 1);
    const second = await addAttachment(ward.id, new File(['second file'], 'two.txt', { type: 'text/plain' }), 2);
    const [a, b] = [await rawRecord('attachments', first.id), await rawRecord('attachments', second.id)];
    await tamper((raw) => raw.table('attachments').put({ ...a, _files: b._files }));
    await expect(listAttachments(ward.id)).rejects.toBeInstanceOf(UnreadableRecordError);
  });

  it('refuses a bound record stripped of its format mark, and a record slipped in unsealed', async () => {
    const [ward, clinic] = await twoSealedEntries();
    const { _v, ...stripped } = await rawRecord('entries', ward.id);
    await tamper((raw) => raw.table('entries').bulkPut([stripped, { ...clinic, body: 'Planted text' }]));
    await expect(db().entries.get(ward.id)).rejects.toBeInstanceOf(UnreadableRecordError);
    await expect(db().entries.get(clinic.id)).rejects.toBeInstanceOf(UnreadableRecordError);
  });

  it('knows the primary key of every sealed table as the database declares it', () => {
    for (const name of SEALED_TABLES) expect(KEY_FIELDS[name]).toBe(db().table(name).schema.primKey.keyPath);
  });
});

describe('a journal sealed before records were bound', () => {
  /** A version 5 journal with a passphrase: `count` entries and one revision each, sealed unbound. */
  async function version5Journal(count: number): Promise<Entry[]> {
    const old = openAsVersion5(db().name);
    const vault = await version5Vault(PASSPHRASE, FAST.iterations);
    const entries = Array.from({ length: count }, (_, i) => aStoredEntry({ title: `Entry ${i}`, body: `Body ${i}` }));
    await old.table('settings').put({ key: 'vault', value: vault.value });
    await old
      .table('entries')
      .bulkPut(entries.map((entry) => sealAsVersion5(entry, CLEAR_FIELDS.entries ?? [], vault)));
    await old
      .table('revisions')
      .bulkAdd(
        entries.map((entry) =>
          sealAsVersion5(
            { entryId: entry.id, savedAt: 1, title: entry.title, body: 'Draft', reason: 'session' },
            CLEAR_FIELDS.revisions ?? [],
            vault,
          ),
        ),
      );
    old.close();
    return entries;
  }

  async function rawTable(table: string): Promise<Raw[]> {
    let records: Raw[] = [];
    await tamper(async (raw) => {
      records = await raw.table(table).toArray();
    });
    return records;
  }

  it('opens its records, and re-seals them bound at unlock, after which an unbound copy is refused', async () => {
    const [entry] = await version5Journal(3);
    if (!entry) throw new Error('No entry');
    await loadVault(db());
    const vault = await unlockJournal(db(), PASSPHRASE);
    expect(vault && needsResealing(vault)).toBe(true);
    expect(await db().entries.get(entry.id)).toEqual(entry);
    const unbound = await rawRecord('entries', entry.id);

    await finishResealing(db());
    expect(await readVault(db())).toMatchObject({ version: VAULT_VERSION, resealing: false });
    for (const table of ['entries', 'revisions']) expect((await rawTable(table)).every(isBound)).toBe(true);
    expect(await db().entries.get(entry.id)).toEqual(entry);
    expect((await db().revisions.toArray()).map((revision) => revision.body)).toEqual(['Draft', 'Draft', 'Draft']);

    // A copy taken before the upgrade, put back, no longer opens.
    await tamper((raw) => raw.table('entries').put(unbound));
    await expect(db().entries.get(entry.id)).rejects.toBeInstanceOf(UnreadableRecordError);
  });

  it('carries on re-sealing where it stopped when the page locked part way', async () => {
    const entries = await version5Journal(450);
    await loadVault(db());
    await unlockJournal(db(), PASSPHRASE);
    await finishResealing(db(), (done) => {
      if (done >= 200) lockJournal(db());
    });
    const partly = (await rawTable('entries')).filter(isBound).length;
    expect(partly).toBeGreaterThan(0);
    expect(partly).toBeLessThan(450);
    expect((await readVault(db()))?.version).toBe(1);

    await loadVault(db());
    await unlockJournal(db(), PASSPHRASE);
    expect(await db().entries.count()).toBe(450);
    expect((await db().entries.toArray()).map((entry) => entry.body).sort()).toEqual(
      entries.map((entry) => entry.body).sort(),
    );
    await finishResealing(db());
    expect((await rawTable('entries')).every(isBound)).toBe(true);
    expect((await rawTable('revisions')).every(isBound)).toBe(true);
    expect(await readVault(db())).toMatchObject({ version: VAULT_VERSION, resealing: false });
  });
});
