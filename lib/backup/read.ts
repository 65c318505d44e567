import {
  CryptoError,
  checkEnvelope,
  DamagedFileError,
  decryptText,
  EmptyPassphraseError,
  KeyCostError,
  looksLikeEnvelope,
  UnsupportedVersionError,
  WrongPassphraseError,
} from '../crypto';
import { getDb } from '../db';
import { formatPath } from '../json';
import { findHostileValue } from './bounds';
import { checkDigest } from './digest';
import { findFutureTime } from './future';
import { type BackupProblem, describeIssues, nameRecord } from './problems';
import {
  BACKUP_FORMAT,
  BACKUP_TABLE_NAMES,
  BACKUP_TABLES,
  BACKUP_VERSION,
  Backup,
  type BackupCounts,
  countRecords,
} from './tables';

export type ReadResult =
  | { ok: true; backup: Backup; counts: BackupCounts; encrypted: boolean }
  | { ok: false; error: BackupProblem };

const NOT_BACKUP = 'This is not a Lantern backup file.';
const NEWER = 'This backup was made by a newer version of Lantern. Update Lantern to open it.';

const fail = (kind: BackupProblem['kind'], message: string): ReadResult => ({ ok: false, error: { kind, message } });

/**
 * Reads and checks a whole backup file before anything is written. Never throws for anything the
 * file holds: every problem comes back as a message naming what is wrong and where. Times more than
 * a day after `now` are refused.
 */
export async function readBackup(text: string, passphrase?: string, now = Date.now()): Promise<ReadResult> {
  const outer = parseJson(text);
  if (!outer.ok) return notJson(text);
  if (!looksLikeEnvelope(outer.value)) return checkFile(outer.value, false, now);
  let inner: string;
  try {
    checkEnvelope(outer.value);
    if (!passphrase) return fail('needs-passphrase', 'This backup is protected with a passphrase.');
    inner = await decryptText(outer.value, passphrase);
  } catch (error) {
    if (error instanceof CryptoError) return fail(cryptoProblemKind(error), error.message);
    throw error;
  }
  const parsed = parseJson(inner);
  return parsed.ok ? checkFile(parsed.value, true, now) : fail('not-backup', NOT_BACKUP);
}

/** A parsed file: its frame and bounds, then its digest (only a file within bounds is hashed), then the rest. */
async function checkFile(value: unknown, encrypted: boolean, now: number): Promise<ReadResult> {
  const framing = checkFrame(value);
  if (framing) return { ok: false, error: framing };
  const damage = await checkDigest(value as object);
  if (damage) return { ok: false, error: damage };
  return checkBackup(value, encrypted, now);
}

/** Whether a parsed value is a backup this Lantern can read, with every value within bounds. */
function checkFrame(value: unknown): BackupProblem | undefined {
  if (typeof value !== 'object' || value === null || (value as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { kind: 'not-backup', message: NOT_BACKUP };
  }
  const { version, app } = value as { version?: unknown; app?: { schemaVersion?: unknown } };
  const schemaVersion = typeof app === 'object' && app !== null ? app.schemaVersion : undefined;
  const newer =
    (typeof version === 'number' && version > BACKUP_VERSION) ||
    (typeof schemaVersion === 'number' && schemaVersion > getDb().verno);
  if (newer) return { kind: 'newer-version', message: NEWER };
  return findHostileValue(value);
}

/**
 * Checks a parsed file against the backup format; used again by `applyImport` before it writes.
 * The digest is checked only by `readBackup`, on the file as read.
 */
export function checkBackup(value: unknown, encrypted: boolean, now = Date.now()): ReadResult {
  const framing = checkFrame(value);
  if (framing) return { ok: false, error: framing };
  const parsed = Backup.safeParse(value);
  if (!parsed.success) return { ok: false, error: describeIssues(parsed.error.issues, value) };
  const problem = findDuplicateKey(parsed.data) ?? findFutureTime(parsed.data, now);
  if (problem) return { ok: false, error: problem };
  return { ok: true, backup: parsed.data, counts: countRecords(parsed.data.tables), encrypted };
}

/** Two records with one key would silently become one on import, so the file is refused instead. */
function findDuplicateKey(backup: Backup): BackupProblem | undefined {
  for (const name of BACKUP_TABLE_NAMES) {
    const { key, label } = BACKUP_TABLES[name];
    const seen = new Map<unknown, number>();
    const records: readonly Record<string, unknown>[] = backup.tables[name];
    for (const [index, record] of records.entries()) {
      const value = record[key];
      if (value === undefined) continue;
      const earlier = seen.get(value);
      if (earlier !== undefined) {
        return {
          kind: 'invalid',
          message: `${nameRecord(name, index, record)} has the same ${key} as ${label.toLowerCase()} ${earlier + 1}.`,
          where: formatPath(['tables', name, index, key]),
        };
      }
      seen.set(value, index);
    }
  }
  return undefined;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** A file that is not JSON at all is something else; one that starts like ours was cut short or edited. */
function notJson(text: string): ReadResult {
  const head = text.slice(0, 200);
  return /"format"\s*:\s*"lantern-(backup|envelope)"/.test(head)
    ? fail('damaged', new DamagedFileError().message)
    : fail('not-backup', NOT_BACKUP);
}

function cryptoProblemKind(error: CryptoError): BackupProblem['kind'] {
  if (error instanceof WrongPassphraseError) return 'wrong-passphrase';
  if (error instanceof UnsupportedVersionError) return 'newer-version';
  if (error instanceof EmptyPassphraseError) return 'needs-passphrase';
  if (error instanceof KeyCostError) return 'invalid';
  return 'damaged';
}
