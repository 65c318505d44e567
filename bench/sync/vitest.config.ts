import { defineConfig } from 'vitest/config';

// The sync bench (npm run bench:sync): Node, fake-indexeddb for Dexie, PouchDB's memory adapter for the
// mirror, a real pouchdb-server. Not part of npm test: it times, it does not check behaviour.
export default defineConfig({
  test: {
    include: ['bench/sync/*.bench-run.ts'],
    environment: 'node',
    setupFiles: ['fake-indexeddb/auto'],
    testTimeout: 600_000,
    hookTimeout: 120_000,
  },
});
