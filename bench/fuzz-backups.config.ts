import { defineConfig } from 'vitest/config';

// `npm run bench:fuzz`: 10,000 mutated backups fed to the import (tests/unit/backup-fuzz.test.ts
// runs 300 in `npm test`). Several minutes; prints the outcome counts. FUZZ_RUNS and FUZZ_SEED
// change the count and the seed.
export default defineConfig({
  test: {
    include: ['bench/fuzz-backups.test.ts'],
    environment: 'node',
    setupFiles: ['fake-indexeddb/auto', 'tests/setup/few-iterations.ts'],
    testTimeout: 3_600_000,
  },
});
