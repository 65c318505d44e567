import type { Numbered, WorkerAnswer, WorkerPort } from '../../app/workers/workerClient';

/**
 * A worker whose side runs in the test's own thread: each request is answered by `answer`, by message, a turn
 * later, as structured clones travel. `sent` keeps every request as the worker received it.
 */
export function fakeWorker<Q, R>(answer: (request: Numbered<Q>) => WorkerAnswer<R>) {
  const sent: Numbered<Q>[] = [];
  const worker: WorkerPort<Q, R> = {
    onmessage: null,
    onerror: null,
    postMessage(request) {
      sent.push(structuredClone(request));
      const data = structuredClone(answer(structuredClone(request)));
      setTimeout(() => worker.onmessage?.({ data } as MessageEvent<WorkerAnswer<R>>), 0);
    },
    terminate() {},
  };
  return { worker, sent };
}
