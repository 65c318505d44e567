import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { mentorPage } from './build/mentor-page.ts';

// Unit and component tests. WxtVitest gives the fake `browser`; it does not read the plugins in
// wxt.config.ts, so Preact is added here too. fake-indexeddb must load before anything opens Dexie.
// Passphrases in tests take 1,000 PBKDF2 iterations, not 600,000 (tests/setup/few-iterations.ts).
export default defineConfig({
  plugins: [WxtVitest(), preact({ prefreshEnabled: false }), mentorPage()],
  test: {
    include: ['tests/{unit,app,components,background}/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['fake-indexeddb/auto', 'tests/setup/few-iterations.ts'],
    restoreMocks: true,
  },
});
