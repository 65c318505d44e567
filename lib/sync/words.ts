/** What sync says, in plain words, when it cannot do its job right now. */
export const OFFLINE_MESSAGE = 'Can’t reach the server. Lantern keeps trying; everything stays safe on this device.';
export const LOCKED_MESSAGE = 'Sync is paused while the journal is locked.';
export const OTHER_WINDOW_MESSAGE = 'Another Lantern window is syncing this journal.';
export const NEW_KEY_MESSAGE =
  'The journal on the server was set up again with a new key. Turn sync off, then set it up again here.';
export const PASSPHRASE_CHANGED_MESSAGE =
  'The sync passphrase was changed. This device carries on syncing; set up any new device with the new passphrase.';

/** A replication or server failure in words a doctor can act on. */
export function describeFault(error: unknown): string {
  const status = (error as { status?: unknown } | null)?.status;
  if (status === 401) return 'The server no longer accepts this device’s username and password. Set up sync again.';
  if (status === 403) return 'This account is no longer allowed to use the journal’s database on the server.';
  if (status === 404) return 'The journal’s database is no longer on the server. Turn sync off, then set it up again.';
  if (status === 413) return 'A file is larger than the server accepts, so it stays on this device; the rest syncs.';
  if (typeof status === 'number' && status >= 500) return `The server had a problem (${status}). Lantern keeps trying.`;
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong while syncing. Lantern keeps trying.';
}
