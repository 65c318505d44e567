import { z } from 'zod';
import { IsoDate } from '../entries/schema';
import { PERSON_FIELDS, PREFERENCES_KEY } from '../settings-keys';
import { PERSON_KEY } from '../vault/schema';

export const THEMES = ['browser', 'light', 'dark', 'high-contrast'] as const;
export const FONT_SIZES = ['small', 'normal', 'large', 'larger'] as const;
export type FontSize = (typeof FONT_SIZES)[number];
export type ThemeSetting = (typeof THEMES)[number];

/** Choices for locking a journal with a passphrase after time without use (0: never). */
export const AUTO_LOCK_MINUTES = [0, 1, 5, 15, 30, 60] as const;
export const DEFAULT_AUTO_LOCK_MINUTES = 15;

/** The bounds of the free-entry settings: the schema below and the Settings view's messages both read these. */
export const CPD_TARGET_MIN = 0;
export const CPD_TARGET_MAX = 1000;
export const DEFAULT_CPD_TARGET = 50;
export const MAX_ROLE_LENGTH = 120;
export const MAX_ROLES = 30;

/** A yearly CPD target: hours or credits, halves allowed. */
export const CpdTarget = z.number().min(CPD_TARGET_MIN).max(CPD_TARGET_MAX);
export const Role = z.string().trim().min(1).max(MAX_ROLE_LENGTH);
export const Roles = z.array(Role).max(MAX_ROLES);

/** The personal details an appraisal summary opens with; every one optional. */
export const MAX_NAME_LENGTH = 120;
export const MAX_BODY_LENGTH = 160;
export const PersonName = z.string().trim().min(1).max(MAX_NAME_LENGTH);
export const DesignatedBody = z.string().trim().min(1).max(MAX_BODY_LENGTH);
/** A GMC reference number: seven digits. */
export const GmcNumber = z.string().regex(/^\d{7}$/);

/** The user's preferences. Every field has a default, so a missing or older record still loads. */
export const Preferences = z.object({
  theme: z.enum(THEMES).catch('browser').default('browser'),
  fontSize: z.enum(FONT_SIZES).catch('normal').default('normal'),
  /** Set once the welcome has been shown; `Help: Show Welcome` brings it back. */
  welcomed: z.boolean().catch(false).default(false),
  /** The framework the Competencies view, coverage and self-assessment use. */
  activeFramework: z.string().min(1).catch('mlcf').default('mlcf'),
  /** The date of the next (or last) appraisal: the appraisal year runs up to it. */
  appraisalDate: IsoDate.optional().catch(undefined),
  /** The revalidation date: the five-year cycle runs up to it. */
  revalidationDate: IsoDate.optional().catch(undefined),
  /** CPD hours or credits the doctor aims for each year (appraisal guidance commonly uses 50). */
  cpdTarget: CpdTarget.catch(DEFAULT_CPD_TARGET).default(DEFAULT_CPD_TARGET),
  /** When a backup was last exported from this browser (for the 30-day reminder). */
  lastBackupAt: z.number().int().nonnegative().optional().catch(undefined),
  /** The parts of the doctor's scope of practice, e.g. consultant, educational supervisor, clinical lead. */
  roles: Roles.catch([]).default([]),
  /** The doctor's name as the appraisal summary gives it, e.g. "Dr Ada Quokka". */
  fullName: PersonName.optional().catch(undefined),
  gmcNumber: GmcNumber.optional().catch(undefined),
  /** The organisation the doctor relates to for revalidation. */
  designatedBody: DesignatedBody.optional().catch(undefined),
  responsibleOfficer: PersonName.optional().catch(undefined),
  /** When the doctor last made the probity and the health declarations (lib/summary/sections/probity). */
  probityDeclaredOn: IsoDate.optional().catch(undefined),
  healthDeclaredOn: IsoDate.optional().catch(undefined),
  /** With a passphrase, lock after this many minutes without a key press or click (0: never). */
  autoLockMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .catch(DEFAULT_AUTO_LOCK_MINUTES)
    .default(DEFAULT_AUTO_LOCK_MINUTES),
});
export type Preferences = z.infer<typeof Preferences>;

export const DEFAULT_PREFERENCES: Preferences = Preferences.parse({});

/**
 * The settings key of the person's own details: the preferences that say something about the
 * doctor. With a passphrase this record is sealed like an entry (lib/vault); the rest of the
 * preferences stay readable, as the locked page needs them.
 */
export { PERSON_FIELDS, PERSON_KEY, PREFERENCES_KEY };

export type PersonField = (typeof PERSON_FIELDS)[number];

const personMask = Object.fromEntries(PERSON_FIELDS.map((field) => [field, true])) as Record<PersonField, true>;

/** The `person` record's value. */
export const PersonDetails = Preferences.pick(personMask);
export type PersonDetails = z.infer<typeof PersonDetails>;

/** The `preferences` record's value: everything but the person's details. */
export const DevicePreferences = Preferences.omit(personMask);
export type DevicePreferences = z.infer<typeof DevicePreferences>;

/** The preferences with the person's details at their defaults: what a locked page may keep. */
export function withoutPersonDetails(preferences: Preferences): Preferences {
  return { ...preferences, ...PersonDetails.parse({}) };
}

function isPersonField(field: string): field is PersonField {
  return (PERSON_FIELDS as readonly string[]).includes(field);
}

/** Preferences (whole, or a patch) split into what the two records hold, dropping unknown fields. */
export function splitPreferences(value: Readonly<Record<string, unknown>>): {
  device: Record<string, unknown>;
  person: Record<string, unknown>;
} {
  const device: Record<string, unknown> = {};
  const person: Record<string, unknown> = {};
  for (const [field, given] of Object.entries(value)) {
    if (isPersonField(field)) person[field] = given;
    else if (Object.hasOwn(Preferences.shape, field)) device[field] = given;
  }
  return { device, person };
}

/** Any setting as stored; lib/settings/records.ts holds each key's own schema. */
export const SettingRecord = z.object({
  key: z.string().min(1),
  value: z.unknown(),
});
export type SettingRecord = z.infer<typeof SettingRecord>;
