import { getDb, type LanternDB } from '../db';
import { DEFAULT_PREFERENCES, PERSON_KEY, PREFERENCES_KEY, Preferences, splitPreferences } from './schema';

/*
 * Preferences are kept as two settings: `preferences` (what the page needs before unlocking) and
 * `person` (the doctor's own details, sealed with a passphrase). The app sees them as one.
 */

/** Whether the person's details can be read now: not while a journal with a passphrase is locked. */
function personReadable(db: LanternDB): boolean {
  return !db.keyring.enabled || db.keyring.unlocked;
}

/** The preferences; while the journal is locked, the person's details are their defaults. */
export async function loadPreferences(): Promise<Preferences> {
  const db = getDb();
  return db.transaction('r', db.settings, async () => {
    const device = (await db.settings.get(PREFERENCES_KEY))?.value;
    const person = personReadable(db) ? (await db.settings.get(PERSON_KEY))?.value : undefined;
    const parsed = Preferences.safeParse({ ...asObject(device), ...asObject(person) });
    return parsed.success ? parsed.data : DEFAULT_PREFERENCES;
  });
}

/**
 * Saves a change to the preferences. A change to the person's details while the journal is locked
 * is refused (JournalLockedError) and changes nothing; any other change is saved locked or not.
 */
export async function updatePreferences(patch: Partial<Preferences>): Promise<Preferences> {
  const db = getDb();
  return db.transaction('rw', db.settings, async () => {
    const next = Preferences.parse({ ...(await loadPreferences()), ...patch });
    const { device, person } = splitPreferences(next);
    await db.settings.put({ key: PREFERENCES_KEY, value: device });
    if (Object.keys(splitPreferences(patch).person).length > 0)
      await db.settings.put({ key: PERSON_KEY, value: person });
    return next;
  });
}

function asObject(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
