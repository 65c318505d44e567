/** Reading or writing private text while the journal is locked (no key in this page). */
export class JournalLockedError extends Error {
  override name = 'JournalLockedError';
  constructor() {
    super('Your journal is locked. Unlock it with your passphrase to carry on.');
  }
}

/** A stored record that does not open with any key this journal holds. */
export class UnreadableRecordError extends Error {
  override name = 'UnreadableRecordError';
  constructor(table: string) {
    super(`A record in “${table}” could not be opened with this journal's keys. Restore it from a backup.`);
  }
}

/** A Blob meant for the locked journal whose bytes were not read first (see `blob-bytes.ts`). */
export class UnreadBlobError extends Error {
  override name = 'UnreadBlobError';
  constructor() {
    super('A file could not be encrypted because it was not read first. Try adding it again.');
  }
}

/** The passphrase given does not open this journal's check block. */
export class WrongJournalPassphraseError extends Error {
  override name = 'WrongJournalPassphraseError';
  constructor() {
    super("That passphrase doesn't unlock this journal. Check Caps Lock and try again.");
  }
}

/** A new passphrase that would not protect much, or a request that does not fit the journal's state. */
export class PassphraseChoiceError extends Error {
  override name = 'PassphraseChoiceError';
}
