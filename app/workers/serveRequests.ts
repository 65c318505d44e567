/// <reference lib="webworker" />
import type { Numbered, WorkerAnswer } from './workerClient';

/**
 * The worker's side of workerClient.ts: answers each request with `answer`, under the request's id. An error is
 * sent back as `failed`, and the page answers that request itself (meeting the error as its own).
 */
export function serveRequests<Q, R>(answer: (request: Numbered<Q>) => R | Promise<R>): void {
  /** The page's channel for urgent answers (workerClient.ts `ask`), opened with the first. */
  let replies: BroadcastChannel | undefined;
  self.onmessage = async ({ data }: MessageEvent<Numbered<Q>>) => {
    let reply: WorkerAnswer<R>;
    try {
      reply = { ...(await answer(data)), id: data.id };
    } catch (error) {
      reply = { id: data.id, failed: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
    }
    if (data.replyOn) {
      if (replies?.name !== data.replyOn) {
        replies?.close();
        replies = new BroadcastChannel(data.replyOn);
      }
      replies.postMessage(reply);
    } else self.postMessage(reply);
  };
}
