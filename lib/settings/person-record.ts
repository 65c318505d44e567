import { splitOwnFields } from '../db-person-details';
import { PERSON_KEY, PREFERENCES_KEY } from './schema';

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
