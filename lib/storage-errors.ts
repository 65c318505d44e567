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

export function describeStorageError(error: unknown): StorageProblem {
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
      message: 'This entry could not be saved because it is too long or malformed. Your text is still here.',
    };
  }
  return {
    kind: 'unknown',
    message: `Lantern could not save (${name || 'unexpected error'}). Your text is still here; it will try again when you keep typing.`,
  };
}
