/*
 * The keys of the two settings records that hold preferences, and which fields go where. A file of
 * its own, importing nothing, so lib/db's upgrades can use them without importing lib/settings
 * (which imports lib/db).
 */

/** The settings key of the preferences this browser needs before unlocking (theme, lock timeout…). */
export const PREFERENCES_KEY = 'preferences';

/** The preferences kept in the `person` record (lib/vault's PERSON_KEY), not in `preferences`. */
export const PERSON_FIELDS = [
  'roles',
  'appraisalDate',
  'revalidationDate',
  'cpdTarget',
  'activeFramework',
  'fullName',
  'gmcNumber',
  'designatedBody',
  'responsibleOfficer',
  'probityDeclaredOn',
  'healthDeclaredOn',
] as const;
