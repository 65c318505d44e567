/**
 * Test hooks: never import these from product code. Real envelopes take 600,000 PBKDF2 iterations
 * (about a quarter of a second each); property tests that open hundreds of envelopes use far fewer.
 */
import { type Envelope, iterationFloor, MIN_ITERATIONS } from './envelope';
import { openText, sealText } from './text';

/** For tests only: an envelope made with `iterations` rather than the fixed 600,000. */
export function encryptTextWithIterations(
  plaintext: string,
  passphrase: string,
  iterations: number,
): Promise<Envelope> {
  return sealText(plaintext, passphrase, iterations);
}

/** For tests only: `decryptText` without the 100,000-iteration floor that refuses weak files. */
export function decryptTextAllowingFewIterations(envelope: unknown, passphrase: string): Promise<string> {
  return openText(envelope, passphrase, 1);
}

/**
 * For tests only: lets the journal's passphrase record hold as few as `floor` iterations (the
 * unit-test setup uses 1, so vault tests can use 1,000); call with no argument to restore the real floor.
 */
export function setIterationFloorForTests(floor: number = MIN_ITERATIONS): void {
  iterationFloor.value = floor;
}
