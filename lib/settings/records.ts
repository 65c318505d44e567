import { z } from 'zod';
import { canonicalJson } from '../json';
import { MENTEE_ID_KEY } from '../mentoring/mentee-id';
import { MenteeId } from '../mentoring/schema';
import { VAULT_KEY, VaultRecord } from '../vault/schema';
import { PERSON_KEY, PersonDetails, PREFERENCES_KEY, Preferences } from './schema';

/**
 * Preferences as a backup must hold them: a record of known fields, each valid as written.
 * `Preferences` falls back to a default for a bad field (so an older record still loads); a file
 * is refused instead, as it would otherwise change the doctor's choice without a word. Files made
 * before version 8 hold the person's details in `preferences` too; the import moves them.
 */
const strictly = (schema: typeof Preferences | typeof PersonDetails) =>
  z.unknown().transform((value, ctx) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      ctx.addIssue({ code: 'invalid_type', expected: 'object', input: value });
      return z.NEVER;
    }
    const parsed = schema.parse(value);
    for (const [field, given] of Object.entries(value)) {
      const kept = (parsed as Record<string, unknown>)[field];
      if (!Object.hasOwn(schema.shape, field) || canonicalJson(kept) !== canonicalJson(given)) {
        ctx.addIssue({ code: 'custom', path: [field], input: given, message: 'Not a valid preference' });
      }
    }
    // Kept as written: the defaults are filled in when it is loaded, as for any stored preferences.
    return value;
  });

/**
 * One schema per setting kept in the `settings` table, by key. A new setting is added here, or
 * backups holding it are refused. (The vault record never goes into a backup; one in a file is
 * checked, then dropped by the import.)
 */
export const SETTING_VALUES: Readonly<Record<string, z.ZodType>> = {
  [PREFERENCES_KEY]: strictly(Preferences),
  [PERSON_KEY]: strictly(PersonDetails),
  [MENTEE_ID_KEY]: MenteeId,
  [VAULT_KEY]: VaultRecord,
};

/** A setting as a backup holds it: a key Lantern knows, and the value that key's schema accepts. */
export const SettingRecord = z
  .object({ key: z.string().min(1), value: z.unknown() })
  .transform((record, ctx): { key: string; value: unknown } => {
    const schema = Object.hasOwn(SETTING_VALUES, record.key) ? SETTING_VALUES[record.key] : undefined;
    if (!schema) {
      const predicate = 'is not a setting this version of Lantern keeps';
      ctx.addIssue({ code: 'custom', path: ['key'], input: record.key, message: predicate, params: { predicate } });
      return z.NEVER;
    }
    const parsed = schema.safeParse(record.value);
    if (parsed.success) return { key: record.key, value: parsed.data };
    for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, path: ['value', ...issue.path] });
    return z.NEVER;
  });
