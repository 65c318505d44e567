import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export interface LiveResult<T> {
  value: T | undefined;
  error: unknown;
}

/**
 * Re-runs a Dexie query whenever the tables it read change (in this window or another one).
 * A 20-line stand-in for dexie-react-hooks, which would pull React itself in.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[]): LiveResult<T> {
  const [result, setResult] = useState<LiveResult<T>>({ value: undefined, error: undefined });
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setResult({ value, error: undefined }),
      error: (error: unknown) => setResult((previous) => ({ value: previous.value, error })),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return result;
}
