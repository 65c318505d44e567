import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in real headless Chromium and Firefox. One file at a time (2 cores).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts', 'tests/e2e-firefox/**/*.test.ts', 'tests/build/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
