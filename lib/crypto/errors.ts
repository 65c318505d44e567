/**
 * What can go wrong opening a protected file, in words a doctor can act on. The messages say only
 * what the doctor can do something about: which byte or block failed is never revealed.
 */
export class CryptoError extends Error {
  override name = 'CryptoError';
}

export class WrongPassphraseError extends CryptoError {
  override name = 'WrongPassphraseError';
  constructor() {
    super("That passphrase doesn't open this file.");
  }
}

export class DamagedFileError extends CryptoError {
  override name = 'DamagedFileError';
  constructor() {
    super('This file has been changed or is incomplete.');
  }
}

export class UnsupportedVersionError extends CryptoError {
  override name = 'UnsupportedVersionError';
  constructor() {
    super('This file was made by a newer version of Lantern. Update Lantern to open it.');
  }
}

export class EmptyPassphraseError extends CryptoError {
  override name = 'EmptyPassphraseError';
  constructor() {
    super('Enter a passphrase: an empty one would not protect anything.');
  }
}

/** A file asking for fewer or more PBKDF2 iterations than Lantern accepts (see MIN_ITERATIONS). */
export class KeyCostError extends CryptoError {
  override name = 'KeyCostError';
  constructor(iterations: number, min: number, max: number) {
    const count = (value: number) => value.toLocaleString('en-GB');
    super(
      `This file asks for its passphrase to be stretched ${count(iterations)} times; Lantern accepts ${count(min)} to ${count(max)}. ` +
        'Fewer would make the passphrase quick to guess, and more would take minutes to open, so Lantern did not make it as it is and will not open it.',
    );
  }
}
