/**
 * Debounced saving for the editor, with a maximum wait: someone typing without a pause still has
 * their words written every `maxWaitMs`, so a crash loses no more. The caller keeps the text; this
 * only decides when to write and reports the state. A failed save leaves the change pending, so the next edit (or `flush`) tries
 * again, and nothing typed is dropped.
 */
export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface Autosaver<T> {
  /** Note a change; it is written after `delayMs` without further changes. */
  change(value: T): void;
  /** Write any pending change now. Resolves when the write (if any) is done. */
  flush(): Promise<void>;
  readonly state: SaveState;
  /** The latest change not yet known to be written (pending, or being written now); undefined when none. */
  readonly unsaved: T | undefined;
  dispose(): void;
}

export interface AutosaveOptions<T> {
  delayMs: number;
  /** The longest a change waits to be written while changes keep coming; no limit when absent. */
  maxWaitMs?: number;
  save(value: T): Promise<void>;
  onState(state: SaveState, error?: unknown): void;
}

export function createAutosaver<T>({ delayMs, maxWaitMs, save, onState }: AutosaveOptions<T>): Autosaver<T> {
  let state: SaveState = 'idle';
  let pending: { value: T } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Runs out `maxWaitMs` after the first change since the last write began. */
  let deadline: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let writing: { value: T } | undefined;

  const setState = (next: SaveState, error?: unknown) => {
    state = next;
    onState(next, error);
  };

  const stopTimers = () => {
    clearTimeout(timer);
    clearTimeout(deadline);
    deadline = undefined;
  };

  const writePending = async (): Promise<void> => {
    // One write at a time, in order: wait for the one under way, then write the latest value.
    while (running) await running;
    if (!pending) return;
    const { value } = pending;
    pending = undefined;
    writing = { value };
    setState('saving');
    running = save(value).then(
      () => {
        running = undefined;
        writing = undefined;
        setState(pending ? 'pending' : 'saved');
      },
      (error: unknown) => {
        running = undefined;
        writing = undefined;
        pending ??= { value };
        setState('error', error);
      },
    );
    await running;
  };

  return {
    change(value) {
      pending = { value };
      if (state !== 'error') setState('pending');
      clearTimeout(timer);
      timer = setTimeout(() => {
        stopTimers();
        void writePending();
      }, delayMs);
      if (maxWaitMs !== undefined && deadline === undefined) {
        deadline = setTimeout(() => {
          stopTimers();
          void writePending();
        }, maxWaitMs);
      }
    },
    async flush() {
      stopTimers();
      await writePending();
    },
    get state() {
      return state;
    },
    get unsaved() {
      return (pending ?? writing)?.value;
    },
    dispose() {
      stopTimers();
    },
  };
}
