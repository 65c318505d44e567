import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type CouchServer, startCouch } from '../support/couch-server.mjs';

describe('the test CouchDB server', { timeout: 60_000 }, () => {
  let server: CouchServer | undefined;
  let dir: string | undefined;
  afterEach(async () => {
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('answers as CouchDB on loopback and keeps a database on disk across a restart', async () => {
    dir = mkdtempSync(join(tmpdir(), 'lantern-couch-data-'));
    server = await startCouch({ dir });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await fetch(`${server.url}/journal`, { method: 'PUT' })).status).toBe(201);
    const put = await fetch(`${server.url}/journal/note`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'kept' }),
    });
    expect(put.status).toBe(201);
    await server.restart();
    const note = (await (await fetch(`${server.url}/journal/note`)).json()) as { text?: string };
    expect(note.text).toBe('kept');
  });
});
