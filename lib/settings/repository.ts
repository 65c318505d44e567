import { getDb } from '../db';
import { DEFAULT_PREFERENCES, PREFERENCES_KEY, Preferences } from './schema';

export async function loadPreferences(): Promise<Preferences> {
  const record = await getDb().settings.get(PREFERENCES_KEY);
  if (!record) return DEFAULT_PREFERENCES;
  const parsed = Preferences.safeParse(record.value);
  return parsed.success ? parsed.data : DEFAULT_PREFERENCES;
}

export async function updatePreferences(patch: Partial<Preferences>): Promise<Preferences> {
  const db = getDb();
  return db.transaction('rw', db.settings, async () => {
    const current = await loadPreferences();
    const next = Preferences.parse({ ...current, ...patch });
    await db.settings.put({ key: PREFERENCES_KEY, value: next });
    return next;
  });
}
