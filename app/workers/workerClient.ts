/** An answer from a worker to the request with the same id, or why it could not answer. */
export type WorkerAnswer<R> = { id: number } & (R | { failed: string });

/**
 * A request as the worker is sent it: numbered, and, when the page is waiting to paint its answer, naming the
 * channel to answer on (see `ask`).
 */
export type Numbered<Q> = Q & { id: number; replyOn?: string };

/** The little of a Worker a client uses (a test hands in its own): it is sent requests of shape Q. */
export interface WorkerPort<Q, R> {
  postMessage(request: Numbered<Q>): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<WorkerAnswer<R>>) => void) | null;
  onerror: ((event: Event) => void) | null;
}

export interface WorkerClient<Q, R> {
  /**
   * Asks the worker, started with the first request. Null when no worker can answer: none could start, or it
   * failed (it is ended then, and every request still waiting is answered null). The caller then answers in the
   * page itself, so nothing asked goes unanswered.
   *
   * `urgent`: the page paints the answer as soon as it comes, straight after a key (a search as it is typed).
   * Chromium holds back a worker's messages after a key until the frame that shows the key has been painted, so
   * an answer ready in 2 ms is shown a frame later; an urgent one comes back over a BroadcastChannel of this
   * client's own, which it does not hold back, and makes the same frame as the key.
   */
  ask(request: Q, urgent?: boolean): Promise<R | null>;
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
  let replies: BroadcastChannel | null | undefined;
  const end = (): boolean => {
    const running = worker;
    worker = null;
    replies?.close();
    replies = null;
    if (!running) return false;
    running.terminate();
    for (const resolve of waiting.values()) resolve(null);
    waiting.clear();
    return true;
  };
  const fail = () => {
    if (end()) onFailed?.();
  };
  const settle = (data: WorkerAnswer<R>) => {
    const resolve = waiting.get(data.id);
    waiting.delete(data.id);
    if ('failed' in data) {
      resolve?.(null);
      fail();
    } else resolve?.(data);
  };
  /** The channel urgent answers come back on, opened with the first; null where there is none. */
  const replyChannel = (): BroadcastChannel | null => {
    if (replies === undefined) {
      replies =
        typeof BroadcastChannel === 'function' ? new BroadcastChannel(`lantern-replies-${crypto.randomUUID()}`) : null;
      if (replies) replies.onmessage = ({ data }: MessageEvent<WorkerAnswer<R>>) => settle(data);
    }
    return replies;
  };
  const begin = (): WorkerPort<Q, R> | null => {
    try {
      const started = start();
      if (!started) return null;
      started.onmessage = ({ data }) => settle(data);
      started.onerror = fail;
      return started;
    } catch {
      return null;
    }
  };
  return {
    ask(request, urgent = false) {
      if (worker === undefined) worker = begin();
      const running = worker;
      if (!running) return Promise.resolve(null);
      const id = ++asked;
      const replyOn = urgent ? replyChannel()?.name : undefined;
      return new Promise((resolve) => {
        waiting.set(id, resolve);
        running.postMessage(replyOn ? { ...request, id, replyOn } : { ...request, id });
      });
    },
    end() {
      end();
    },
  };
}
