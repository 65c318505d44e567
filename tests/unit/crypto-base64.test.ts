import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DamagedFileError } from '../../lib/crypto';
import { base64ToBytes, bytesToBase64 } from '../../lib/crypto/base64';

/** Node's Buffer as the reference; a string is canonical when re-encoding what it decodes to gives it back. */
const isCanonical = (text: string) => Buffer.from(text, 'base64').toString('base64') === text;

describe('base64 in envelopes', () => {
  it('encodes exactly as the standard does and decodes back', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const text = bytesToBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect(base64ToBytes(text)).toEqual(bytes);
      }),
    );
  });

  it('accepts only the one canonical spelling of any bytes, so no edit goes unnoticed', () => {
    const edited = fc
      .tuple(fc.uint8Array({ minLength: 1, maxLength: 12 }), fc.nat(), fc.integer({ min: 0, max: 127 }))
      .map(([bytes, at, code]) => {
        const text = bytesToBase64(bytes);
        const i = at % text.length;
        return text.slice(0, i) + String.fromCharCode(code) + text.slice(i + 1);
      });
    fc.assert(
      fc.property(fc.oneof(edited, fc.string({ maxLength: 12 })), (text) => {
        if (isCanonical(text)) expect(bytesToBase64(base64ToBytes(text))).toBe(text);
        else expect(() => base64ToBytes(text)).toThrow(DamagedFileError);
      }),
      { numRuns: 2000 },
    );
  });

  it.each(['QQ', 'QR==', 'QQ==\n', ' QQ==', 'QQ=='.repeat(2), '===='])('refuses %j', (text) => {
    expect(() => base64ToBytes(text)).toThrow(DamagedFileError);
  });
});
