import Dexie, { type Transaction } from 'dexie';
import { PERSON_KEY, PREFERENCES_KEY, splitPreferences } from './schema';

/**
 * Version 8's upgrade: the person's details (roles, dates, CPD target, framework) move out of the
 * `preferences` setting into a `person` setting of their own, which a journal with a passphrase
 * seals. Straight through IndexedDB, as no key is held before unlocking: the new record is written
 * in the clear, and the next unlock seals it (a passphrase record older than version 3 asks for that).
 */
export function movePersonDetails(tx: Transaction): Promise<void> {
  return new Dexie.Promise<void>((resolve, reject) => {
    const store = tx.idbtrans.objectStore('settings');
    const request = store.get(PREFERENCES_KEY);
    request.onsuccess = () => {
      const value: unknown = (request.result as { value?: unknown } | undefined)?.value;
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return resolve();
      const { device, person } = splitOwnFields(value as Record<string, unknown>);
      store.put({ key: PREFERENCES_KEY, value: device });
      if (Object.keys(person).length > 0) store.put({ key: PERSON_KEY, value: person });
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}

/** As `splitPreferences`, but a field this version does not know stays with the device's (nothing is dropped). */
function splitOwnFields(value: Record<string, unknown>) {
  const { person } = splitPreferences(value);
  const device = Object.fromEntries(Object.entries(value).filter(([field]) => !Object.hasOwn(person, field)));
  return { device, person };
}

interface Setting {
  key: string;
  value: unknown;
}

/**
 * Settings as a backup holds them, in this version's shape: a file made before version 8 holds the
 * person's details in `preferences`; they move to `person` (a `person` record in the file wins).
 */
export function withPersonDetailsApart<T extends Setting>(settings: readonly T[]): T[] {
  const preferences = settings.find((setting) => setting.key === PREFERENCES_KEY);
  const value = preferences?.value;
  if (!preferences || typeof value !== 'object' || value === null || Array.isArray(value)) return [...settings];
  const { device, person } = splitOwnFields(value as Record<string, unknown>);
  if (Object.keys(person).length === 0) return [...settings];
  const moved = settings.map((setting) => (setting === preferences ? { ...setting, value: device } : setting));
  const hasPerson = settings.some((setting) => setting.key === PERSON_KEY);
  return hasPerson ? moved : [...moved, { ...preferences, key: PERSON_KEY, value: person }];
}
