import type { z } from 'zod';
import {
  CryptoError,
  checkEnvelope,
  DamagedFileError,
  decryptText,
  EmptyPassphraseError,
  encryptText,
  looksLikeEnvelope,
  UnsupportedVersionError,
  WrongPassphraseError,
} from '../crypto';
import { formatPath } from '../json';

/** What is wrong with a mentoring file, in words to show, and where (a path, for support). */
export interface MentoringProblem {
  kind:
    | 'not-a-share-file'
    | 'not-a-feedback-file'
    | 'needs-passphrase'
    | 'wrong-passphrase'
    | 'damaged'
    | 'newer-version'
    | 'invalid'
    | 'wrong-mentee';
  message: string;
  where?: string;
}

export type FileResult<T> = { ok: true; value: T; encrypted: boolean } | { ok: false; error: MentoringProblem };

/** One mentoring file format, as `readLanternFile` checks it. */
export interface FileSpec<T> {
  format: string;
  version: number;
  schema: z.ZodType<T>;
  /** How messages name the file: "shared summary", "feedback file". */
  noun: string;
  notThis: 'not-a-share-file' | 'not-a-feedback-file';
  /** Who to ask for the passphrase: "whoever sent it", "your mentor". */
  askFor: string;
}

export function fail(
  kind: MentoringProblem['kind'],
  message: string,
  where?: string,
): { ok: false; error: MentoringProblem } {
  return { ok: false, error: where === undefined ? { kind, message } : { kind, message, where } };
}

/** The file's text: the JSON itself, or (with a passphrase) the JSON sealed in the crypto envelope. */
export async function sealIfAsked(value: unknown, passphrase?: string): Promise<string> {
  // Indented when open, so a doctor can see exactly what they are sending.
  const json = JSON.stringify(value, null, 2);
  return passphrase === undefined ? json : JSON.stringify(await encryptText(json, passphrase));
}

/**
 * Reads a whole file (JSON, or an envelope to open with the passphrase) and checks every field
 * before anything can be written. Never throws for anything the file holds: each problem comes back
 * as a message. A file from a newer Lantern says so instead of being half read.
 */
export async function readLanternFile<T>(
  text: string,
  passphrase: string | undefined,
  spec: FileSpec<T>,
): Promise<FileResult<T>> {
  const outer = parseJson(text);
  if (!outer.ok) return notJson(text, spec);
  if (!looksLikeEnvelope(outer.value)) return checkFile(outer.value, spec, false);
  let inner: string;
  try {
    // Newer or damaged envelopes are told before anyone is asked for a passphrase.
    checkEnvelope(outer.value);
    if (!passphrase) {
      return fail('needs-passphrase', `This ${spec.noun} is protected with a passphrase. Ask ${spec.askFor} for it.`);
    }
    inner = await decryptText(outer.value, passphrase);
  } catch (error) {
    if (error instanceof CryptoError) return fail(cryptoKind(error), error.message);
    throw error;
  }
  const parsed = parseJson(inner);
  return parsed.ok ? checkFile(parsed.value, spec, true) : fail(spec.notThis, notThis(spec));
}

function checkFile<T>(value: unknown, spec: FileSpec<T>, encrypted: boolean): FileResult<T> {
  const { format, version } = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  if (format !== spec.format) return fail(spec.notThis, notThis(spec));
  if (typeof version === 'number' && version > spec.version) {
    return fail(
      'newer-version',
      `This ${spec.noun} was made by a newer version of Lantern. Update Lantern to open it.`,
    );
  }
  const parsed = spec.schema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data, encrypted };
  const [issue] = parsed.error.issues;
  const where = issue ? formatPath(issue.path) : undefined;
  // Checks across the file (schema.ts) word their own reason; anything else is a field out of shape.
  const own = issue?.code === 'custom' ? issue.params?.reason : undefined;
  const reason = typeof own === 'string' ? own : 'something in it is missing or not as Lantern writes it';
  const at = where ? ` (at ${where})` : '';
  return fail('invalid', `This ${spec.noun} can't be opened: ${reason}${at}.`, where || undefined);
}

function notThis(spec: FileSpec<unknown>): string {
  return `This is not a Lantern ${spec.noun}.`;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** Text that is not JSON is something else, unless it starts like ours: then it was cut short or edited. */
function notJson(text: string, spec: FileSpec<unknown>): FileResult<never> {
  const ours = new RegExp(`"format"\\s*:\\s*"(${spec.format}|lantern-envelope)"`);
  return ours.test(text.slice(0, 200))
    ? fail('damaged', new DamagedFileError().message)
    : fail(spec.notThis, notThis(spec));
}

function cryptoKind(error: CryptoError): MentoringProblem['kind'] {
  if (error instanceof WrongPassphraseError) return 'wrong-passphrase';
  if (error instanceof UnsupportedVersionError) return 'newer-version';
  if (error instanceof EmptyPassphraseError) return 'needs-passphrase';
  return 'damaged';
}
