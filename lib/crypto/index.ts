/** The one encryption envelope: backups, share and feedback files, the lockable journal. */
export {
  ENVELOPE_FORMAT,
  ENVELOPE_VERSION,
  Envelope,
  isEnvelope,
  looksLikeEnvelope,
  PBKDF2_ITERATIONS,
  Sealed,
} from './envelope';
export {
  CryptoError,
  DamagedFileError,
  EmptyPassphraseError,
  KeyCostError,
  UnsupportedVersionError,
  WrongPassphraseError,
} from './errors';
export {
  createKeyCheck,
  decryptTextWithKey,
  decryptWithKey,
  deriveKey,
  encryptWithKey,
  randomBytes,
  verifyKey,
} from './keys';
export { checkEnvelope, decryptText, encryptText } from './text';
