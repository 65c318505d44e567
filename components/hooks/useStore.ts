import { useEffect, useState } from 'preact/hooks';
import type { Store } from '../../app/workbench/store';

/** The part of a store a view needs; it re-renders only when that part changes (by `Object.is`). */
export function useStore<T, S>(store: Store<T>, select: (state: T) => S): S {
  const [selected, setSelected] = useState(() => select(store.get()));
  useEffect(() => {
    const update = () => setSelected(() => select(store.get()));
    update();
    return store.subscribe(update);
    // The selector is expected to be stable in meaning; re-subscribing on every render is wasteful.
  }, [store]);
  return selected;
}
