/**
 * Sync across devices, end-to-end encrypted, on CouchDB replication. Loaded lazily by the page
 * (`await import('lib/sync')`) only when sync is set up or being set up.
 */
export { SyncSetupError } from './errors';
export { changeSyncPassphrase, deleteServerCopy, turnOffSync } from './manage';
export { type RoundOutcome, syncRound } from './round';
export { type SyncController, startSync } from './runner';
export { loadSyncConfig, type SyncAccount, setUpSync } from './setup';
export type { SyncState, SyncStatus } from './status';
export { PERSON_SETTINGS } from './tables';

/** What leaves and what never does, in plain words: the set-up page shows it before anything is sent. */
export const WHAT_LEAVES: { leaves: string[]; never: string[] } = {
  leaves: [
    'Your journal, encrypted on this device with a key only your sync passphrase opens',
    'Random-looking ids for each record, so the server cannot tell entries from goals (files show as files, by their size)',
    'The size of each encrypted record and file',
    'When each change reached the server',
  ],
  never: [
    'Any word you wrote: titles, reflections, learning points, actions, comments',
    'Tags, roles, competency ids, kinds of entry and their dates',
    'File names and the contents of attached files',
    'Your sync passphrase, or this device’s theme, lock and backup settings',
  ],
};
