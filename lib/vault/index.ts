/** The lockable journal: records sealed at rest, keys held only by the open page. */
export { blobFromBytes, readBlobBytes, readRecordBlobs } from './blob-bytes';
export {
  JournalLockedError,
  PassphraseChoiceError,
  UnreadableRecordError,
  WrongJournalPassphraseError,
} from './errors';
export { Keyring } from './keyring';
export { vaultMiddleware } from './middleware';
export { CLEAR_FIELDS, isBound, isSealed, KEY_FIELDS, SEALED_SETTINGS, SEALED_TABLES } from './records';
export { MIN_PASSPHRASE_LENGTH, VAULT_KEY, VAULT_VERSION, VaultRecord } from './schema';
export { loadVault, lockJournal, needsResealing, readVault } from './state';
export type { Progress, VaultOptions } from './vault';
export {
  changePassphrase,
  eraseJournal,
  finishResealing,
  passphraseProblem,
  removePassphrase,
  setPassphrase,
  unlockJournal,
} from './vault';
