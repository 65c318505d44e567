import { MAX_BODY_LENGTH, MAX_TAG_LENGTH, MAX_TITLE_LENGTH } from './entries/schema';

/** What went wrong with the journal's storage, told in words a doctor can act on. */
export interface StorageProblem {
  kind: 'quota' | 'closed' | 'upgraded' | 'invalid' | 'unknown';
  message: string;
}

function errorName(error: unknown): string {
  if (error && typeof error === 'object') {
    const inner = (error as { inner?: unknown }).inner;
    const name = (error as { name?: unknown }).name;
    if (name === 'AbortError' && inner) return errorName(inner);
    if (typeof name === 'string') return name;
  }
  return '';
}

interface ValidationIssue {
  code?: string;
  origin?: string;
  path?: PropertyKey[];
  maximum?: number | bigint;
}

/** The fields whose limits a doctor can meet by typing, with the limit the schema sets for each. */
const LENGTH_LIMITS: Record<string, { what: string; max: number; each?: boolean }> = {
  body: { what: 'Entries', max: MAX_BODY_LENGTH },
  title: { what: 'Titles', max: MAX_TITLE_LENGTH },
  tags: { what: 'Tags', max: MAX_TAG_LENGTH, each: true },
};

const count = (n: number | bigint): string => n.toLocaleString('en-GB');

/** The length of the text that was too long, when the attempted change holds it. */
function attemptedLength(attempted: unknown, path: PropertyKey[]): number | undefined {
  let value: unknown = attempted;
  for (const key of path) {
    if (!value || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return typeof value === 'string' ? value.length : undefined;
}

/** Says which limit an invalid entry broke, in plain words, or the general message when unsure. */
function describeInvalid(error: unknown, attempted: unknown): string {
  const issues = (error as { issues?: ValidationIssue[] }).issues ?? [];
  const tooLong = issues.find((issue) => issue.code === 'too_big' && issue.path?.length);
  const path = tooLong?.path ?? [];
  const field = typeof path[0] === 'string' ? path[0] : '';
  const limit = LENGTH_LIMITS[field];
  if (tooLong && limit && (path.length === 1 || limit.each)) {
    const length = attemptedLength(attempted, path);
    const has = length === undefined ? 'this one is longer' : `this one has ${count(length)}`;
    return (
      `${limit.what} can hold up to ${count(limit.max)} characters${limit.each ? ' each' : ''}; ${has}. ` +
      'Shorten it to save. Your text is still here.'
    );
  }
  if (tooLong?.maximum !== undefined) {
    const unit = tooLong.origin === 'array' ? 'items' : 'characters';
    return `Part of this entry is longer than Lantern keeps (up to ${count(tooLong.maximum)} ${unit}). Shorten it to save. Your text is still here.`;
  }
  return 'This entry could not be saved because part of it is not in the form Lantern expects. Your text is still here.';
}

/**
 * `attempted` is the change that failed to save, if known: an entry too long to keep is then
 * told how long it is, beside the limit.
 */
export function describeStorageError(error: unknown, attempted?: unknown): StorageProblem {
  const name = errorName(error);
  if (name === 'QuotaExceededError') {
    return {
      kind: 'quota',
      message:
        'Your browser has run out of storage space for Lantern. Your text is still here: copy it somewhere safe, free some disk space, then try again.',
    };
  }
  if (name === 'VersionChangeError' || name === 'DatabaseClosedError') {
    return {
      kind: name === 'VersionChangeError' ? 'upgraded' : 'closed',
      message:
        'Lantern was updated or opened in another window, so this one can no longer save. Your text is still here: copy it, then reload this page.',
    };
  }
  if (name === 'ZodError') {
    return {
      kind: 'invalid',
      message: describeInvalid(error, attempted),
    };
  }
  return {
    kind: 'unknown',
    message: `Lantern could not save (${name || 'unexpected error'}). Your text is still here; it will try again when you keep typing.`,
  };
}
