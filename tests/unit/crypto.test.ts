import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CryptoError,
  DamagedFileError,
  decryptText,
  EmptyPassphraseError,
  type Envelope,
  encryptText,
  isEnvelope,
  KeyCostError,
  UnsupportedVersionError,
  WrongPassphraseError,
} from '../../lib/crypto';
import { base64ToBytes, bytesToBase64 } from '../../lib/crypto/base64';
import { decryptTextAllowingFewIterations, encryptTextWithIterations } from '../../lib/crypto/testing';

/** Property tests open hundreds of envelopes: they use the test hooks' cheap key derivation. */
const FEW = 1000;
const PASSPHRASE = 'correct horse battery staple';
const seal = (text: string, passphrase = PASSPHRASE) => encryptTextWithIterations(text, passphrase, FEW);
const open = (envelope: unknown, passphrase = PASSPHRASE) => decryptTextAllowingFewIterations(envelope, passphrase);

type Field = 'kdf.salt' | 'cipher.iv' | 'check.iv' | 'check.data' | 'data';
const FIELDS: Field[] = ['kdf.salt', 'cipher.iv', 'check.iv', 'check.data', 'data'];

function getField(envelope: Envelope, field: Field): string {
  const [outer, inner] = field.split('.') as [keyof Envelope, string?];
  const value = envelope[outer];
  return inner ? ((value as Record<string, string>)[inner] ?? '') : (value as string);
}

function withField(envelope: Envelope, field: Field, value: string): Envelope {
  const copy = structuredClone(envelope) as unknown as Record<string, Record<string, string> | string>;
  const [outer, inner] = field.split('.') as [string, string?];
  const part = copy[outer];
  if (inner && typeof part === 'object') part[inner] = value;
  else copy[outer] = value;
  return copy as unknown as Envelope;
}

function flipByte(base64: string, position: number, mask: number): string {
  const bytes = base64ToBytes(base64);
  const at = position % bytes.length;
  bytes[at] = (bytes[at] ?? 0) ^ mask;
  return bytesToBase64(bytes);
}

let sample: Envelope;
const SAMPLE_TEXT = 'Handover went badly; next time use SBAR. Réflexion 患者 🩺';

beforeAll(async () => {
  sample = await seal(SAMPLE_TEXT);
});

describe('a real envelope (600,000 iterations)', () => {
  it('opens with its passphrase after a trip through a JSON file', async () => {
    const envelope = await encryptText('My first reflection', 'a long and private passphrase');
    const file = JSON.stringify(envelope);
    expect(await decryptText(JSON.parse(file), 'a long and private passphrase')).toBe('My first reflection');

    expect(envelope).toMatchObject({
      format: 'lantern-envelope',
      version: 1,
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000 },
      cipher: { name: 'AES-GCM' },
    });
    expect(base64ToBytes(envelope.kdf.salt)).toHaveLength(16);
    expect(base64ToBytes(envelope.cipher.iv)).toHaveLength(12);
    expect(base64ToBytes(envelope.check.iv)).toHaveLength(12);
    expect(envelope.check.iv).not.toBe(envelope.cipher.iv);
    expect(isEnvelope(envelope)).toBe(true);
  });
});

describe('encrypting and decrypting text', () => {
  it.each([
    ['unicode', 'Réflexion — 患者 👩🏽‍⚕️ naïve café\u0000 \u{1F9E0}'],
    ['an empty string', ''],
    ['1 MB of text', 'Ward round reflection. '.repeat(Math.ceil(1_000_000 / 23)).slice(0, 1_000_000)],
  ])('round-trips %s', async (_, text) => {
    expect(await open(await seal(text))).toBe(text);
  });

  it('uses a fresh salt and IVs every time, so equal texts give unrelated files', async () => {
    const again = await seal(SAMPLE_TEXT);
    expect(again.kdf.salt).not.toBe(sample.kdf.salt);
    expect(again.cipher.iv).not.toBe(sample.cipher.iv);
    expect(again.data).not.toBe(sample.data);
  });

  it('tells a wrong passphrase apart from a damaged file', async () => {
    const error = await open(sample, 'Correct horse battery staple').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WrongPassphraseError);
    expect(error).toBeInstanceOf(CryptoError);
    expect((error as Error).message).toBe("That passphrase doesn't open this file.");
  });

  it('opens with the same passphrase however its accents were typed', async () => {
    const envelope = await seal('text', 'caf\u00e9');
    expect(await open(envelope, 'cafe\u0301')).toBe('text');
  });

  it('refuses an empty passphrase with a clear message', async () => {
    await expect(encryptText('text', '')).rejects.toThrow(EmptyPassphraseError);
    await expect(decryptText(sample, '')).rejects.toThrow('Enter a passphrase');
  });

  it('says a file from a newer Lantern needs an update, before asking anything else of it', async () => {
    const newer = { ...sample, version: 2, somethingNew: true };
    const error = await decryptText(newer, PASSPHRASE).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnsupportedVersionError);
    expect((error as Error).message).toBe(
      'This file was made by a newer version of Lantern. Update Lantern to open it.',
    );
  });

  it.each<[string, (envelope: Envelope) => unknown]>([
    ['nothing at all', () => null],
    ['a string', () => 'lantern-envelope'],
    ['an empty object', () => ({})],
    ['another format', (e) => ({ ...e, format: 'lantern-backup' })],
    ['no data', ({ data: _data, ...rest }) => rest],
    ['no key check', ({ check: _check, ...rest }) => rest],
    ['data that is not base64', (e) => ({ ...e, data: 'not base64!' })],
    ['base64 with the padding removed', (e) => ({ ...e, data: e.data.replace(/=+$/, '') || 'A' })],
    ['a cipher other than AES-GCM', (e) => ({ ...e, cipher: { ...e.cipher, name: 'AES-CBC' } })],
    ['iterations given as text', (e) => ({ ...e, kdf: { ...e.kdf, iterations: '600000' } })],
    ['a short salt', (e) => ({ ...e, kdf: { ...e.kdf, salt: bytesToBase64(new Uint8Array(8)) } })],
    ['a version of 0', (e) => ({ ...e, version: 0 })],
  ])('treats an envelope with %s as damaged', async (_, change) => {
    // decryptText keeps its 100,000-iteration floor, so the 1000-iteration sample is refused too.
    const error = await decryptText(change(sample), PASSPHRASE).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DamagedFileError);
    expect((error as Error).message).toBe('This file has been changed or is incomplete.');
  });

  it.each([
    ['too few', 1000, 'stretched 1,000 times'],
    ['too many', 5_000_001, 'stretched 5,000,001 times'],
    ['absurdly many', 1e12, 'stretched 1,000,000,000,000 times'],
  ])('refuses a file asking for %s passphrase iterations, saying why', async (_, iterations, asks) => {
    const error = await decryptText({ ...sample, kdf: { ...sample.kdf, iterations } }, PASSPHRASE).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(KeyCostError);
    expect((error as Error).message).toContain(asks);
    expect((error as Error).message).toContain('Lantern accepts 100,000 to 5,000,000');
    expect((error as Error).message).toContain('quick to guess');
  });

  it('calls a file damaged when only its key check was changed, as the passphrase still opens the data', async () => {
    const changed = withField(sample, 'check.data', flipByte(sample.check.data, 0, 1));
    await expect(open(changed)).rejects.toThrow(DamagedFileError);
  });
});

describe('a tampered or truncated envelope', () => {
  const rejected = async (envelope: unknown) => {
    const error = await open(envelope).then(
      (text) => new Error(`opened to ${JSON.stringify(text.slice(0, 40))}`),
      (caught: unknown) => caught,
    );
    expect(
      [DamagedFileError, WrongPassphraseError].some((type) => error instanceof type),
      String(error),
    ).toBe(true);
  };

  it('never opens after any byte of any field is flipped', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...FIELDS), fc.nat(), fc.integer({ min: 1, max: 255 }), (field, at, mask) =>
        rejected(withField(sample, field, flipByte(getField(sample, field), at, mask))),
      ),
      { numRuns: 300 },
    );
  });

  it('never opens after any field is cut short', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...FIELDS), fc.nat(), fc.boolean(), (field, keep, asText) => {
        const value = getField(sample, field);
        const cut = asText
          ? value.slice(0, keep % value.length)
          : bytesToBase64(base64ToBytes(value).slice(0, keep % base64ToBytes(value).length));
        return rejected(withField(sample, field, cut));
      }),
      { numRuns: 200 },
    );
  });

  it('never opens after any character of the file is changed', async () => {
    const file = JSON.stringify(sample);
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: file.length - 1 }),
        fc.integer({ min: 32, max: 126 }).map((code) => String.fromCharCode(code)),
        async (at, char) => {
          fc.pre(file[at] !== char);
          let parsed: unknown;
          try {
            parsed = JSON.parse(file.slice(0, at) + char + file.slice(at + 1));
          } catch {
            return; // No longer JSON: a backup or share reader stops there.
          }
          const error = await open(parsed).then(
            () => undefined,
            (caught: unknown) => caught,
          );
          expect(error).toBeInstanceOf(CryptoError);
        },
      ),
      { numRuns: 300 },
    );
  });
});
