import { z } from 'zod';
import { bytesToHex } from '../crypto/base64';
import { canonicalJson } from '../json';
import type { BackupProblem } from './problems';

/**
 * A SHA-256 digest of everything else in an unprotected backup, so a file damaged on its way (a
 * flipped bit, a bad copy) is reported as damaged rather than read as a slightly different journal.
 * It detects accidents, not tampering: anyone editing the file can write a new digest (a protected
 * backup is sealed with AES-GCM, which does detect tampering). Files made before the digest existed
 * have none and still import.
 */
export const BackupDigest = z.object({
  algorithm: z.literal('SHA-256'),
  value: z.string().regex(/^[0-9a-f]{64}$/),
});
export type BackupDigest = z.infer<typeof BackupDigest>;

const DAMAGED: BackupProblem = {
  kind: 'damaged',
  message:
    'This backup has been changed or damaged since Lantern made it: what it holds no longer matches the check saved inside it. Nothing was imported. Try another copy of the backup.',
  where: 'digest',
};

async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return bytesToHex(new Uint8Array(digest));
}

/** The digest of a backup's content: its canonical JSON, without any digest it holds. */
export async function digestOf(file: object): Promise<BackupDigest> {
  const { digest: _digest, ...content } = file as { digest?: unknown };
  return { algorithm: 'SHA-256', value: await sha256Hex(canonicalJson(content)) };
}

/**
 * Checks a parsed file's digest; a problem if it has one that does not match. Call only on a file
 * whose values are within bounds (bounds.ts): canonical JSON is written recursively.
 */
export async function checkDigest(file: object): Promise<BackupProblem | undefined> {
  if (!Object.hasOwn(file, 'digest')) return undefined;
  const stated = BackupDigest.safeParse((file as { digest?: unknown }).digest);
  if (!stated.success) return DAMAGED;
  return (await digestOf(file)).value === stated.data.value ? undefined : DAMAGED;
}
