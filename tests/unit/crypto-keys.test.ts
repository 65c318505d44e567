import { beforeAll, describe, expect, it } from 'vitest';
import {
  createKeyCheck,
  DamagedFileError,
  decryptTextWithKey,
  decryptWithKey,
  deriveKey,
  EmptyPassphraseError,
  encryptWithKey,
  randomBytes,
  verifyKey,
} from '../../lib/crypto';
import { base64ToBytes, bytesToBase64 } from '../../lib/crypto/base64';

// The journal lock derives its key once when it unlocks; here one cheap derivation serves the file.
const FEW = 1000;
const salt = randomBytes(16);
let key: CryptoKey;

beforeAll(async () => {
  key = await deriveKey('journal passphrase', salt, FEW);
});

describe('the key behind the lockable journal', () => {
  it('is an AES-GCM 256 key that cannot be read out of the browser', () => {
    expect(key.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
    expect(key.extractable).toBe(false);
    expect([...key.usages].sort()).toEqual(['decrypt', 'encrypt']);
  });

  it('is the same key whenever the same passphrase and salt are given', async () => {
    const again = await deriveKey('journal passphrase', salt, FEW);
    expect(await decryptTextWithKey(again, await encryptWithKey(key, 'same key'))).toBe('same key');
  });

  it('refuses an empty passphrase', async () => {
    await expect(deriveKey('', salt, FEW)).rejects.toThrow(EmptyPassphraseError);
  });

  it('refuses a nonsense iteration count', async () => {
    await expect(deriveKey('p', salt, 0)).rejects.toThrow(RangeError);
    await expect(deriveKey('p', salt, 1.5)).rejects.toThrow(RangeError);
  });
});

describe('sealing with a key', () => {
  it('round-trips bytes and text', async () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 255]);
    expect(await decryptWithKey(key, await encryptWithKey(key, bytes))).toEqual(bytes);
    expect(await decryptTextWithKey(key, await encryptWithKey(key, 'Notes 🩺'))).toBe('Notes 🩺');
  });

  it('uses a fresh IV for every seal', async () => {
    const [a, b] = await Promise.all([encryptWithKey(key, 'x'), encryptWithKey(key, 'x')]);
    expect(a.iv).not.toBe(b.iv);
    expect(base64ToBytes(a.iv)).toHaveLength(12);
  });

  it('will not open under another key, or once changed', async () => {
    const other = await deriveKey('another passphrase', salt, FEW);
    const sealed = await encryptWithKey(key, 'private');
    await expect(decryptWithKey(other, sealed)).rejects.toThrow(DamagedFileError);
    const bytes = base64ToBytes(sealed.data);
    bytes[0] = (bytes[0] ?? 0) ^ 1;
    await expect(decryptWithKey(key, { ...sealed, data: bytesToBase64(bytes) })).rejects.toThrow(DamagedFileError);
    await expect(decryptWithKey(key, { ...sealed, data: '' })).rejects.toThrow(DamagedFileError);
  });

  it('reports bytes that are not UTF-8 as damage rather than returning garbled text', async () => {
    const sealed = await encryptWithKey(key, new Uint8Array([0xff, 0xfe]));
    await expect(decryptTextWithKey(key, sealed)).rejects.toThrow(DamagedFileError);
  });
});

describe('the key check', () => {
  it('accepts the key that made it and no other', async () => {
    const check = await createKeyCheck(key);
    expect(await verifyKey(key, check)).toBe(true);
    expect(await verifyKey(await deriveKey('journal passphrasE', salt, FEW), check)).toBe(false);
  });

  it('says no, rather than throwing, for a check that is damaged', async () => {
    const check = await createKeyCheck(key);
    expect(await verifyKey(key, { ...check, data: check.data.slice(4) })).toBe(false);
    expect(await verifyKey(key, { ...check, iv: '***' })).toBe(false);
  });

  it('does not accept a block that opens to something other than the check constant', async () => {
    expect(await verifyKey(key, await encryptWithKey(key, 'not the constant'))).toBe(false);
  });
});
