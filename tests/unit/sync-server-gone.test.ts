import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openServer } from '../../lib/sync/pouch';

// A server that hangs up on every request, as one does when it stops with a request in flight.
let server: Server;
let url: string;
beforeAll(async () => {
  server = createServer((request) => request.socket.destroy());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/lantern-journal`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('a sync server that goes away mid-sync', () => {
  it('gives no info rather than a failure nobody handles (replication asks after each batch and never looks)', async () => {
    const remote = openServer({ serverUrl: url, username: '', password: '' });
    await expect(remote.info()).resolves.toMatchObject({ doc_count: 0, update_seq: 0 });
  });

  it('still fails the requests that replication waits on, so sync says it is offline', async () => {
    const remote = openServer({ serverUrl: url, username: '', password: '' });
    await expect(remote.get('any-document')).rejects.toBeTruthy();
  });
});
