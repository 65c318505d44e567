import { z } from 'zod';

/**
 * What this device last exchanged with the server for one record: the document id, the record it
 * names, the keyed fingerprint of its content and the document revision it matched. A record whose
 * fingerprint differs has changed here since; a document whose revision differs came from elsewhere.
 */
export const SyncDocRecord = z.object({
  id: z.string().min(1),
  table: z.string().min(1),
  key: z.union([z.string(), z.number()]),
  hash: z.string(),
  rev: z.string().optional(),
});
export type SyncDocRecord = z.infer<typeof SyncDocRecord>;

export const SyncMetaRecord = z.object({ key: z.string().min(1), value: z.unknown() });
export type SyncMetaRecord = z.infer<typeof SyncMetaRecord>;

export const CONFIG_KEY = 'config';
export const APPLIED_SEQ_KEY = 'appliedSeq';
export const LAST_SYNCED_KEY = 'lastSyncedAt';

/** What leaves the page: the server's password and the journal's data key. */
export const SyncSecrets = z.object({ password: z.string(), dataKey: z.base64() });
export type SyncSecrets = z.infer<typeof SyncSecrets>;

/**
 * This device's set-up. The secrets are kept like the journal itself: in the clear for a journal
 * without a passphrase, sealed with the journal's key (`sealed`, with the key's id) for one with.
 */
export const SyncConfig = z.object({
  serverUrl: z.string().url(),
  username: z.string(),
  keyId: z.string().min(1),
  secrets: SyncSecrets.optional(),
  sealed: z.instanceof(Uint8Array).optional(),
  sealedWith: z.string().optional(),
  setUpAt: z.number().int().nonnegative(),
});
export type SyncConfig = z.infer<typeof SyncConfig>;
