/** An answer from a worker to the request with the same id, or why it could not answer. */
export type WorkerAnswer<R> = { id: number } & (R | { failed: string });

/** The little of a Worker a client uses (a test hands in its own): it is sent requests of shape Q. */
export interface WorkerPort<Q, R> {
  postMessage(request: Q & { id: number }): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<WorkerAnswer<R>>) => void) | null;
  onerror: ((event: Event) => void) | null;
}

export interface WorkerClient<Q, R> {
  /**
   * Asks the worker, started with the first request. Null when no worker can answer: none could start, or it
   * failed (it is ended then, and every request still waiting is answered null). The caller then answers in the
   * page itself, so nothing asked goes unanswered.
   */
  ask(request: Q): Promise<R | null>;
  /** Ends the worker, if one runs; every request still waiting is answered null, and later ones too. */
  end(): void;
}

/**
 * The page's side of a worker that answers requests by id (the journal's service, the patient-detail check).
 * `onFailed` is told when a running worker fails (it could not load, threw, or could not answer a request), after
 * it has been ended: whatever it held is lost with it.
 */
export function workerClient<Q, R>(start: () => WorkerPort<Q, R> | null, onFailed?: () => void): WorkerClient<Q, R> {
  let worker: WorkerPort<Q, R> | null | undefined;
  let asked = 0;
  const waiting = new Map<number, (reply: R | null) => void>();
  const end = (): boolean => {
    const running = worker;
    worker = null;
    if (!running) return false;
    running.terminate();
    for (const resolve of waiting.values()) resolve(null);
    waiting.clear();
    return true;
  };
  const fail = () => {
    if (end()) onFailed?.();
  };
  const begin = (): WorkerPort<Q, R> | null => {
    try {
      const started = start();
      if (!started) return null;
      started.onmessage = ({ data }) => {
        const resolve = waiting.get(data.id);
        waiting.delete(data.id);
        if ('failed' in data) {
          resolve?.(null);
          fail();
        } else resolve?.(data);
      };
      started.onerror = fail;
      return started;
    } catch {
      return null;
    }
  };
  return {
    ask(request) {
      if (worker === undefined) worker = begin();
      const running = worker;
      if (!running) return Promise.resolve(null);
      const id = ++asked;
      return new Promise((resolve) => {
        waiting.set(id, resolve);
        running.postMessage({ ...request, id });
      });
    },
    end() {
      end();
    },
  };
}
