import { deflateSync, inflateSync } from 'fflate';
import { base64ToBytes, bytesToBase64 } from '../../crypto/base64';
import { ENVELOPE_FORMAT, ENVELOPE_VERSION, MAX_ITERATIONS, MIN_ITERATIONS } from '../../crypto/constants';
import type { Envelope } from '../../crypto/envelope';
import { DamagedFileError, KeyCostError, UnsupportedVersionError } from '../../crypto/errors';
import { decryptWithKey } from '../../crypto/keys';
import { envelopeData, keyForEnvelope, sealContent } from '../../crypto/seal';
import { PAGE_FORMAT, PAGE_VERSION, type PageData } from './data';

/*
 * The page's data as it sits in the file: JSON, deflated (a year of entries in full is several
 * hundred kB of it), in base64; with a passphrase, those bytes sealed in lib/crypto's envelope (whose
 * data is base64 already), so nothing readable is in the file before the passphrase. Everything here is zod-free: it runs in the
 * page, whose script must stay small.
 */

export type DataBlock = { open: string } | { sealed: Envelope };

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

const pack = (data: PageData) => deflateSync(encoder.encode(JSON.stringify(data)), { level: 9 });

/** The data block for a page, sealed when there is a passphrase. */
export async function packPageData(
  data: PageData,
  passphrase: string | undefined,
  iterations: number,
): Promise<DataBlock> {
  const packed = pack(data);
  return passphrase === undefined
    ? { open: bytesToBase64(packed) }
    : { sealed: await sealContent(packed, passphrase, iterations) };
}

/** Packed data (base64, or the bytes) back to the page's data; anything else is a DamagedFileError. */
export function unpackPageData(packed: string | Uint8Array): PageData {
  let value: unknown;
  try {
    const bytes = typeof packed === 'string' ? base64ToBytes(packed) : packed;
    value = JSON.parse(decoder.decode(inflateSync(bytes)));
  } catch {
    throw new DamagedFileError();
  }
  const { format, version, summary } = (typeof value === 'object' && value !== null ? value : {}) as Partial<PageData>;
  if (format !== PAGE_FORMAT || typeof summary !== 'object') throw new DamagedFileError();
  if (version !== PAGE_VERSION) throw new UnsupportedVersionError();
  return value as PageData;
}

/** The block as the page finds it in itself, checked before anyone is asked for a passphrase. */
export function readDataBlock(text: string): DataBlock {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new DamagedFileError();
  }
  const block = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  if (typeof block.open === 'string') return { open: block.open };
  return { sealed: checkedEnvelope(block.sealed) };
}

/** The envelope's shape checked by hand (the page has no zod); its bytes are checked as they are opened. */
function checkedEnvelope(value: unknown): Envelope {
  const envelope = (typeof value === 'object' && value !== null ? value : {}) as Envelope;
  if (envelope.format !== ENVELOPE_FORMAT) throw new DamagedFileError();
  if (typeof envelope.version === 'number' && envelope.version > ENVELOPE_VERSION) throw new UnsupportedVersionError();
  const strings = [envelope.kdf?.salt, envelope.cipher?.iv, envelope.check?.iv, envelope.check?.data, envelope.data];
  if (envelope.version !== ENVELOPE_VERSION || !strings.every((each) => typeof each === 'string')) {
    throw new DamagedFileError();
  }
  const { iterations } = envelope.kdf;
  if (!Number.isSafeInteger(iterations) || iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
    throw new KeyCostError(iterations, MIN_ITERATIONS, MAX_ITERATIONS);
  }
  return envelope;
}

/** Opens a sealed block: the page's data, and the key that opened it (for sealing the mentor's drafts). */
export async function openSealedBlock(
  envelope: Envelope,
  passphrase: string,
): Promise<{ data: PageData; key: CryptoKey }> {
  const key = await keyForEnvelope(envelope, passphrase);
  return { data: unpackPageData(await decryptWithKey(key, envelopeData(envelope))), key };
}
