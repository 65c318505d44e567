import { z } from 'zod';
import { KdfIterations, Sealed } from '../crypto/envelope';

/** The settings key under which the passphrase's details are kept (in the clear: needed to unlock). */
export const VAULT_KEY = 'vault';

/**
 * The settings key of the person's own details (roles, dates, CPD target: see lib/settings), the
 * one setting sealed like a record. Named here so the vault needs nothing from lib/settings.
 */
export const PERSON_KEY = 'person';

export const MIN_PASSPHRASE_LENGTH = 8;

/** The passphrase record's version once every record is in the current sealed form. */
export const VAULT_VERSION = 3;

/**
 * A journal with a passphrase. The passphrase makes a key (PBKDF2-SHA-256, as in every Lantern
 * envelope) that opens the check block and unwraps the data keys; records are sealed with a data
 * key. Changing the passphrase writes a new record in one step, holding the old data key and a new
 * one both wrapped under the new passphrase; records are then re-sealed with the new key, and the
 * old one is dropped when none needs it. Interrupted anywhere, every record opens with one of the
 * keys the current record holds, and whoever unlocks next finishes the job.
 */
export const VaultRecord = z.object({
  /**
   * 3: the person's details among the settings are sealed too (once `resealing` is false). 2: every
   * sealed record is bound to its table and id. 1: written before binding. Records are brought to
   * the current form at the next unlock, which then writes VAULT_VERSION.
   */
  version: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  kdf: z.object({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: KdfIterations,
    salt: z.base64(),
  }),
  check: Sealed,
  keys: z.array(z.object({ id: z.string().min(1), wrapped: Sealed })).min(1),
  /** The data key new writes use; null while the passphrase is being removed (writes in the clear). */
  writeKeyId: z.string().min(1).nullable(),
  /** Set while records are being re-sealed (or opened, when removing); cleared when all are done. */
  resealing: z.boolean(),
  changedAt: z.number().int().nonnegative(),
});
export type VaultRecord = z.infer<typeof VaultRecord>;
