import Dexie, { type Transaction } from 'dexie';
import { PERSON_FIELDS, PREFERENCES_KEY } from './settings-keys';
import { PERSON_KEY } from './vault/schema';

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

/** The person's fields apart from the rest; a field this version does not know stays with the device's (nothing is dropped). */
export function splitOwnFields(value: Record<string, unknown>) {
  const isPerson = (field: string) => (PERSON_FIELDS as readonly string[]).includes(field);
  const entries = Object.entries(value);
  return {
    device: Object.fromEntries(entries.filter(([field]) => !isPerson(field))),
    person: Object.fromEntries(entries.filter(([field]) => isPerson(field))),
  };
}
