import { useEffect, useMemo, useState } from 'preact/hooks';

/**
 * `compute()`, worked out again when `deps` change, like useMemo; but when `defer` is set, in a task of its own
 * after the render (the last value shown meanwhile), so heavy work over a long entry (competency suggestions
 * over 40,000 characters take 20 ms and more) does not add to the task that renders the entry.
 */
// `deps` are what `compute` reads: they, not `compute` (a new function each render), decide when it runs again.
export function useDeferredMemo<T>(compute: () => T, deps: readonly unknown[], defer: boolean, initial: T): T {
  const now = useMemo(() => (defer ? undefined : { value: compute() }), [defer, ...deps]);
  const [later, setLater] = useState(initial);
  useEffect(() => {
    if (!defer) return;
    const timer = setTimeout(() => setLater(compute()), 0);
    return () => clearTimeout(timer);
  }, [defer, ...deps]);
  return now ? now.value : later;
}
