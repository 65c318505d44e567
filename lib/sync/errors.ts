/** Why set-up could not finish, in words the set-up page shows as they are. */
export type SyncSetupReason =
  | 'wrong-passphrase'
  | 'not-couchdb'
  | 'unauthorised'
  | 'forbidden'
  | 'unreachable'
  | 'timeout'
  | 'bad-address'
  | 'passphrase-too-short';

/** Plain-words failures of set-up; `message` is what the page shows. Nothing was written when thrown. */
export class SyncSetupError extends Error {
  override name = 'SyncSetupError';
  constructor(
    readonly reason: SyncSetupReason,
    message: string,
  ) {
    super(message);
  }
}

/** Sync is not set up on this device (or its set-up cannot be read). */
export class SyncNotSetUpError extends Error {
  override name = 'SyncNotSetUpError';
  constructor(message = 'Sync is not set up on this device. Use Sync: Set Up Sync… first.') {
    super(message);
  }
}

/** This device's mirror of the server could not be removed, so its set-up was left as it was. */
export class MirrorNotRemovedError extends Error {
  override name = 'MirrorNotRemovedError';
  constructor(options?: ErrorOptions) {
    super(
      'Lantern could not clear this device’s sync copy of the journal, so nothing was changed. Close any other Lantern window, then try again.',
      options,
    );
  }
}
