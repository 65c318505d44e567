import { setIterationFloorForTests } from '../../lib/crypto/testing';

// Tests set passphrases with 1,000 PBKDF2 iterations to stay quick; the journal's passphrase record
// accepts that here only. Tests of the real floor restore it with `setIterationFloorForTests()`.
setIterationFloorForTests(1);
