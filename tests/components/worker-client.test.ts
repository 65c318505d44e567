import { describe, expect, it } from 'vitest';
import { type Numbered, type WorkerAnswer, type WorkerPort, workerClient } from '../../app/workers/workerClient';

type Ask = { word: string };
type Reply = { upper: string };

/** A worker that answers each request a turn later: on the channel a request names, else by message. */
function fakeWorker() {
  const sent: Numbered<Ask>[] = [];
  const answeredOn: string[] = [];
  const worker: WorkerPort<Ask, Reply> = {
    onmessage: null,
    onerror: null,
    postMessage(request) {
      sent.push(request);
      const answer: WorkerAnswer<Reply> = { id: request.id, upper: request.word.toUpperCase() };
      setTimeout(() => {
        if (request.replyOn) {
          const channel = new BroadcastChannel(request.replyOn);
          channel.postMessage(answer);
          channel.close();
          answeredOn.push('channel');
        } else {
          worker.onmessage?.({ data: answer } as MessageEvent<WorkerAnswer<Reply>>);
          answeredOn.push('message');
        }
      }, 0);
    },
    terminate() {},
  };
  return { worker, sent, answeredOn };
}

describe('asking a worker of the page', () => {
  it('has an urgent answer (a search as it is typed) sent back on a channel of its own, and others by message', async () => {
    const { worker, sent, answeredOn } = fakeWorker();
    const client = workerClient<Ask, Reply>(() => worker);
    expect(await client.ask({ word: 'handover' })).toMatchObject({ upper: 'HANDOVER' });
    expect(await client.ask({ word: 'sepsis' }, true)).toMatchObject({ upper: 'SEPSIS' });
    expect(await client.ask({ word: 'rota' }, true)).toMatchObject({ upper: 'ROTA' });
    expect(answeredOn).toEqual(['message', 'channel', 'channel']);
    expect(sent[0]?.replyOn).toBeUndefined();
    // One channel, named for this client alone: another page's answers never reach it.
    expect(sent[1]?.replyOn).toMatch(/^lantern-replies-[0-9a-f-]{36}$/);
    expect(sent[2]?.replyOn).toBe(sent[1]?.replyOn);
    const other = fakeWorker();
    const another = workerClient<Ask, Reply>(() => other.worker);
    await another.ask({ word: 'x' }, true);
    expect(other.sent[0]?.replyOn).not.toBe(sent[1]?.replyOn);
    client.end();
    another.end();
  });

  it('answers null once ended, so the page answers itself, and lets its channel go', async () => {
    const { worker } = fakeWorker();
    const client = workerClient<Ask, Reply>(() => worker);
    const waiting = client.ask({ word: 'late' }, true);
    client.end();
    expect(await waiting).toBeNull();
    expect(await client.ask({ word: 'after' }, true)).toBeNull();
  });
});
