// Stands in for lib/sync until the engine lands on this branch (then engine.ts imports that instead).
export class SyncSetupError extends Error {}
export const WHAT_LEAVES = {
  leaves: ['Encrypted copies of your records (ciphertext)', 'Random ids', 'Sizes', 'Times'],
  never: ['Any word you write', 'Tags', 'Competency ids', 'Kinds of entry'],
};
const unavailable = async (): Promise<never> => {
  throw new SyncSetupError('Sync is not available in this build yet. Nothing was sent.');
};
export const loadSyncConfig = async () => undefined;
export const setUpSync = unavailable;
export const startSync = unavailable;
export const turnOffSync = async () => undefined;
export const changeSyncPassphrase = unavailable;
export const deleteServerCopy = unavailable;
