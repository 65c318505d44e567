import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const BIN = join(dirname(require.resolve('pouchdb-server/package.json')), 'bin', 'pouchdb-server');
const READY_TIMEOUT_MS = 30_000;

/**
 * A CouchDB-compatible server for tests and the bench: npm `pouchdb-server` on 127.0.0.1 at a free port,
 * started by the caller so `npm test` needs nothing installed by hand. Types: couch-server.d.mts.
 * @param {{ dir?: string }} [options]
 */
export async function startCouch(options = {}) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // Its config.json and log.txt go in a folder of their own, never the repository.
  const workDir = mkdtempSync(join(tmpdir(), 'lantern-couch-'));
  const storage = options.dir ? ['--dir', options.dir] : ['--in-memory'];
  const args = [BIN, ...storage, '-o', '127.0.0.1', '-p', String(port), '--no-color', '-n'];
  /** @type {import('node:child_process').ChildProcess | undefined} */
  let child;

  const start = async () => {
    child = spawn(process.execPath, args, { cwd: workDir, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (chunk) => {
      stderr += String(chunk);
    });
    await waitUntilAnswering(url, child, () => stderr);
  };
  const stop = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    await new Promise((resolve) => {
      running.once('exit', () => resolve());
      running.kill('SIGTERM');
    });
  };

  await start();
  return {
    url,
    async stop() {
      await stop();
      rmSync(workDir, { recursive: true, force: true });
    },
    async restart({ downMs = 0 } = {}) {
      await stop();
      if (downMs > 0) await new Promise((resolve) => setTimeout(resolve, downMs));
      await start();
    },
  };
}

/** @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilAnswering(url, child, stderr) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`pouchdb-server exited (${child.exitCode}): ${stderr()}`);
    try {
      const response = await fetch(`${url}/`);
      if (response.ok) return;
    } catch {
      // Not listening yet: try again shortly.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`pouchdb-server did not answer within ${READY_TIMEOUT_MS / 1000} s: ${stderr()}`);
}
