/// <reference lib="webworker" />
import type { WorkerAnswer } from './workerClient';

/**
 * The worker's side of workerClient.ts: answers each request with `answer`, under the request's id. An error is
 * sent back as `failed`, and the page answers that request itself (meeting the error as its own).
 */
export function serveRequests<Q extends { id: number }, R>(answer: (request: Q) => R | Promise<R>): void {
  self.onmessage = async ({ data }: MessageEvent<Q>) => {
    let reply: WorkerAnswer<R>;
    try {
      reply = { ...(await answer(data)), id: data.id };
    } catch (error) {
      reply = { id: data.id, failed: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
    }
    self.postMessage(reply);
  };
}
