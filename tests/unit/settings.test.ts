import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LanternDB, setDb } from '../../lib/db';
import { loadPreferences, updatePreferences } from '../../lib/settings/repository';
import { DEFAULT_PREFERENCES, Preferences, THEMES } from '../../lib/settings/schema';

let db: LanternDB;

beforeEach(() => {
  db = new LanternDB(`test-${crypto.randomUUID()}`);
  setDb(db);
});

afterEach(async () => {
  await db.delete();
});

describe('Preferences', () => {
  it('follows the browser theme by default', () => {
    expect(DEFAULT_PREFERENCES).toEqual({
      theme: 'browser',
      fontSize: 'normal',
      welcomed: false,
      activeFramework: 'mlcf',
      cpdTarget: 50,
      roles: [],
      autoLockMinutes: 15,
    });
  });

  it('keeps a chosen auto-lock time and falls back to 15 minutes for nonsense', () => {
    expect(Preferences.parse({ autoLockMinutes: 0 }).autoLockMinutes).toBe(0);
    expect(Preferences.parse({ autoLockMinutes: 30 }).autoLockMinutes).toBe(30);
    expect(Preferences.parse({ autoLockMinutes: -5 }).autoLockMinutes).toBe(15);
    expect(Preferences.parse({ autoLockMinutes: 'soon' }).autoLockMinutes).toBe(15);
  });

  it.each(THEMES)('keeps the %s theme', (theme) => {
    expect(Preferences.parse({ theme })).toMatchObject({ theme });
  });

  it('falls back to the browser theme for a theme this version does not know', () => {
    expect(Preferences.parse({ theme: 'sepia' })).toMatchObject({ theme: 'browser' });
  });
});

describe('settings repository', () => {
  it('gives the defaults before anything is saved', async () => {
    expect(await loadPreferences()).toEqual(DEFAULT_PREFERENCES);
  });

  it('remembers a chosen theme across loads', async () => {
    expect(await updatePreferences({ theme: 'dark' })).toMatchObject({ theme: 'dark' });
    expect(await loadPreferences()).toMatchObject({ theme: 'dark' });
  });

  it('keeps the latest choice when the theme is changed twice', async () => {
    await updatePreferences({ theme: 'dark' });
    await updatePreferences({ theme: 'high-contrast' });
    expect(await loadPreferences()).toMatchObject({ theme: 'high-contrast' });
  });

  it('keeps the current choice when an update leaves the theme out', async () => {
    await updatePreferences({ theme: 'light' });
    expect(await updatePreferences({})).toMatchObject({ theme: 'light' });
    expect(await loadPreferences()).toMatchObject({ theme: 'light' });
  });

  it.each([
    ['a value that is not an object', 'dark'],
    ['nothing at all', null],
    ['an unknown theme', { theme: 'sepia' }],
  ])('still loads when the stored record holds %s', async (_, value) => {
    await db.settings.put({ key: 'preferences', value });
    expect(await loadPreferences()).toEqual(DEFAULT_PREFERENCES);
  });
});
