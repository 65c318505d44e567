import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { applyImport, exportBackup, readBackup } from '../../lib/backup';
import { LanternDB, setDb } from '../../lib/db';
import { loadPreferences, updatePreferences } from '../../lib/settings/repository';
import {
  changePassphrase,
  eraseJournal,
  finishResealing,
  JournalLockedError,
  loadVault,
  lockJournal,
  removePassphrase,
  setPassphrase,
  UnreadableRecordError,
  unlockJournal,
} from '../../lib/vault';
import { freshDbPerTest } from './fixtures/db';

const db = freshDbPerTest();
const FAST = { iterations: 1000 };
const PASSPHRASE = 'correct horse battery';
const ROLE = 'Quokkaville clinical lead';
const details = { roles: [ROLE], appraisalDate: '2027-02-14', cpdTarget: 42, activeFramework: 'mlcf' };

/** The settings table as IndexedDB holds it, read without Lantern's vault. */
async function rawSettings(name = db().name): Promise<Record<string, unknown>> {
  const raw = new Dexie(name);
  await raw.open();
  try {
    const records = (await raw.table('settings').toArray()) as { key: string }[];
    return Object.fromEntries(records.map((record) => [record.key, record]));
  } finally {
    raw.close();
  }
}

const holdsText = (value: unknown, text: string) =>
  JSON.stringify(value, (_key, item) => (item instanceof Uint8Array ? new TextDecoder().decode(item) : item)).includes(
    text,
  );

async function withDetails(): Promise<void> {
  await updatePreferences({ theme: 'dark', autoLockMinutes: 5, ...details });
}

describe('the person’s details among the settings, with a passphrase', () => {
  it('are sealed when the passphrase is set, while the theme and lock timeout stay readable', async () => {
    await withDetails();
    expect(holdsText(await rawSettings(), ROLE)).toBe(true);
    await setPassphrase(db(), PASSPHRASE, FAST);

    const raw = await rawSettings();
    expect(holdsText(raw, 'Quokkaville')).toBe(false);
    expect(holdsText(raw, '2027-02-14')).toBe(false);
    expect(raw.preferences).toMatchObject({ value: { theme: 'dark', autoLockMinutes: 5 } });
    expect(await loadPreferences()).toMatchObject({ theme: 'dark', ...details });
  });

  it('locked, the theme still loads and changes; the details can be neither read nor changed until unlocked', async () => {
    await withDetails();
    await setPassphrase(db(), PASSPHRASE, FAST);
    lockJournal(db());

    expect(await loadPreferences()).toMatchObject({ theme: 'dark', autoLockMinutes: 5, roles: [], cpdTarget: 50 });
    await updatePreferences({ theme: 'light' });
    await expect(updatePreferences({ roles: ['Someone else'] })).rejects.toBeInstanceOf(JournalLockedError);

    await unlockJournal(db(), PASSPHRASE);
    expect(await loadPreferences()).toMatchObject({ theme: 'light', ...details });
  });

  it('a page opened later starts with the theme and without the details', async () => {
    await withDetails();
    await setPassphrase(db(), PASSPHRASE, FAST);
    db().close();
    const later = new LanternDB(db().name);
    setDb(later);
    await loadVault(later);
    expect(await loadPreferences()).toMatchObject({ theme: 'dark', roles: [] });
    later.close();
  });

  it('go with a changed passphrase, back in the clear when it is removed, and with an erased journal', async () => {
    await withDetails();
    await setPassphrase(db(), PASSPHRASE, FAST);
    await changePassphrase(db(), PASSPHRASE, 'another long passphrase', FAST);
    expect(holdsText(await rawSettings(), 'Quokkaville')).toBe(false);
    lockJournal(db());
    await unlockJournal(db(), 'another long passphrase');
    expect(await loadPreferences()).toMatchObject(details);

    await removePassphrase(db(), 'another long passphrase', FAST);
    expect(holdsText(await rawSettings(), ROLE)).toBe(true);
    expect(await loadPreferences()).toMatchObject(details);

    await setPassphrase(db(), PASSPHRASE, FAST);
    await eraseJournal(db());
    expect(await loadPreferences()).toMatchObject({ theme: 'dark', roles: [] });
    expect((await rawSettings()).person).toBeUndefined();
  });

  it('a passphrase set with the page gone part way: the next unlock opens the details and seals them', async () => {
    await withDetails();
    // The page goes (its keys with it) before anything was re-sealed.
    await setPassphrase(db(), PASSPHRASE, { ...FAST, onProgress: () => lockJournal(db()) });
    expect(holdsText(await rawSettings(), ROLE)).toBe(true);

    db().close();
    const later = new LanternDB(db().name);
    setDb(later);
    await loadVault(later);
    await unlockJournal(later, PASSPHRASE);
    expect(await loadPreferences()).toMatchObject(details);
    await finishResealing(later);
    expect(holdsText(await rawSettings(later.name), 'Quokkaville')).toBe(false);
    expect(await loadPreferences()).toMatchObject(details);
    later.close();
  });

  it('refuses a details record put there in the clear once every record is sealed', async () => {
    await withDetails();
    await setPassphrase(db(), PASSPHRASE, FAST);
    const raw = new Dexie(db().name);
    await raw.open();
    await raw.table('settings').put({ key: 'person', value: { roles: ['Planted'] } });
    raw.close();
    await expect(loadPreferences()).rejects.toBeInstanceOf(UnreadableRecordError);
  });

  it('are in a backup, opened as the entries are, and restoring one sealed them again', async () => {
    await withDetails();
    await setPassphrase(db(), PASSPHRASE, FAST);
    const { text } = await exportBackup({ now: Date.now() });
    expect(text).toContain(ROLE);

    await updatePreferences({ roles: [] });
    const read = await readBackup(text);
    if (!read.ok) throw new Error(read.error.message);
    await applyImport(read.backup, 'replace');
    expect(await loadPreferences()).toMatchObject(details);
    expect(holdsText(await rawSettings(), 'Quokkaville')).toBe(false);
  });

  it('include the name, GMC number, designated body and responsible officer: sealed, unlocked and backed up whole', async () => {
    const personal = {
      fullName: 'Dr Ada Quokka',
      gmcNumber: '7654321',
      designatedBody: 'Quokkaville Hospitals NHS Trust',
      responsibleOfficer: 'Dr Brian Wombat',
    };
    await updatePreferences({ theme: 'dark', ...personal });
    await setPassphrase(db(), PASSPHRASE, FAST);
    const raw = await rawSettings();
    for (const value of Object.values(personal)) expect(holdsText(raw, value)).toBe(false);

    lockJournal(db());
    const locked = await loadPreferences();
    expect([locked.fullName, locked.gmcNumber]).toEqual([undefined, undefined]);
    await unlockJournal(db(), PASSPHRASE);
    expect(await loadPreferences()).toMatchObject(personal);

    const { text } = await exportBackup({ now: Date.now() });
    await updatePreferences({ fullName: undefined, gmcNumber: undefined, designatedBody: undefined });
    const read = await readBackup(text);
    if (!read.ok) throw new Error(read.error.message);
    await applyImport(read.backup, 'replace');
    expect(await loadPreferences()).toMatchObject(personal);
    expect(holdsText(await rawSettings(), 'Quokkaville')).toBe(false);
  });

  it('restores a backup made before version 8, its details moved out of the readable preferences', async () => {
    await setPassphrase(db(), PASSPHRASE, FAST);
    const { text } = await exportBackup({ now: Date.now() });
    const file = JSON.parse(text) as { tables: { settings: { key: string; value: unknown }[] }; digest?: unknown };
    file.tables.settings = [{ key: 'preferences', value: { theme: 'dark', ...details } }];
    delete file.digest;
    const read = await readBackup(JSON.stringify(file));
    if (!read.ok) throw new Error(read.error.message);
    await applyImport(read.backup, 'replace');

    expect(await loadPreferences()).toMatchObject({ theme: 'dark', ...details });
    const raw = await rawSettings();
    expect(holdsText(raw, 'Quokkaville')).toBe(false);
    expect(raw.preferences).toEqual({ key: 'preferences', value: { theme: 'dark' } });
  });
});
