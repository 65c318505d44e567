import { useEffect, useState } from 'preact/hooks';

/** A tiny observable value: the workbench state lives in one, views subscribe with `useStore`. */
export interface Store<T> {
  get(): T;
  set(update: Partial<T> | ((state: T) => Partial<T>)): void;
  subscribe(listener: () => void): () => void;
}

export function createStore<T extends object>(initial: T): Store<T> {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set(update) {
      const patch = typeof update === 'function' ? update(state) : update;
      state = { ...state, ...patch };
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

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
